package org.csi.data;

import org.csi.dsl.sql.QueryGuard;
import org.csi.dsl.sql.SqlBuilder;
import org.csi.dsl.sql.Secrets;
import org.csi.dsl.common.Numbers;
import org.csi.dsl.measures.DataResult;
import org.csi.dsl.measures.MeasureAnalysis;
import org.csi.dsl.measures.PeriodResult;
import org.csi.dsl.measures.Point;
import org.csi.dsl.measures.MeasureAnalyzer;
import org.csi.dsl.measures.FiredTrigger;
import org.csi.dsl.measures.PeriodCalendar;
import org.csi.dsl.measures.Periods;
import org.csi.dsl.measures.Status;
import org.csi.dsl.measures.Units;
import org.csi.dsl.analysis.Cadence;
import org.csi.dsl.analysis.Features;
import org.csi.dsl.csi.Computation;
import org.csi.dsl.csi.Plan;
import org.csi.dsl.csi.Trigger;
import org.csi.dsl.measures.DataFindings;
import org.csi.dsl.measures.DataStep;
import org.csi.dsl.measures.ActionVerdict;
import org.csi.dsl.measures.Behaviour;
import org.csi.dsl.measures.Change;
import org.csi.dsl.measures.ProcessBehaviour;
import org.csi.dsl.common.Figures;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.analysis.Actions;
import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.analysis.PlanSetIndexProvider;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.csi.Check;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.Gather;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.csi.dsl.common.Finding;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Steps 3 to 5 on the team's data: runs every measure's {@code compute} or {@code query} over the
 * source its {@code gather} step names, runs the integrity checks, and judges the values against
 * targets. Every failure (a missing file, an SQL error, a query of the wrong shape) becomes a
 * finding at the clause that declares it; nothing is thrown.
 * <p>
 * A plan is hostile input: what it may read and spend is set by {@link DataAccess} (from the
 * command line and the environment, never from the plan set); how a source is opened is
 * {@link DataSources}'s; every statement runs through {@link DataConnections}, which checks it with
 * {@link QueryGuard} and runs it read-only, within the run's time budget. docs/reliability.md has
 * the threat model.
 */
public class DataRunner {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	@Inject
	private PlanSetIndexProvider indexProvider;

	@Inject
	private DataFindings dataFindings;

	/** The data steps of a check run ({@code PlanSetCheck}), reading and spending what {@code access} allows. */
	public DataStep step(DataAccess access) {
		return (planSet, cancel) -> run(planSet, access, cancel);
	}

	/** Runs the plans' data steps, each plan reading data files only from its own folder. */
	public DataResult run(ResourceSet resourceSet) {
		return run(resourceSet, DataAccess.of(List.of()), CancelIndicator.NullImpl);
	}

	/** Runs the plans' data steps with no database connection and the default limits, reading files only from {@code allowed}. */
	public DataResult run(ResourceSet resourceSet, List<Path> allowed, CancelIndicator cancel) {
		return run(resourceSet, DataAccess.of(allowed), cancel);
	}

	/**
	 * Runs the plans' data steps as {@code access} allows: files from its folders, databases through
	 * its connections, within its limits. Stops between measures when cancelled, with what it has.
	 */
	public DataResult run(ResourceSet resourceSet, DataAccess access, CancelIndicator cancel) {
		List<Finding> findings = new ArrayList<>();
		Map<ShouldMeasure, MeasureAnalysis> analyses = new LinkedHashMap<>();
		List<Resource> resources = new ArrayList<>(resourceSet.getResources());
		resources.sort(Comparator.comparing(r -> r.getURI().toString()));
		List<PlanFile> files = resources.stream().filter(r -> !r.getContents().isEmpty() && r.getContents().get(0) instanceof PlanFile)
				.map(r -> (PlanFile) r.getContents().get(0)).toList();
		try (DataConnections connections = new DataConnections(access)) {
			Sources sources = new Sources(access, findings);
			List<DataSources.FileTable> dataFiles = new ArrayList<>();
			for (PlanFile file : files) {
				for (Element element : file.getElements()) {
					if (element instanceof Gather gather && hasData(gather.getSource())
							&& sources.table(gather.getSource(), false) instanceof DataSources.FileTable table) {
						dataFiles.add(table);
					}
				}
			}
			connections.loadAll(dataFiles);
			for (PlanFile file : files) {
				for (Element element : file.getElements()) {
					if (cancel.isCanceled()) {
						break;
					}
					if (element instanceof ShouldMeasure measure) {
						measure(measure, connections, sources, findings, analyses);
					} else if (element instanceof Gather gather) {
						checks(gather, connections, sources, findings);
					}
				}
			}
		}
		findings.removeIf(finding -> finding == null);
		findings.sort(Finding.ORDER);
		return new DataResult(analyses, findings);
	}

