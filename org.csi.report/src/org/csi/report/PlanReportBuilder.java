package org.csi.report;

import org.csi.dsl.measures.DataResult;
import org.csi.dsl.measures.Behaviour;
import org.csi.dsl.measures.BehaviourWords;
import org.csi.dsl.measures.MeasureAnalysis;
import org.csi.dsl.measures.PeriodResult;
import org.csi.report.PlanReport.Figures;
import org.csi.report.PlanReport.PeriodFigure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.csi.dsl.analysis.Actions;
import org.csi.dsl.analysis.Features;
import org.csi.dsl.analysis.Gap;
import org.csi.dsl.analysis.GapAnalyzer;
import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.analysis.PlanSetIndexProvider;
import org.csi.dsl.analysis.References;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.ActionStatus;
import org.csi.dsl.csi.Addressed;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.CriticalSuccessFactor;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.Role;
import org.csi.dsl.csi.Service;
import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.OperationalGoal;
import org.csi.dsl.csi.Plan;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Provision;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.csi.dsl.csi.Strategy;
import org.csi.dsl.csi.TacticalGoal;
import org.csi.dsl.csi.Vision;
import org.csi.dsl.common.Finding;
import org.csi.report.PlanReport.ActionRow;
import org.csi.report.PlanReport.AnalysisRow;
import org.csi.report.PlanReport.CsfRow;
import org.csi.report.PlanReport.GatherRow;
import org.csi.report.PlanReport.NamedRow;
import org.csi.report.PlanReport.People;
import org.csi.report.PlanReport.PresentationRow;
import org.csi.report.PlanReport.ProcessRow;
import org.csi.report.PlanReport.ProcessingRow;
import org.csi.report.PlanReport.RoleRow;
import org.csi.report.PlanReport.StepDetails;
import org.csi.report.PlanReport.FindingRow;
import org.csi.report.PlanReport.GapRow;
import org.csi.report.PlanReport.GoalNode;
import org.csi.report.PlanReport.MeasureRow;
import org.csi.report.PlanReport.ProviderRow;
import org.csi.report.PlanReport.SourceRow;
import org.csi.report.PlanReport.StepRow;
import org.csi.report.PlanReport.Summary;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import com.google.inject.Inject;

/**
 * Computes the {@link PlanReport} of one plan: the elements of its package across all files
 * of the plan set, the gap analysis, the completeness of the cycle per measure, the register
 * and the findings in the plan's files.
 */
public class PlanReportBuilder {

	private static final List<String> STEPS = List.of("should measure", "can measure", "gather", "process", "analyse", "present",
			"act");

	@Inject
	private PlanSetIndexProvider indexProvider;

	@Inject
	private GapAnalyzer gapAnalyzer;

	@Inject
	private IQualifiedNameProvider names;

	/**
	 * @param findings   the findings of the whole plan set; those in the plan's files are kept
	 * @param fileLabel  how a file is named in the report (a path relative to the plan set)
	 * @param reportDate the date printed on the report, or null for none (reports stay byte-identical)
	 */
	public PlanReport build(Plan plan, List<Finding> findings, Function<java.nio.file.Path, String> fileLabel, String reportDate) {
		return build(plan, findings, fileLabel, reportDate, DataResult.NONE);
	}

