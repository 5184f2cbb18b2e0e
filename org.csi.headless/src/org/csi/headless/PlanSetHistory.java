package org.csi.headless;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.analysis.Actions;
import org.csi.dsl.analysis.Features;
import org.csi.dsl.common.Finding;
import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.ActionStatus;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.measures.ActionVerdict;
import org.csi.dsl.measures.DataResult;
import org.csi.dsl.measures.DataStep;
import org.csi.dsl.measures.MeasureAnalysis;
import org.csi.dsl.measures.PeriodResult;
import org.csi.dsl.measures.Status;
import org.csi.dsl.measures.Units;
import org.csi.dsl.validation.IssueCodes;
import org.csi.report.history.History;
import org.csi.report.history.History.ClosedAction;
import org.csi.report.history.History.Cycle;
import org.csi.report.history.History.Kpi;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

/**
 * How each cycle of continual improvement ended ("did we get there?"), from the versions of a plan
 * set that close the cycles (a tag per review, oldest first): each KPI's status at the end of the
 * cycle, computed with the definition of that version and the data as of the cycle's end date when
 * the data can be read, else what the plan states (baseline and target); the actions closed during
 * the cycle with what the data says about them; and the gaps opened and closed during it (the
 * semantic diff from the previous cycle, {@link PlanSetDiff}).
 */
public class PlanSetHistory {

	@Inject
	private PlanSetLoader loader;

	@Inject
	private PlanSetCheck check;

	@Inject
	private PlanSetDiff diff;

	@Inject
	private CsiConfigurationReader configurationReader;

	@Inject
	private IQualifiedNameProvider names;

	/** The version that closes a cycle, and the date it closed on (the data is judged as of that date). */
	public record CycleEnd(PlanVersion version, LocalDate date) {
	}

	/** The data steps of a version's plan set, or null not to read its data. */
	public interface DataSteps {
		DataStep of(PlanVersion version) throws PlanSetException;
	}

	/**
	 * The cycles' ends, oldest first.
	 *
	 * @param data the data steps for a version's plan set, or null not to read data
	 */
	public History history(String title, List<CycleEnd> ends, DataSteps data) throws PlanSetException {
		List<Cycle> cycles = new ArrayList<>();
		PlanVersion previous = null;
		Map<String, Boolean> previousActions = Map.of();
		for (CycleEnd end : ends) {
			CsiSettings settings = settings(end.version()).withReferenceDate(end.date());
			PlanSet planSet = loader.load(end.version().sources(), settings);
			DataResult figures = DataResult.NONE;
			DataStep step = data == null ? null : data.of(end.version());
			if (step != null) {
				figures = check.check(planSet, PlanSetCheck.Request.validate(List.of(), settings).withValidation(false).withData(step)).data();
			}
			List<Kpi> kpis = kpis(planSet, figures);
			Map<String, Action> actions = actions(planSet);
			List<ClosedAction> closed = new ArrayList<>();
			List<Finding> opened = new ArrayList<>();
			List<Finding> gone = new ArrayList<>();
			List<Finding> problems = new ArrayList<>();
			if (previous != null) {
				Map<String, String> verdicts = verdicts(figures);
				for (Map.Entry<String, Action> entry : actions.entrySet()) {
					Action action = entry.getValue();
					Boolean wasOpen = previousActions.get(entry.getKey());
					if (!Actions.isOpen(status(action)) && (wasOpen == null || wasOpen)) {
						closed.add(new ClosedAction(entry.getKey(), action.getTitle(), status(action).getLiteral() + (action.getOutcome() == null ? ""
								: ", outcome " + action.getOutcome().getResult().getLiteral()), verdicts.get(entry.getKey())));
					}
				}
				for (Finding change : diff.diff(previous, end.version(), end.date()).changes()) {
					switch (change.code()) {
					case IssueCodes.DIFF_GAP_OPENED -> opened.add(change);
					case IssueCodes.DIFF_GAP_CLOSED -> gone.add(change);
					case IssueCodes.DIFF_UNREADABLE -> problems.add(change);
					default -> {
					}
					}
				}
			}
			previousActions = new LinkedHashMap<>();
			for (Map.Entry<String, Action> entry : actions.entrySet()) {
				previousActions.put(entry.getKey(), Actions.isOpen(status(entry.getValue())));
			}
			cycles.add(new Cycle(end.version().name(), end.date(), kpis, closed, opened, gone, problems));
			previous = end.version();
		}
		return new History(title, List.copyOf(cycles));
	}