	private static boolean hasData(Source source) {
		return source != null && !source.eIsProxy() && source.getData() != null;
	}

	/** Each source's table, resolved once per run; a source that cannot be read is reported once, at its data clause. */
	private final class Sources {

		private final DataAccess access;
		private final List<Finding> findings;
		private final Map<Source, Resolved> tables = new HashMap<>();

		/** A source's table, or why it cannot be read, and whether that was reported. */
		private static final class Resolved {
			final DataSources.Table table;
			final String problem;
			boolean reported;

			Resolved(DataSources.Table table, String problem) {
				this.table = table;
				this.problem = problem;
			}
		}

		Sources(DataAccess access, List<Finding> findings) {
			this.access = access;
			this.findings = findings;
		}

		/** The table, or null (and a finding, when {@code report} and not reported yet). */
		DataSources.Table table(Source source, boolean report) {
			Resolved resolved = tables.computeIfAbsent(source, s -> {
				try {
					return new Resolved(DataSources.table(s.getData(), Path.of(s.eResource().getURI().toFileString()), access.allowed(),
							access.connections()), null);
				} catch (IllegalArgumentException e) {
					return new Resolved(null, Secrets.redact(e.getMessage(), access.connections().passwords()));
				}
			});
			if (resolved.problem != null && report && !resolved.reported) {
				resolved.reported = true; // said once, however many measures and checks use the source
				findings.add(dataFindings.at(source.getData(), dataFeature(source.getData()), IssueCodes.DATA_ERROR,
						"Source '" + source.getName() + "': " + resolved.problem + "."));
			}
			return resolved.table;
		}
	}

	private static EStructuralFeature dataFeature(org.csi.dsl.csi.DataLocation data) {
		return data.getConnection() != null ? P.getDataLocation_Connection() : P.getDataLocation_Location();
	}