	/** @param data the figures of the measures computed from data, shown with their measures */
	public PlanReport build(Plan plan, List<Finding> findings, Function<java.nio.file.Path, String> fileLabel, String reportDate,
			DataResult data) {
		PlanSetIndex index = indexProvider.get(plan);
		String packageName = PlanSetIndex.packageOf(EcoreUtil2.getContainerOfType(plan, PlanFile.class));
		List<Element> elements = index.elementsOf(packageName);

		List<ShouldMeasure> measures = ofType(elements, ShouldMeasure.class);
		List<Action> actions = ofType(elements, Action.class);
		List<Goal> goals = ofType(elements, Goal.class);

		List<MeasureRow> measureRows = new ArrayList<>();
		int measurable = 0;
		int open = 0;
		int tracked = 0;
		int accepted = 0;
		for (ShouldMeasure measure : measures) {
			List<Gap> gaps = gapAnalyzer.gaps(measure, index);
			if (!index.provisions(measure).isEmpty()) {
				measurable++;
			}
			for (Gap gap : gaps) {
				switch (gap.status()) {
				case OPEN -> open++;
				case TRACKED -> tracked++;
				case ACCEPTED -> accepted++;
				}
			}
			measureRows.add(measureRow(measure, gaps, index, data));
		}

		LocalDate reference = CsiSettings.of(plan).getReferenceDate();
		List<ActionRow> register = new ArrayList<>();
		Map<String, Integer> byStatus = new LinkedHashMap<>();
		for (ActionStatus status : ActionStatus.VALUES) {
			byStatus.put(status.getLiteral(), 0);
		}
		Map<String, Integer> byMonth = new TreeMap<>();
		int openActions = 0;
		int overdue = 0;
		for (Action action : actions) {
			ActionRow row = actionRow(action, reference, data);
			register.add(row);
			byStatus.merge(row.status(), 1, Integer::sum);
			if (Actions.isOpen(action.getStatus())) {
				openActions++;
				if (action.getDue() != null) {
					byMonth.merge(action.getDue().substring(0, 7), 1, Integer::sum);
				}
			}
			if (row.overdue()) {
				overdue++;
			}
		}

		Set<java.nio.file.Path> files = new java.util.HashSet<>();
		for (Element element : elements) {
			files.add(java.nio.file.Paths.get(element.eResource().getURI().toFileString()));
		}
		List<FindingRow> findingRows = new ArrayList<>();
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (Finding finding : findings) {
			if (!files.contains(finding.file())) {
				continue;
			}
			findingRows.add(new FindingRow(fileLabel.apply(finding.file()), finding.line(), finding.column(), finding.severity().label(),
					finding.code(), finding.message()));
			switch (finding.severity()) {
			case ERROR -> errors++;
			case WARNING -> warnings++;
			case INFO -> infos++;
			}
		}

		int coverage = measures.isEmpty() ? 0 : (int) Math.floor(100.0 * measurable / measures.size());
		String dataDate = measureRows.stream().filter(row -> row.figures() != null).flatMap(row -> row.figures().periods().stream())
				.filter(period -> period.actual() != null && !"partial period".equals(period.status())).map(PeriodFigure::period)
				.max(Comparator.naturalOrder()).orElse(null);
		Summary summary = new Summary(goals.size(), measures.size(), measurable, coverage, open, tracked, accepted, openActions, overdue,
				byStatus, byMonth, errors, warnings, infos, dataDate);
		return new PlanReport(plan.getName(), String.valueOf(names.getFullyQualifiedName(plan)), plan.getTitle(), plan.getPeriodStart(),
				plan.getPeriodEnd(), nameOf(plan.getOwner()), plan.getDescription(), reportDate, summary, goalTree(goals, index),
				measureRows, sources(elements), register, findingRows, people(elements, index));
	}

