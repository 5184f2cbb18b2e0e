package org.csi.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.analysis.Cadence;
import org.csi.dsl.common.Figures;
import org.csi.dsl.csi.Analysis;
import org.csi.dsl.csi.Comparison;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Frequency;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Trigger;
import org.csi.dsl.measures.JudgementWords;
import org.csi.dsl.measures.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * What a measure's figures are judged by: every quantity in a unit that converts to the measure's
 * ({@link Units}), cadences, improvement triggers that can be evaluated, a trend-only measure that is
 * not also given a target, and a benchmark for an analysis against one.
 */
public class DefinitionValidator extends AbstractCsiCheck {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	/** The quantities of a measure with how a sentence names them. */
	private record Named(String what, Quantity quantity) {
	}

	@Check
	public void checkUnits(ShouldMeasure measure) {
		String unit = measure.getUnit();
		if (unit == null) {
			return;
		}
		for (Named named : quantities(measure)) {
			Quantity quantity = named.quantity();
			if (quantity.getValue() == null) {
				continue;
			}
			String written = JudgementWords.quantity(quantity);
			if (quantity.getUnit() != null && Units.convert(1, quantity.getUnit(), unit) == null) {
				addIssue("The " + named.what() + " " + written + " of should-measure " + quote(measure.getName()) + " is in " + quantity.getUnit()
						+ ", which does not convert to the measure's unit " + unit + ": write it in " + Units.fitting(unit) + ".",
						quantity, P.getQuantity_Unit(), IssueCodes.UNIT_MISMATCH, measure.getName());
			} else if (Units.isPercent(unit) && !named.what().equals("tolerance") && quantity.getValue().signum() > 0
					&& quantity.getValue().doubleValue() < 1) {
				addIssue("The " + named.what() + " " + written + " of should-measure " + quote(measure.getName())
						+ " looks like a fraction, but the measure is in " + unit + ": did you mean "
						+ Figures.number(quantity.getValue().doubleValue() * 100) + "%?", quantity, P.getQuantity_Value(), IssueCodes.UNIT_FRACTION,
						measure.getName());
			}
		}
	}

	private static List<Named> quantities(ShouldMeasure measure) {
		List<Named> quantities = new ArrayList<>();
		add(quantities, "target", measure.getTarget());
		add(quantities, "tolerance", measure.getTolerance());
		add(quantities, "baseline", measure.getBaseline() == null ? null : measure.getBaseline().getValue());
		add(quantities, "benchmark", measure.getBenchmark());
		for (Trigger trigger : measure.getTriggers()) {
			add(quantities, "trigger threshold", trigger.getThreshold());
		}
		return quantities;
	}

	private static void add(List<Named> quantities, String what, Quantity quantity) {
		if (quantity != null) {
			quantities.add(new Named(what, quantity));
		}
	}

	/** Only years take a number: {@code every 2 years}. */
	@Check
	public void checkCadence(ShouldMeasure measure) {
		cadence(measure);
	}

	@Check
	public void checkCadence(org.csi.dsl.csi.Provision provision) {
		cadence(provision);
	}

	@Check
	public void checkCadence(org.csi.dsl.csi.Step step) {
		cadence(step);
	}

	private void cadence(EObject element) {
		var multiple = element.eClass().getEStructuralFeature("multiple");
		if (multiple == null || !element.eIsSet(multiple)) {
			return;
		}
		Cadence cadence = Cadence.of(element);
		int count = (Integer) element.eGet(multiple);
		if (count < 1) {
			addIssue("'every " + count + "' is not a cadence: write a number of years from 1 up.", element, multiple, IssueCodes.CADENCE);
		} else if (cadence != null && cadence.unit() != Frequency.YEAR && count != 1) {
			addIssue("'every " + count + " " + cadence.unit().getLiteral() + "': only years take a number (as in 'every 2 years'); write"
					+ " the period itself, such as 'every quarter' for 3 months.", element, multiple, IssueCodes.CADENCE);
		}
	}

	@Check
	public void checkTrigger(Trigger trigger) {
		if (!(trigger.eContainer() instanceof ShouldMeasure measure)) {
			return;
		}
		if (trigger.getThreshold() == null && trigger.getMissed() > 0) { // 'missed N periods' or 'missed N of M periods'
			if (measure.getTarget() == null) {
				addIssue("The trigger 'when missed' of should-measure " + quote(measure.getName()) + " needs a target to miss: add 'target <value>'"
						+ " or trigger when the value is below or above a threshold.", trigger, P.getTrigger_Missed(), IssueCodes.TRIGGER,
						measure.getName());
			}
			if (trigger.getWindow() > 0 && trigger.getMissed() > trigger.getWindow()) {
				addIssue("The trigger of should-measure " + quote(measure.getName()) + " asks for " + trigger.getMissed() + " misses in "
						+ trigger.getWindow() + (trigger.getWindow() == 1 ? " period" : " periods") + ", which can never happen.", trigger, P.getTrigger_Window(), IssueCodes.TRIGGER,
						measure.getName());
			}
		}
		String dimension = trigger.getDimension();
		if (dimension != null && !measure.getBreakdown().contains(dimension)) {
			addIssue("The trigger of should-measure " + quote(measure.getName()) + " is for each " + dimension + ", but the measure is not "
					+ "broken down by " + dimension + (measure.getBreakdown().isEmpty() ? "" : " (only by " + String.join(", ", measure.getBreakdown()) + ")")
					+ ": add it to 'per'.", trigger, P.getTrigger_Dimension(), IssueCodes.TRIGGER, measure.getName());
		}
	}

	/** A trend-only measure is judged by its direction of travel: a target would never be used. */
	@Check
	public void checkTrendOnly(ShouldMeasure measure) {
		if (!measure.isTrendOnly()) {
			return;
		}
		if (measure.getTarget() != null) {
			addIssue("Should-measure " + quote(measure.getName()) + " is 'trend only', yet it states a target: it is judged by its direction"
					+ " of travel, so the target is never used. Remove one of the two.", measure, P.getShouldMeasure_TrendOnly(),
					IssueCodes.TREND_ONLY_TARGET, measure.getName());
		}
	}

	@Check
	public void checkBenchmark(Analysis analysis) {
		ShouldMeasure measure = analysis.getMeasure();
		if (measure == null || measure.eIsProxy() || measure.getBenchmark() != null || !analysis.getComparisons().contains(Comparison.BENCHMARK)) {
			return;
		}
		addIssue("Step 5 analyses " + quote(measure.getName()) + " against a benchmark, but the measure states none: add 'benchmark <value>"
				+ " from \"<source>\"' to it.", analysis, P.getAnalysis_Comparisons(), analysis.getComparisons().indexOf(Comparison.BENCHMARK),
				IssueCodes.NO_BENCHMARK, measure.getName());
	}
}