	private void measure(ShouldMeasure measure, DataConnections connections, Sources sources, List<Finding> findings,
			Map<ShouldMeasure, MeasureAnalysis> analyses) {
		PlanSetIndex index = indexProvider.get(measure);
		Processing processing = index.processings(measure).stream().filter(p -> p.getComputation() != null || p.getQuery() != null)
				.findFirst().orElse(null);
		if (processing == null || processing.getComputation() != null && SqlBuilder.problemWith(processing.getComputation()) != null) {
			return; // not computed, or the validator says why it cannot be
		}
		EStructuralFeature clause = processing.getComputation() != null ? P.getProcessing_Computation() : P.getProcessing_Query();
		String name = measure.getName();
		for (Quantity quantity : quantities(measure)) {
			if (!Numbers.isJudgeable(quantity.getValue())) {
				findings.add(dataFindings.at(quantity, P.getQuantity_Value(), IssueCodes.NUMBER_RANGE, "Measure '" + name + "': "
						+ Numbers.problemWith(quantity.getValue()) + "; it is not computed."));
				return;
			}
		}
		Source source = index.gathers(measure).stream().map(Gather::getSource).filter(DataRunner::hasData).findFirst().orElse(null);
		if (source == null) {
			findings.add(dataFindings.at(processing, clause, IssueCodes.DATA_ERROR, "Measure '" + name
					+ "' is computed, but no 'gather " + name + " from <source>' names a source with 'data': there is nothing to compute it from."));
			return;
		}
		DataSources.Table table = sources.table(source, true);
		if (table == null) {
			return;
		}
		Cadence cadence = Periods.of(measure, processing);
		Computation computation = processing.getComputation();
		LocalDate reference = CsiSettings.of(measure).getReferenceDate();
		PeriodCalendar calendar = new PeriodCalendar(cadence, computation != null && EMPTY_IS_ZERO.contains(computation.getFunction()),
				planStart(measure), reference);
		boolean percent = Units.isPercent(measure.getUnit());
		List<Point> points;
		try {
			writable(source, table, connections, findings);
			if (computation != null) {
				SqlBuilder.checkFragments(computation);
				points = connections.pointsPer(table, SqlBuilder.sql(computation, connections.rows(table), cadence, percent), List.of())
						.getOrDefault(Map.of(), List.of());
			} else {
				points = connections.points(table, processing.getQuery().replace("{source}", connections.rows(table)));
			}
		} catch (QueryGuard.Refused e) {
			findings.add(dataFindings.at(processing, clause, IssueCodes.DATA_ERROR, "Measure '" + name + "': the query was refused: " + e.getMessage() + "."));
			return;
		} catch (DataConnections.OutOfTime e) {
			findings.add(dataFindings.at(processing, clause, IssueCodes.DATA_BUDGET, "Measure '" + name + "' was not computed: " + e.getMessage() + "."));
			return;
		} catch (DataConnections.NotANumber e) {
			findings.add(dataFindings.at(processing, clause, IssueCodes.NUMBER_RANGE, "Measure '" + name + "': " + e.getMessage()));
			return;
		} catch (SQLException e) {
			findings.add(dataFindings.at(processing, clause, IssueCodes.DATA_ERROR,
					"Measure '" + name + "': the query over source '" + source.getName() + "' failed: " + DataFindings.firstLine(connections.redact(e.getMessage()))));
			return;
		} catch (IllegalStateException e) {
			findings.add(dataFindings.at(processing, clause, IssueCodes.DATA_ERROR, "Measure '" + name + "': " + e.getMessage()));
			return;
		}
		if (points.isEmpty() || points.stream().allMatch(point -> point.rows() == 0)) { // no row, or none passes the 'where' 
			findings.add(dataFindings.at(processing, clause, IssueCodes.DATA_NO_DATA,
					"Measure '" + name + "': source '" + source.getName() + "' yields no data for it."));
			return;
		}
		MeasureAnalyzer analyzer = new MeasureAnalyzer(behaviour(measure, index));
		List<Change> changes = changes(measure, index);
		MeasureAnalysis analysis = analyzer.analyze(measure, source.getName(), points, calendar, changes);
		List<FiredTrigger> fired = new ArrayList<>(analysis.fired());
		if (computation != null) {
			Map<List<String>, Map<Map<String, String>, List<Point>>> series = new LinkedHashMap<>();
			if (!measure.getBreakdown().isEmpty()) {
				series.put(List.copyOf(measure.getBreakdown()), null);
			}
			measure.getTriggers().stream().map(Trigger::getDimension).filter(java.util.Objects::nonNull).distinct()
					.forEach(dimension -> series.putIfAbsent(List.of(dimension), null));
			for (List<String> dimensions : series.keySet()) {
				String per = "Measure '" + name + "': the values per " + String.join(", ", dimensions) + " could not be computed: ";
				try {
					var perValue = connections.pointsPer(table, SqlBuilder.sql(computation, connections.rows(table), cadence, percent, dimensions),
							dimensions);
					// a value that no row passing the 'where' ever has is not a series (priority=P2 of a P1 measure)
					perValue.values().removeIf(values -> values.stream().allMatch(point -> point.rows() == 0));
					series.put(dimensions, perValue);
				} catch (SQLException | QueryGuard.Refused e) {
					findings.add(dataFindings.at(processing, clause, IssueCodes.DATA_ERROR, per + DataFindings.firstLine(connections.redact(e.getMessage()))));
				} catch (DataConnections.OutOfTime e) {
					findings.add(dataFindings.at(processing, clause, IssueCodes.DATA_BUDGET, per + e.getMessage() + "."));
				} catch (DataConnections.NotANumber e) {
					findings.add(dataFindings.at(processing, clause, IssueCodes.NUMBER_RANGE, per + e.getMessage()));
				}
			}
			var values = series.get(List.copyOf(measure.getBreakdown()));
			if (values != null) {
				List<MeasureAnalysis.Breakdown> breakdown = new ArrayList<>();
				values.entrySet().stream().sorted(Comparator.comparing(entry -> String.join("\u0000", entry.getKey().values())))
						.forEach(entry -> {
							List<PeriodResult> judged = analyzer.judge(measure, entry.getValue(), calendar);
							breakdown.add(new MeasureAnalysis.Breakdown(entry.getKey(), judged, analyzer.behaviour(measure, judged, changes)));
						});
				analysis = analysis.withBreakdown(breakdown);
			}
			for (var entry : series.entrySet()) {
				if (entry.getKey().size() != 1 || entry.getValue() == null) {
					continue;
				}
				String dimension = entry.getKey().get(0);
				entry.getValue().entrySet().stream().sorted(Comparator.comparing(e -> String.join("\u0000", e.getKey().values())))
						.forEach(e -> fired.addAll(analyzer.fire(measure, analyzer.judge(measure, e.getValue(), calendar), e.getKey(), dimension)));
			}
		}
		analysis = analysis.withFired(fired);
		analyses.put(measure, analysis);
		LocalDate expected = Periods.lastComplete(reference, cadence);
		LocalDate latest = points.get(points.size() - 1).period();
		if (latest.isBefore(expected)) {
			Gather gather = index.gathers(measure).stream().filter(g -> g.getSource() == source).findFirst().orElse(null);
			findings.add(dataFindings.at(gather != null ? gather : measure, gather != null ? P.getGather_Source() : P.getNamed_Name(),
					IssueCodes.DATA_STALE, "Measure '" + name + "': the latest data of source '" + source.getName() + "' is for " + latest
							+ ", but data " + cadence.every() + " should reach " + expected + "."));
		}
		smallSample(measure, analysis, findings);
		if (!fired.isEmpty() && !addressed(measure, index)) {
			for (FiredTrigger trigger : fired) {
				String subject = "Measure '" + name + "'" + (trigger.dimensions().isEmpty() ? "" : " for " + dimensions(trigger.dimensions()));
				findings.add(dataFindings.at(measure, P.getNamed_Name(), IssueCodes.DATA_KPI_MISSED, subject + " " + trigger.condition()
						+ ", which fires " + trigger.which() + "; no open corrective action addresses the measure, its gaps or a goal it serves."));
			}
		}
		unreachable(measure, analysis, index, findings);
		verdicts(analysis, findings);
	}