	private MeasureRow measureRow(ShouldMeasure measure, List<Gap> gaps, PlanSetIndex index, DataResult data) {
		CsiPackage p = CsiPackage.eINSTANCE;
		List<ProviderRow> providers = new ArrayList<>();
		for (Provision provision : index.provisions(measure)) {
			providers.add(new ProviderRow(((Source) provision.eContainer()).getName(),
					cadence(provision), provision.getUnit(),
					List.copyOf(provision.getBreakdown())));
		}
		List<GapRow> gapRows = new ArrayList<>();
		for (Gap gap : gaps) {
			gapRows.add(new GapRow(gap.kind().getLiteral(), gap.status().name().toLowerCase(java.util.Locale.ROOT), gap.problem(),
					gap.trackedBy() == null ? null : gap.trackedBy().getName(),
					gap.acceptance() == null ? null : nameOf(gap.acceptance().getAcceptedBy()),
					gap.acceptance() == null ? null : gap.acceptance().getReason()));
		}
		List<StepRow> steps = new ArrayList<>();
		steps.add(new StepRow(1, STEPS.get(0), true, measure.getTitle()));
		steps.add(new StepRow(2, STEPS.get(1), !providers.isEmpty(), String.join(", ", providers.stream().map(ProviderRow::source).toList())));
		steps.add(new StepRow(3, STEPS.get(2), !index.gathers(measure).isEmpty(), String.join(", ",
				index.gathers(measure).stream().map(g -> g.getSource() == null ? "" : g.getSource().getName()).toList())));
		steps.add(new StepRow(4, STEPS.get(3), !index.processings(measure).isEmpty(), String.join("; ",
				index.processings(measure).stream().map(x -> x.getFormula()).toList())));
		steps.add(new StepRow(5, STEPS.get(4), !index.analyses(measure).isEmpty(), String.join("; ",
				index.analyses(measure).stream().map(a -> String.join(" and ", a.getComparisons().stream().map(c -> c.getLiteral()).toList())).toList())));
		steps.add(new StepRow(6, STEPS.get(5), !index.presentations(measure).isEmpty(), String.join(", ",
				index.presentations(measure).stream().flatMap(x -> x.getAudience().stream()).map(r -> r.getName()).toList())));
		List<String> acting = new ArrayList<>();
		for (PlanSetIndex.Addressing addressing : index.addressings(measure)) {
			if (!acting.contains(addressing.action().getName())) {
				acting.add(addressing.action().getName());
			}
		}
		steps.add(new StepRow(7, STEPS.get(6), !acting.isEmpty(), String.join(", ", acting)));

		String baseline = null;
		if (measure.getBaseline() != null) {
			baseline = quantity(measure.getBaseline().getValue())
					+ (measure.getBaseline().getDate() == null ? "" : " as of " + measure.getBaseline().getDate());
		}
		StepDetails details = new StepDetails(
				index.gathers(measure).stream().map(g -> new GatherRow(nameOf(g.getSource()), cadence(g),
						nameOf(g.getCollector()), g.getMethod(), g.getChecks().stream().map(c -> c.getDescription()).toList())).toList(),
				index.processings(measure).stream().map(x -> new ProcessingRow(x.getFormula(), x.getTool(),
						cadence(x), nameOf(x.getProcessor()))).toList(),
				index.analyses(measure).stream().map(a -> new AnalysisRow(a.getComparisons().stream().map(c -> c.getLiteral()).toList(),
						Features.isSet(a, p.getAnalysis_TrendPeriods()) ? a.getTrendPeriods() : null, nameOf(a.getAnalyst()),
						cadence(a))).toList(),
				index.presentations(measure).stream().map(x -> new PresentationRow(x.getAudience().stream().map(r -> r.getName()).toList(),
						literal(x, p.getPresentation_Form(), x.getForm()), cadence(x),
						x.getDecision())).toList());
		return new MeasureRow(measure.getName(), measure.getTitle(),
				Features.isSet(measure, p.getShouldMeasure_Kind()) ? measure.getKind().getLiteral() : null, measure.getUnit(),
				Features.isSet(measure, p.getShouldMeasure_Direction()) ? measure.getDirection().getLiteral() + " is better" : null,
				quantity(measure.getTarget()), quantity(measure.getTolerance()),
				cadence(measure),
				List.copyOf(measure.getBreakdown()), baseline, measure.getCsf() == null ? null : measure.getCsf().getName(),
				measure.getGoals().stream().map(Goal::getName).toList(), providers, gapRows, steps, details, figures(data.analyses().get(measure)),
				measure.getDescription(), measure.getBenchmark() == null ? null : quantity(measure.getBenchmark())
						+ (measure.getBenchmarkSource() == null ? "" : " (" + measure.getBenchmarkSource() + ")"),
				measure.isTrendOnly(), Features.isSet(measure, p.getShouldMeasure_MinimumSample()) ? measure.getMinimumSample() : null,
				measure.getTriggers().stream().map(org.csi.dsl.measures.FiredTrigger::written).toList(),
				index.provisions(measure).stream().map(provision -> (Source) provision.eContainer()).distinct()
						.filter(source -> source.getDescription() != null).map(source -> source.getName() + ": " + source.getDescription()).toList(),
				org.csi.dsl.measures.JudgementWords.of(measure));
	}

	/** The figures of a measure computed from data, as the reports show them; null without. */
	public static Figures figures(MeasureAnalysis analysis) {
		if (analysis == null) {
			return null;
		}
		ShouldMeasure measure = analysis.measure();
		String direction = Features.isSet(measure, CsiPackage.Literals.SHOULD_MEASURE__DIRECTION) ? measure.getDirection().getLiteral() : null;
		return new Figures(analysis.source(), analysis.target(), analysis.tolerance(), direction, periodFigures(analysis.periods()),
				measure.getBaseline() == null ? null : org.csi.dsl.measures.MeasureAnalyzer.inUnit(measure, measure.getBaseline().getValue()),
				analysis.baselineChange(), variation(analysis.behaviour(), analysis.periods(), analysis.target(), measure.getUnit()),
				analysis.missedInARow(), analysis.breakdown().stream()
						.map(b -> new PlanReport.BreakdownFigure(b.dimensions(), periodFigures(b.periods()),
								variation(b.behaviour(), b.periods(), analysis.target(), measure.getUnit()))).toList(),
				analysis.benchmark(), analysis.minimumSample(), analysis.fired().stream().map(PlanReportBuilder::fired).toList());
	}

