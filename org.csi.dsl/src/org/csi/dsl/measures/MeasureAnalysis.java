package org.csi.dsl.measures;

import java.util.List;

import org.csi.dsl.csi.ShouldMeasure;

/**
 * Step 5 for one measure: its values period by period with their status against the target and
 * tolerance, the change of the latest value against the baseline, the trend (least-squares slope
 * per period over the last {@code trendPeriods} periods) and how many periods in a row it missed
 * its target up to the latest.
 *
 * @param baselineChange latest value minus the baseline, or null without a baseline or values
 * @param trend          slope per period, or null with fewer than two values
 */
public record MeasureAnalysis(ShouldMeasure measure, String source, List<PeriodResult> periods, Double target, Double tolerance,
		Double baselineChange, Double trend, int trendPeriods, int missedInARow, List<Breakdown> breakdown) {

	/** The values of one combination of the measure's breakdown dimensions ("service=EHR, priority=P1"). */
	public record Breakdown(java.util.Map<String, String> dimensions, List<PeriodResult> periods) {

		public PeriodResult latest() {
			return periods.get(periods.size() - 1);
		}
	}

	/** The same analysis with the values per breakdown. */
	public MeasureAnalysis withBreakdown(List<Breakdown> values) {
		return new MeasureAnalysis(measure, source, periods, target, tolerance, baselineChange, trend, trendPeriods, missedInARow,
				List.copyOf(values));
	}

	public PeriodResult latest() {
		return periods.isEmpty() ? null : periods.get(periods.size() - 1);
	}
}