	/**
	 * The known changes of a measure's process: those stated on it, and the completion of every action
	 * that addresses it, one of its gaps or a goal it serves (each action once).
	 */
	private static List<Change> changes(ShouldMeasure measure, PlanSetIndex index) {
		List<Change> changes = new ArrayList<>();
		for (org.csi.dsl.csi.ProcessChange change : measure.getChanges()) {
			if (change.getDate() != null) {
				changes.add(new Change(LocalDate.parse(change.getDate()), "process changed" + (change.getReason() == null ? "" : ": " + change.getReason()), null));
			}
		}
		java.util.Set<org.csi.dsl.csi.Action> seen = new java.util.HashSet<>();
		for (org.eclipse.emf.ecore.EObject target : targets(measure)) {
			for (PlanSetIndex.Addressing addressing : index.addressings(target)) {
				org.csi.dsl.csi.Action action = addressing.action();
				if (action.getCompleted() != null && action.getStatus() != org.csi.dsl.csi.ActionStatus.CANCELLED && seen.add(action)) {
					changes.add(new Change(LocalDate.parse(action.getCompleted()), "action '" + action.getName() + "' completed", action));
				}
			}
		}
		return changes;
	}

	/**
	 * The rules that judge the measure's variation: the plan set's ({@code spc.*}), with the length of
	 * a trend that its analysis step states ({@code trend over N periods}: N rising or falling periods
	 * make a trend).
	 */
	private static ProcessBehaviour.Settings behaviour(ShouldMeasure measure, PlanSetIndex index) {
		ProcessBehaviour.Settings settings = CsiSettings.of(measure).getBehaviour();
		int trend = index.analyses(measure).stream().mapToInt(org.csi.dsl.csi.Analysis::getTrendPeriods).filter(n -> n >= 2).findFirst()
				.orElse(settings.trend());
		return new ProcessBehaviour.Settings(settings.rules(), settings.run(), trend, settings.baseline());
	}

	/** The measure and the goals it serves: what an action may address to address the measure. */
	private static List<org.eclipse.emf.ecore.EObject> targets(ShouldMeasure measure) {
		List<org.eclipse.emf.ecore.EObject> targets = new ArrayList<>();
		targets.add(measure);
		targets.addAll(measure.getGoals().stream().filter(goal -> !goal.eIsProxy()).toList());
		return targets;
	}

