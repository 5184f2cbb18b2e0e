package org.csi.dsl.measures;

import java.util.List;
import java.util.Map;

import org.csi.dsl.analysis.Cadence;
import org.csi.dsl.csi.ShouldMeasure;

/**
 * Step 5 for one measure: its values over the whole calendar of its periods with their status
 * against the target and tolerance (all in the measure's unit), the change of the latest judged
 * value against the baseline, its process behaviour (limits, signals, variation and assurance), how
 * many periods in a row it missed its target up to the latest, the benchmark, the improvement
 * triggers that fired, and the verdicts on the completed actions that address it.
 *
 * @param baselineChange latest judged value minus the baseline, or null without a baseline or values
 * @param minimumSample  the fewest rows a period needs to be judged (0: any)
 */
public record MeasureAnalysis(ShouldMeasure measure, String source, Cadence cadence, List<PeriodResult> periods, Double target,
		Double tolerance, Double baselineChange, Behaviour behaviour, int missedInARow, Double benchmark, int minimumSample,
		List<Breakdown> breakdown, List<FiredTrigger> fired, List<ActionVerdict> verdicts) {

	/** The values of one combination of breakdown dimensions ("service=EHR, priority=P1") and their behaviour. */
	public record Breakdown(Map<String, String> dimensions, List<PeriodResult> periods, Behaviour behaviour) {

		public PeriodResult latest() {
			return MeasureAnalysis.latest(periods);
		}
	}

	/** The same analysis with the values per breakdown. */
	public MeasureAnalysis withBreakdown(List<Breakdown> values) {
		return new MeasureAnalysis(measure, source, cadence, periods, target, tolerance, baselineChange, behaviour, missedInARow, benchmark,
				minimumSample, List.copyOf(values), fired, verdicts);
	}

	/** The same analysis with these triggers fired. */
	public MeasureAnalysis withFired(List<FiredTrigger> triggers) {
		return new MeasureAnalysis(measure, source, cadence, periods, target, tolerance, baselineChange, behaviour, missedInARow, benchmark,
				minimumSample, breakdown, List.copyOf(triggers), verdicts);
	}

	/** The same analysis with these verdicts on actions. */
	public MeasureAnalysis withVerdicts(List<ActionVerdict> values) {
		return new MeasureAnalysis(measure, source, cadence, periods, target, tolerance, baselineChange, behaviour, missedInARow, benchmark,
				minimumSample, breakdown, fired, List.copyOf(values));
	}

	/**
	 * The latest period that is over (a period not over yet is only shown), with or without a value;
	 * null for an empty calendar.
	 */
	public PeriodResult latest() {
		return latest(periods);
	}

	static PeriodResult latest(List<PeriodResult> periods) {
		List<PeriodResult> over = MeasureAnalyzer.over(periods);
		return over.isEmpty() ? null : over.get(over.size() - 1);
	}
}