	private CsiSettings settings(PlanVersion version) throws PlanSetException {
		if (version.settings() == null) {
			return CsiSettings.DEFAULT;
		}
		try {
			CsiConfiguration configuration = configurationReader.read(version.settings());
			return CsiSettings.DEFAULT.with(configuration);
		} catch (CsiConfigurationReader.ConfigurationException e) {
			throw new PlanSetException(version.settingsAt(), e.getLine(), 1, e.getMessage() + " (in " + version.name() + ")");
		}
	}

	/** The measures with a target (or a KPI of a critical success factor), in the order of the files. */
	private List<Kpi> kpis(PlanSet planSet, DataResult figures) {
		Map<ShouldMeasure, MeasureAnalysis> analyses = figures.analyses();
		List<Kpi> kpis = new ArrayList<>();
		for (Resource resource : planSet.resourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (!(root instanceof PlanFile file)) {
					continue;
				}
				for (EObject element : file.getElements()) {
					if (element instanceof ShouldMeasure measure && (measure.getTarget() != null || measure.getCsf() != null)) {
						kpis.add(kpi(measure, analyses.get(measure)));
					}
				}
			}
		}
		return kpis;
	}

	private Kpi kpi(ShouldMeasure measure, MeasureAnalysis analysis) {
		String name = name(measure);
		Double target = value(measure.getTarget(), measure);
		if (analysis != null) {
			PeriodResult latest = analysis.latest();
			if (latest != null) {
				return new Kpi(name, measure.getTitle(), measure.getUnit(), analysis.target() != null ? analysis.target() : target, latest.actual(),
						latest.period(), latest.status(), null);
			}
		}
		List<String> stated = new ArrayList<>();
		if (measure.getBaseline() != null) {
			stated.add("baseline " + text(measure.getBaseline().getValue(), measure)
					+ (measure.getBaseline().getDate() != null ? " as of " + measure.getBaseline().getDate() : ""));
		}
		stated.add(measure.getTarget() != null ? "target " + text(measure.getTarget(), measure) : "no target");
		return new Kpi(name, measure.getTitle(), measure.getUnit(), target, null, null, null, "not computed: " + String.join(", ", stated));
	}

	private static Double value(Quantity quantity, ShouldMeasure measure) {
		return quantity == null ? null : Units.convert(quantity.getValue().doubleValue(), quantity.getUnit(), measure.getUnit());
	}

	private static String text(Quantity quantity, ShouldMeasure measure) {
		return quantity.getValue().stripTrailingZeros().toPlainString() + Units.suffix(quantity.getUnit() != null ? quantity.getUnit() : measure.getUnit());
	}

	/** What the data says about each completed action, by the action's qualified name: "improved (FirstContactResolution)". */
	private Map<String, String> verdicts(DataResult figures) {
		Map<String, String> verdicts = new LinkedHashMap<>();
		for (MeasureAnalysis analysis : figures.analyses().values()) {
			for (ActionVerdict verdict : analysis.verdicts()) {
				verdicts.merge(name(verdict.action()), verdict.verdict().label() + " (" + verdict.measure() + ")", (a, b) -> a + ", " + b);
			}
		}
		return verdicts;
	}

	private Map<String, Action> actions(PlanSet planSet) {
		Map<String, Action> actions = new LinkedHashMap<>();
		planSet.resourceSet().getAllContents().forEachRemaining(notifier -> {
			if (notifier instanceof Action action && Features.isSet(action, CsiPackage.Literals.NAMED__NAME)) {
				actions.put(name(action), action);
			}
		});
		return actions;
	}

	private String name(EObject element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		return name == null ? "" : name.toString();
	}

	private static ActionStatus status(Action action) {
		return Features.isSet(action, CsiPackage.Literals.ACTION__STATUS) ? action.getStatus() : ActionStatus.NEW;
	}
}