	/** A target the process as it runs cannot reach, unless an open action is changing the process. */
	private void unreachable(ShouldMeasure measure, MeasureAnalysis analysis, PlanSetIndex index, List<Finding> findings) {
		Behaviour behaviour = analysis.behaviour();
		if (behaviour.assurance() != Behaviour.Assurance.CONSISTENTLY_MISSED || addressed(measure, index)) {
			return;
		}
		Behaviour.Stretch latest = behaviour.latest();
		findings.add(dataFindings.at(measure.getTarget(), P.getQuantity_Value(), IssueCodes.DATA_TARGET_UNREACHABLE, "Measure '"
				+ measure.getName() + "': its target of " + Figures.number(analysis.target()) + Units.suffix(measure.getUnit()) + " lies beyond its "
				+ Behaviour.limits(latest.limits(), measure.getUnit()) + " (" + latest.points() + " periods from "
				+ analysis.periods().get(latest.from()).period() + "): the target cannot be reached by this process as it runs today."
				+ " Change the process (an action that addresses the measure) or the target."));
	}

	/** Findings at the actions whose verdict the plan should record, or contradicts. */
	private void verdicts(MeasureAnalysis analysis, List<Finding> findings) {
		for (ActionVerdict verdict : analysis.verdicts()) {
			org.csi.dsl.csi.Action action = verdict.action();
			org.csi.dsl.csi.Outcome outcome = action.getOutcome();
			String subject = "Action '" + action.getName() + "', completed on " + verdict.completed() + ": the data of measure '" + verdict.measure()
					+ "' says ";
			switch (verdict.verdict()) {
			case WORSENED -> findings.add(dataFindings.at(action, P.getAction_Completed(), IssueCodes.DATA_ACTION_WORSENED,
					subject + verdict.sentence() + "." + (outcome == null ? " Record it with 'outcome failed'." : "")));
			case NO_CHANGE -> {
				if (outcome == null) {
					findings.add(dataFindings.at(action, P.getAction_Completed(), IssueCodes.DATA_ACTION_NO_CHANGE,
							subject + verdict.sentence() + ". Record it with 'outcome failed'."));
				} else if (outcome.getResult() == org.csi.dsl.csi.OutcomeResult.SUCCEEDED) {
					findings.add(dataFindings.at(outcome, P.getOutcome_Result(), IssueCodes.DATA_ACTION_NO_IMPROVEMENT,
							"Action '" + action.getName() + "' is recorded as succeeded, but the data of measure '" + verdict.measure()
									+ "' shows no improvement since its completion on " + verdict.completed() + ": " + verdict.summary() + "."));
				}
			}
			case IMPROVED -> {
				if (outcome == null) {
					findings.add(dataFindings.at(action, P.getAction_Completed(), IssueCodes.DATA_ACTION_IMPROVED,
							subject + verdict.sentence() + ". Record it with 'outcome succeeded'."));
				}
			}
			default -> {
			}
			}
		}
	}

	/** The aggregations for which a period without rows is 0 rather than no data. */
	private static final java.util.Set<String> EMPTY_IS_ZERO = java.util.Set.of("count", "sum");