	/** A series' process behaviour as the reports show it. */
	static PlanReport.Variation variation(Behaviour behaviour, List<PeriodResult> periods, Double target, String unit) {
		List<PlanReport.StretchFigure> stretches = behaviour.stretches().stream().map(s -> new PlanReport.StretchFigure(s.from(), s.to(),
				periods.get(s.from()).period().toString(), s.change() == null ? null : s.change().cause(),
				s.limits() == null ? null : s.limits().mean(), s.limits() == null ? null : s.limits().lower(),
				s.limits() == null ? null : s.limits().upper(), s.own(), s.points())).toList();
		List<PlanReport.SignalFigure> signals = behaviour.signals().stream().map(signal -> new PlanReport.SignalFigure(signal.rule().id(),
				signal.from(), signal.to(), signal.side().label(), Behaviour.describe(signal, periods, behaviour.stretchOf(signal.from()).limits())))
				.toList();
		return new PlanReport.Variation(behaviour.variation().label(), behaviour.assurance() == null ? null : behaviour.assurance().label(),
				stretches, signals, BehaviourWords.of(behaviour, periods, target, unit));
	}

	private static List<PeriodFigure> periodFigures(List<org.csi.dsl.measures.PeriodResult> periods) {
		return periods.stream().map(p -> new PeriodFigure(p.period().toString(), p.actual(), p.rows(), p.status().label())).toList();
	}

	/** A fired trigger as a sentence without its subject: "for service=EHR: missed its target of 85 in 5 of the last 6 periods (...)". */
	static String fired(org.csi.dsl.measures.FiredTrigger fired) {
		String dimensions = String.join(", ", fired.dimensions().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
		return (dimensions.isEmpty() ? "" : "for " + dimensions + ": ") + fired.condition();
	}

	/** "month", "2 years", or null without an {@code every} clause. */
	private static String cadence(EObject owner) {
		org.csi.dsl.analysis.Cadence cadence = org.csi.dsl.analysis.Cadence.of(owner);
		return cadence == null ? null : cadence.periods();
	}

	private static String literal(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, org.eclipse.emf.common.util.Enumerator value) {
		return Features.isSet(owner, feature) ? value.getLiteral() : null;
	}

	private static People people(List<Element> elements, PlanSetIndex index) {
		List<NamedRow> services = ofType(elements, Service.class).stream()
				.map(x -> new NamedRow(x.getName(), x.getTitle(), x.getDescription())).toList();
		List<ProcessRow> processes = ofType(elements, ItsmProcess.class).stream()
				.map(x -> new ProcessRow(x.getName(), x.getTitle(), x.getServices().stream().map(PlanReportBuilder::nameOf).toList(),
						index.processOwners(x).stream().map(Role::getName).toList())).toList();
		List<RoleRow> roles = ofType(elements, Role.class).stream()
				.map(x -> new RoleRow(x.getName(), x.getTitle(), Features.isSet(x, CsiPackage.Literals.ROLE__KIND) ? x.getKind().getLiteral() : null,
						nameOf(x.getProcess()), x.getServices().stream().map(PlanReportBuilder::nameOf).toList())).toList();
		List<CsfRow> csfs = new ArrayList<>();
		List<ShouldMeasure> measures = ofType(elements, ShouldMeasure.class);
		for (CriticalSuccessFactor csf : ofType(elements, CriticalSuccessFactor.class)) {
			csfs.add(new CsfRow(csf.getName(), csf.getTitle(), nameOf(csf.getSubject()),
					measures.stream().filter(m -> m.getCsf() == csf).map(ShouldMeasure::getName).toList()));
		}
		return new People(services, processes, roles, csfs);
	}

	private static List<SourceRow> sources(List<Element> elements) {
		List<SourceRow> rows = new ArrayList<>();
		for (Source source : ofType(elements, Source.class)) {
			List<String> provides = new ArrayList<>();
			for (Provision provision : source.getProvides()) {
				provides.add(provision.getMeasure() != null ? provision.getMeasure().getName() : "\"" + provision.getData() + "\"");
			}
			rows.add(new SourceRow(source.getName(), source.getTitle(), nameOf(source.getOwner()), provides, source.getDescription()));
		}
		return rows;
	}

	private static ActionRow actionRow(Action action, LocalDate reference, DataResult data) {
		List<String> addresses = new ArrayList<>();
		for (Addressed addressed : action.getAddresses()) {
			String target = addressed.getElement() == null ? "?" : nameOf(addressed.getElement());
			addresses.add(Features.isSet(addressed, CsiPackage.Literals.ADDRESSED__GAP)
					? addressed.getGap().getLiteral() + " gap of " + target
					: target);
		}
		boolean overdue = Actions.isOverdue(action, reference);
		String outcome = action.getOutcome() == null ? null
				: action.getOutcome().getResult().getLiteral() + (action.getOutcome().getText() == null ? "" : ": " + action.getOutcome().getText());
		return new ActionRow(action.getName(), action.getTitle(), action.getStatus().getLiteral(),
				Features.isSet(action, CsiPackage.Literals.ACTION__PRIORITY) ? action.getPriority().getLiteral() : null,
				Features.isSet(action, CsiPackage.Literals.ACTION__SIZE) ? action.getSize().getLiteral() : null,
				Features.isSet(action, CsiPackage.Literals.ACTION__TYPE) ? action.getType().getLiteral() : null, addresses,
				nameOf(action.getOwner()), nameOf(action.getRaisedBy()), action.getRaisedOn(), action.getDue(), action.getJustification(),
				outcome, overdue, action.getCompleted(), verdicts(action, data));
	}

	/** What the data of the measures an action addresses says about it, in the order of the measures. */
	private static List<PlanReport.VerdictRow> verdicts(Action action, DataResult data) {
		List<PlanReport.VerdictRow> rows = new ArrayList<>();
		if (data == null) {
			return rows;
		}
		for (MeasureAnalysis analysis : data.analyses().values()) {
			for (org.csi.dsl.measures.ActionVerdict v : analysis.verdicts()) {
				if (v.action() == action) {
					rows.add(new PlanReport.VerdictRow(v.measure(), v.verdict().label(), v.completed().toString(),
							v.firstAfter() == null ? null : v.firstAfter().toString(), v.before() == null ? null : v.before().mean(),
							v.before() == null ? null : v.before().lower(), v.before() == null ? null : v.before().upper(), v.meanAfter(),
							v.periodsAfter(), v.needed(), v.evidence(), v.summary()));
				}
			}
		}
		return rows;
	}

	/** Visions at the roots; goals that reach no vision become roots of their own. */
	private List<GoalNode> goalTree(List<Goal> goals, PlanSetIndex index) {
		Set<Goal> inPackage = Collections.newSetFromMap(new IdentityHashMap<>());
		inPackage.addAll(goals);
		List<GoalNode> roots = new ArrayList<>();
		Set<Goal> placed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Goal goal : goals) {
			if (goal instanceof Vision) {
				roots.add(node(goal, index, inPackage, placed));
			}
		}
		for (Goal goal : goals) {
			if (!placed.contains(goal) && References.goals(goal).stream().noneMatch(inPackage::contains)) {
				roots.add(node(goal, index, inPackage, placed));
			}
		}
		for (Goal goal : goals) {
			if (!placed.contains(goal)) {
				roots.add(node(goal, index, inPackage, placed)); // part of a cycle
			}
		}
		return roots;
	}

