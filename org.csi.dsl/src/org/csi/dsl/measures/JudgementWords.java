package org.csi.dsl.measures;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.analysis.Features;
import org.csi.dsl.common.Figures;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.ShouldMeasure;

/**
 * How a measure says it is judged beyond its target, in one line for a hover, the details of a
 * proposal and the reports: "trend only; minimum sample 30 rows; trigger when missed 3 of 6 periods;
 * benchmark 66% (HDI)".
 */
public final class JudgementWords {

	private JudgementWords() {
	}

	/** The line, or null when the measure states none of it. */
	public static String of(ShouldMeasure measure) {
		List<String> parts = new ArrayList<>();
		if (measure.isTrendOnly()) {
			parts.add("trend only");
		}
		if (Features.isSet(measure, CsiPackage.Literals.SHOULD_MEASURE__MINIMUM_SAMPLE)) {
			parts.add("minimum sample " + measure.getMinimumSample() + " rows");
		}
		measure.getTriggers().forEach(trigger -> parts.add("trigger when " + FiredTrigger.written(trigger)));
		if (measure.getBenchmark() != null && measure.getBenchmark().getValue() != null) {
			parts.add("benchmark " + quantity(measure.getBenchmark())
					+ (measure.getBenchmarkSource() == null ? "" : " (" + measure.getBenchmarkSource() + ")"));
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	/** "66%", "4 hours". */
	public static String quantity(Quantity quantity) {
		String unit = quantity.getUnit();
		return Figures.number(quantity.getValue().doubleValue()) + (unit == null ? "" : "%".equals(unit) ? "%" : " " + unit);
	}
}