	/** "service=EHR, priority=P1". */
	private static String dimensions(Map<String, String> values) {
		return String.join(", ", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}

	/** Whether an open action addresses the measure, one of its gaps, or a goal it serves. */
	private static boolean addressed(ShouldMeasure measure, PlanSetIndex index) {
		return targets(measure).stream().flatMap(target -> index.addressings(target).stream())
				.anyMatch(addressing -> Actions.isOpen(addressing.action().getStatus()));
	}

	/** The start of the period of the plan the measure's file belongs to, or null. */
	private static LocalDate planStart(ShouldMeasure measure) {
		if (measure.eContainer() instanceof PlanFile file) {
			for (Element element : file.getElements()) {
				if (element instanceof Plan plan && plan.getPeriodStart() != null) {
					try {
						return LocalDate.parse(plan.getPeriodStart());
					} catch (java.time.format.DateTimeParseException e) {
						return null; // the validator says what is wrong with it
					}
				}
			}
		}
		return null;
	}

	/**
	 * A percentage judged over fewer than 100 rows misleads; unless the plan states its own minimum
	 * sample, those periods are not judged and a finding suggests counts instead.
	 */
	private void smallSample(ShouldMeasure measure, MeasureAnalysis analysis, List<Finding> findings) {
		if (Features.isSet(measure, P.getShouldMeasure_MinimumSample()) || !Units.isPercent(measure.getUnit())) {
			return;
		}
		List<PeriodResult> few = analysis.periods().stream().filter(p -> p.status() == Status.FEW_ROWS).toList();
		if (few.isEmpty()) {
			return;
		}
		findings.add(dataFindings.at(measure, P.getShouldMeasure_Unit(), IssueCodes.DATA_SMALL_SAMPLE, "Measure '" + measure.getName()
				+ "' is a percentage of fewer than " + MeasureAnalyzer.PERCENT_MINIMUM_SAMPLE + " rows in " + few.size() + " of "
				+ analysis.periods().size() + " periods (" + String.join(", ", few.stream().map(p -> p.period() + ": " + p.rows()).toList())
				+ "), which are shown but not judged: a percentage of a few cases misleads. Show the counts instead, or state"
				+ " 'minimum sample <rows>' if fewer rows are enough."));
	}

	/** The target, tolerance, baseline, benchmark and trigger thresholds of a measure, as written. */
	private static List<Quantity> quantities(ShouldMeasure measure) {
		List<Quantity> quantities = new ArrayList<>();
		List<Quantity> written = new ArrayList<>(java.util.Arrays.asList(measure.getTarget(), measure.getTolerance(),
				measure.getBaseline() == null ? null : measure.getBaseline().getValue(), measure.getBenchmark()));
		measure.getTriggers().forEach(trigger -> written.add(trigger.getThreshold()));
		for (Quantity quantity : written) {
			if (quantity != null && quantity.getValue() != null) {
				quantities.add(quantity);
			}
		}
		return quantities;
	}

	/** A warning, once per table, when the connection's user could change a table the plan reads. */
	private void writable(Source source, DataSources.Table table, DataConnections connections, List<Finding> findings)
			throws SQLException, DataConnections.OutOfTime {
		if (table instanceof DataSources.DatabaseTable database) {
			String problem = connections.writable(database);
			if (problem != null) {
				findings.add(dataFindings.at(source.getData(), dataFeature(source.getData()), IssueCodes.DATA_WRITABLE,
						"Source '" + source.getName() + "': " + problem + "."));
			}
		}
	}

	private void checks(Gather gather, DataConnections connections, Sources sources, List<Finding> findings) {
		Source source = gather.getSource();
		if (!hasData(source)) {
			return;
		}
		for (Check check : gather.getChecks()) {
			if (check.getCondition() == null) {
				continue;
			}
			DataSources.Table table = sources.table(source, false);
			if (table == null) {
				return; // the source that cannot be read is reported once, with the measure
			}
			String cannot = "Check '" + check.getDescription() + "' could not run: ";
			try {
				QueryGuard.requireExpression(check.getCondition(), "the condition");
				long[] counts = connections.counts(table, "SELECT count(*) FILTER (WHERE NOT (" + check.getCondition()
						+ ") OR (" + check.getCondition() + ") IS NULL), count(*) FROM " + connections.rows(table));
				if (counts[0] > 0) {
					findings.add(dataFindings.at(check, P.getCheck_Condition(), IssueCodes.DATA_CHECK_FAILED, "Check '" + check.getDescription()
							+ "' fails for " + counts[0] + " of " + counts[1] + " rows of source '" + source.getName() + "'."));
				}
			} catch (QueryGuard.Refused e) {
				findings.add(dataFindings.at(check, P.getCheck_Condition(), IssueCodes.DATA_ERROR, cannot + "it was refused: " + e.getMessage() + "."));
			} catch (DataConnections.OutOfTime e) {
				findings.add(dataFindings.at(check, P.getCheck_Condition(), IssueCodes.DATA_BUDGET, cannot + e.getMessage() + "."));
			} catch (SQLException e) {
				findings.add(dataFindings.at(check, P.getCheck_Condition(), IssueCodes.DATA_ERROR, cannot + DataFindings.firstLine(connections.redact(e.getMessage()))));
			}
		}
	}
}