	private GoalNode node(Goal goal, PlanSetIndex index, Set<Goal> inPackage, Set<Goal> placed) {
		placed.add(goal);
		List<GoalNode> children = new ArrayList<>();
		for (Goal child : index.children(goal)) {
			if (inPackage.contains(child) && !placed.contains(child)) {
				children.add(node(child, index, inPackage, placed));
			}
		}
		return new GoalNode(kind(goal), goal.getName(), goal.getTitle(), index.measuresServing(goal).stream().map(ShouldMeasure::getName).toList(),
				children);
	}

	private static String kind(Goal goal) {
		if (goal instanceof Vision) return "vision";
		if (goal instanceof Strategy) return "strategy";
		if (goal instanceof TacticalGoal) return "tactical goal";
		if (goal instanceof OperationalGoal) return "operational goal";
		return "goal";
	}

	private static String quantity(Quantity quantity) {
		if (quantity == null) {
			return null;
		}
		BigDecimal value = quantity.getValue();
		String number = value == null ? "" : value.toPlainString();
		if (quantity.getUnit() == null) {
			return number;
		}
		return "%".equals(quantity.getUnit()) ? number + "%" : number + " " + quantity.getUnit();
	}

	private static String nameOf(org.csi.dsl.csi.Named element) {
		return element == null || element.eIsProxy() ? null : element.getName();
	}

	private static <T> List<T> ofType(List<Element> elements, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (Element element : elements) {
			if (type.isInstance(element)) {
				result.add(type.cast(element));
			}
		}
		return result;
	}
}
