package org.csi.dsl.tests.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.csi.dsl.csi.Direction;
import org.csi.dsl.measures.ActionVerdict;
import org.csi.dsl.measures.ActionVerdict.Verdict;
import org.csi.dsl.measures.Behaviour;
import org.csi.dsl.measures.Behaviour.Assurance;
import org.csi.dsl.measures.Behaviour.Side;
import org.csi.dsl.measures.Behaviour.Signal;
import org.csi.dsl.measures.Behaviour.Stretch;
import org.csi.dsl.measures.Behaviour.Variation;
import org.csi.dsl.measures.BehaviourAnalyzer;
import org.csi.dsl.measures.BehaviourWords;
import org.csi.dsl.measures.Change;
import org.csi.dsl.measures.PeriodResult;
import org.csi.dsl.measures.ProcessBehaviour;
import org.csi.dsl.measures.ProcessBehaviour.Limits;
import org.csi.dsl.measures.ProcessBehaviour.Rule;
import org.csi.dsl.measures.ProcessBehaviour.Settings;
import org.csi.dsl.measures.Status;
import org.junit.Test;

/**
 * Step 5's process behaviour on a measure's calendar and step 7's verdicts on actions, on hand-made
 * monthly series whose limits, signals and verdicts are worked out by hand in the comments, and on a
 * published XmR chart. The method: NHS England and NHS Improvement, "Making Data Count: Strengthening
 * your decisions" (2019) and "Making Data Count: Getting started" (2019): XmR limits mean ± 2.66 ×
 * average moving range from a baseline of at least 12 points; special causes: a point beyond a limit, 7
 * on one side of the mean, 6 rising or falling, 2 of 3 beyond two thirds of the way to a limit; a
 * target beyond the limits is consistently met or missed, between them hit and miss; limits
 * recalculated at a known change. Wheeler, "Understanding Variation" (2nd ed., 2000), ch. 4 to 6.
 *
 * <p>The baseline of every hand-made series is January to December 2025: 10, 12, 11, 13, 12, 10, 11,
 * 12, 13, 11, 12, 11. Sum 138, mean 11.5; moving ranges 2, 1, 2, 1, 2, 1, 1, 1, 2, 1, 1, sum 15 over
 * 11, average 1.363636; 2.66 × 1.363636 = 3.627273, limits 7.872727 to 15.127273; two thirds of the
 * way to them: 13.918182 and 9.081818. The baseline itself has no signal (ProcessBehaviourTest).
 */
public class BehaviourAnalyzerTest {

	private static final double[] BASELINE = { 10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11 };

	private static final LocalDate JANUARY_2026 = LocalDate.of(2026, 1, 1);

	private final BehaviourAnalyzer analyzer = new BehaviourAnalyzer(Settings.DEFAULT);

	/** Monthly periods from January 2025, each over and judged (no target: the variation is the point). */
	private static List<PeriodResult> monthly(double... values) {
		List<PeriodResult> periods = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			periods.add(new PeriodResult(LocalDate.of(2025, 1, 1).plusMonths(i), values[i], 200, Status.NO_TARGET));
		}
		return periods;
	}

	private static double[] after(double... more) {
		double[] all = new double[BASELINE.length + more.length];
		System.arraycopy(BASELINE, 0, all, 0, BASELINE.length);
		System.arraycopy(more, 0, all, BASELINE.length, more.length);
		return all;
	}

	private static Change completedOn(LocalDate date) {
		return new Change(date, "action 'A' completed", null);
	}

	private static void assertLimits(Limits limits, double mean, double lower, double upper) {
		assertEquals(mean, limits.mean(), 1e-6);
		assertEquals(lower, limits.lower(), 1e-6);
		assertEquals(upper, limits.upper(), 1e-6);
	}

	/**
	 * A published XmR chart: SAS/QC User's Guide, "Example 9.4 Displaying Individual Measurements on an
	 * EWMA Chart" (PROC SHEWHART IRCHART on the diameters of 30 steel belts; data set MACEW5,
	 * https://support.sas.com/documentation/cdl/en/qcug/63964/HTML/default/qcug_macontrol_a0000000363.htm).
	 * It prints a mean of 24.0083, an average moving range of 0.056897 and limits 23.8571 and 24.1596.
	 * SAS uses 3/d2 with d2 = 2/sqrt(pi) = 1.128379 (2.65868); csi's 2.66 moves the limits by
	 * 0.0001, hence the tolerance of 2e-4 on them. The chart shows no signal, and neither does csi
	 * (runs of at most 4 about the mean, rises and falls of at most 4 steps, no 2 of 3 beyond 24.109 or
	 * below 23.908).
	 */
	@Test
	public void aPublishedChart() {
		double[] belts = { 24.05, 23.99, 23.95, 23.93, 23.97, 24.02, 24.06, 24.10, 23.98, 24.03, 23.91, 24.06, 24.06, 23.96, 23.98, 24.06,
				24.01, 24.00, 23.93, 23.92, 24.09, 24.11, 24.05, 23.98, 23.98, 24.06, 24.02, 24.06, 23.97, 23.96 };
		Limits limits = ProcessBehaviour.limits(java.util.Arrays.stream(belts).boxed().toList());
		assertEquals(24.0083, limits.mean(), 1e-4);
		assertEquals(0.056897, limits.averageMovingRange(), 1e-6);
		assertEquals(23.8571, limits.lower(), 2e-4);
		assertEquals(24.1596, limits.upper(), 2e-4);
		Behaviour behaviour = new BehaviourAnalyzer(new Settings(EnumSet.allOf(Rule.class), 7, 6, 30)).analyze(monthly(belts), List.of(),
				null, null, null);
		assertEquals(30, behaviour.latest().points());
		assertEquals(List.of(), behaviour.signals());
		assertEquals(Variation.COMMON_CAUSE, behaviour.variation());
	}

	/** Eleven values: no limits, no signals, and the statement says how many more are needed. */
	@Test
	public void tooFewPointsGiveNoLimits() {
		List<PeriodResult> periods = monthly(java.util.Arrays.copyOf(BASELINE, 11));
		Behaviour behaviour = analyzer.analyze(periods, List.of(), Direction.HIGHER, 9.0, null);
		assertEquals(List.of(new Stretch(0, 10, null, null, false, 11)), behaviour.stretches());
		assertEquals(Variation.NO_LIMITS, behaviour.variation());
		assertNull(behaviour.assurance());
		assertEquals("no process limits yet: 11 of 12 periods with data", BehaviourWords.of(behaviour, periods, 9.0, "%"));
	}

	/**
	 * The baseline, then 12, 16, 11: 16 lies above 15.127273 (index 13), a single outlier; the latest
	 * value, 11, is part of no signal: common cause. A target of 9 where higher is better lies between
	 * the limits: hit and miss.
	 */
	@Test
	public void aSingleOutlierAndHitAndMiss() {
		List<PeriodResult> periods = monthly(after(12, 16, 11));
		Behaviour behaviour = analyzer.analyze(periods, List.of(), Direction.HIGHER, 9.0, null);
		assertEquals(1, behaviour.stretches().size());
		assertLimits(behaviour.latest().limits(), 11.5, 7.872727, 15.127273);
		assertEquals(12, behaviour.latest().points());
		assertEquals(List.of(new Signal(Rule.OUTSIDE_LIMITS, 13, 13, Side.IMPROVEMENT, true)), behaviour.signals());
		assertEquals(Variation.COMMON_CAUSE, behaviour.variation());
		assertEquals(Assurance.HIT_AND_MISS, behaviour.assurance());
		assertEquals("common cause (limits 7.87 to 15.13% around a mean of 11.5, from 12 periods from 2025-01-01); target 9%: hit and miss,"
				+ " it lies between the limits, so variation alone makes it pass and fail", BehaviourWords.of(behaviour, periods, 9.0, "%"));
	}

	/**
	 * Where the target lies against limits 7.872727 to 15.127273: higher is better, 16 above the upper
	 * limit is never reached, 7 below the lower one always; lower is better, the other way round; without
	 * a direction, 11.5 ± 4 (7.5 to 15.5) holds the limits, 11.5 ± 1 lies between them, 20 ± 1 beyond.
	 */
	@Test
	public void assuranceAgainstTheTarget() {
		List<PeriodResult> periods = monthly(BASELINE);
		assertEquals(Assurance.CONSISTENTLY_MISSED, analyzer.analyze(periods, List.of(), Direction.HIGHER, 16.0, null).assurance());
		assertEquals(Assurance.CONSISTENTLY_MET, analyzer.analyze(periods, List.of(), Direction.HIGHER, 7.0, null).assurance());
		assertEquals(Assurance.CONSISTENTLY_MET, analyzer.analyze(periods, List.of(), Direction.LOWER, 16.0, null).assurance());
		assertEquals(Assurance.CONSISTENTLY_MISSED, analyzer.analyze(periods, List.of(), Direction.LOWER, 7.0, null).assurance());
		assertEquals(Assurance.HIT_AND_MISS, analyzer.analyze(periods, List.of(), Direction.LOWER, 12.0, null).assurance());
		assertEquals(Assurance.CONSISTENTLY_MET, analyzer.analyze(periods, List.of(), null, 11.5, 4.0).assurance());
		assertEquals(Assurance.HIT_AND_MISS, analyzer.analyze(periods, List.of(), null, 11.5, 1.0).assurance());
		assertEquals(Assurance.CONSISTENTLY_MISSED, analyzer.analyze(periods, List.of(), null, 20.0, 1.0).assurance());
		assertNull(analyzer.analyze(periods, List.of(), Direction.HIGHER, null, null).assurance());
	}

	/**
	 * A slow drift: the baseline, then 9, 10, 11, 12, 13, 14 (indexes 12 to 17), each higher than the
	 * one before: a trend of 6; where lower is better, a concern, and the latest value is part of it.
	 * No other rule fires: 9 and 14 are each alone beyond two thirds of the way to a limit, the longest
	 * run below the mean is 11, 9, 10, 11 (4).
	 */
	@Test
	public void aSlowDriftIsAConcernWhereLowerIsBetter() {
		List<PeriodResult> periods = monthly(after(9, 10, 11, 12, 13, 14));
		Behaviour behaviour = analyzer.analyze(periods, List.of(), Direction.LOWER, null, null);
		assertEquals(List.of(new Signal(Rule.TREND, 12, 17, Side.CONCERN, true)), behaviour.signals());
		assertEquals(Variation.CONCERN, behaviour.variation());
		assertEquals("special cause: concern, 6 periods each higher than the one before (2026-01-01 to 2026-06-01) (limits 7.87 to"
				+ " 15.13 hours around a mean of 11.5, from 12 periods from 2025-01-01)", BehaviourWords.of(behaviour, periods, null, "hours"));
	}

	/**
	 * A step change at an action's completion on 2026-01-01: the baseline, then 14, 15, 14, 16, 15, 14, 15.
	 * The limits are computed afresh from January 2026; seven periods are too few for limits of their
	 * own, so they are judged against those before (7.87 to 15.13 around 11.5): all seven lie above the
	 * mean (a run, 12 to 18), 16 lies beyond the upper limit (15), and all are beyond 13.918182: every
	 * window of 3 from 12-14 to 16-18 has 2 of 3 beyond it, one signal 12 to 18. Higher is better: improvement; the latest value is part of the run.
	 * The action improved it: the run decides (the last sustained signal to end, and runs speak first);
	 * mean after 103 / 7 = 14.714286.
	 */
	@Test
	public void aStepChangeAtAnActionsCompletionImproved() {
		List<PeriodResult> periods = monthly(after(14, 15, 14, 16, 15, 14, 15));
		Change completion = completedOn(JANUARY_2026);
		Behaviour behaviour = analyzer.analyze(periods, List.of(completion), Direction.HIGHER, null, null);
		assertEquals(2, behaviour.stretches().size());
		Stretch before = behaviour.stretches().get(0);
		Stretch since = behaviour.stretches().get(1);
		assertEquals(0, before.from());
		assertEquals(11, before.to());
		assertTrue(before.own());
		assertEquals(12, since.from());
		assertEquals(18, since.to());
		assertEquals(completion, since.change());
		assertFalse(since.own());
		assertEquals(7, since.points());
		assertEquals(before.limits(), since.limits());
		assertEquals(List.of(new Signal(Rule.RUN, 12, 18, Side.IMPROVEMENT, true), new Signal(Rule.NEAR_LIMIT, 12, 18, Side.IMPROVEMENT, true),
				new Signal(Rule.OUTSIDE_LIMITS, 15, 15, Side.IMPROVEMENT, true)),
				behaviour.signals());
		assertEquals(Variation.IMPROVEMENT, behaviour.variation());
		assertNull("no limits of its own since the change: nothing to say about the target yet", behaviour.assurance());

		ActionVerdict verdict = analyzer.verdict(completion, "M", periods, behaviour, Direction.HIGHER, null);
		assertEquals(Verdict.IMPROVED, verdict.verdict());
		assertEquals(JANUARY_2026, verdict.firstAfter());
		assertEquals(7, verdict.periodsAfter());
		assertEquals(14.714286, verdict.meanAfter(), 1e-6);
		assertEquals("improved: 7 periods in a row above the mean of 11.5 (2026-01-01 to 2026-07-01), against the limits 7.87 to 15.13"
				+ " around a mean of 11.5 before; mean 11.5 before, 14.71 after", verdict.sentence());
	}

	/** Three periods since, 12, 13, 11, within the limits and no run: no signal yet, 4 more for a run of 7. Mean after 12. */
	@Test
	public void noSignalYet() {
		List<PeriodResult> periods = monthly(after(12, 13, 11));
		Change completion = completedOn(JANUARY_2026);
		ActionVerdict verdict = analyzer.verdict(completion, "M", periods, analyzer.analyze(periods, List.of(completion), Direction.HIGHER, null,
				null), Direction.HIGHER, "%");
		assertEquals(Verdict.NO_SIGNAL_YET, verdict.verdict());
		assertEquals(4, verdict.needed());
		assertEquals("no signal yet: 3 periods since 2026-01-01, 4 more needed before a run of 7 can show a change; mean 11.5% before, 12%"
				+ " after", verdict.sentence());
	}

	/** Seven periods since, 11, 12, 11, 12, 11, 12, 11, on both sides of 11.5 in turn: no change. Mean after 80 / 7 = 11.428571. */
	@Test
	public void noChange() {
		List<PeriodResult> periods = monthly(after(11, 12, 11, 12, 11, 12, 11));
		Change completion = completedOn(JANUARY_2026);
		ActionVerdict verdict = analyzer.verdict(completion, "M", periods, analyzer.analyze(periods, List.of(completion), Direction.HIGHER, null,
				null), Direction.HIGHER, null);
		assertEquals(Verdict.NO_CHANGE, verdict.verdict());
		assertEquals("no change: 7 periods since 2026-01-01 show no signal against the limits 7.87 to 15.13 around a mean of 11.5 before;"
				+ " mean 11.5 before, 11.43 after", verdict.sentence());
	}

	/**
	 * Seven periods since, 10, 11, 10, 9, 11, 10, 11, all below 11.5: a run below the mean; only 9 lies
	 * beyond 9.081818, so no 2 of 3. Higher is better: it worsened. Mean after 72 / 7 = 10.285714.
	 */
	@Test
	public void worsened() {
		List<PeriodResult> periods = monthly(after(10, 11, 10, 9, 11, 10, 11));
		Change completion = completedOn(JANUARY_2026);
		Behaviour behaviour = analyzer.analyze(periods, List.of(completion), Direction.HIGHER, null, null);
		assertEquals(List.of(new Signal(Rule.RUN, 12, 18, Side.CONCERN, false)), behaviour.signals());
		ActionVerdict verdict = analyzer.verdict(completion, "M", periods, behaviour, Direction.HIGHER, null);
		assertEquals(Verdict.WORSENED, verdict.verdict());
		assertEquals("worsened: 7 periods in a row below the mean of 11.5 (2026-01-01 to 2026-07-01), against the limits 7.87 to 15.13"
				+ " around a mean of 11.5 before; mean 11.5 before, 10.29 after", verdict.sentence());
	}

	/**
	 * An action completed on 2025-06-01 has 5 periods before it (January to May 2025): no limits before,
	 * so the data cannot judge it. The stretch from June has 14 values: limits of its own from the first 12.
	 */
	@Test
	public void tooFewPeriodsBefore() {
		List<PeriodResult> periods = monthly(after(12, 11, 12, 11, 12, 11, 12));
		Change completion = completedOn(LocalDate.of(2025, 6, 1));
		Behaviour behaviour = analyzer.analyze(periods, List.of(completion), Direction.HIGHER, null, null);
		assertEquals(List.of(new Stretch(0, 4, null, null, false, 5)), behaviour.stretches().subList(0, 1));
		assertTrue(behaviour.stretches().get(1).own());
		assertEquals(12, behaviour.stretches().get(1).points());
		ActionVerdict verdict = analyzer.verdict(completion, "M", periods, behaviour, Direction.HIGHER, null);
		assertEquals(Verdict.TOO_FEW_BEFORE, verdict.verdict());
		assertEquals("too few periods before: 5 periods with data before 2025-06-01; limits need 12, so the data cannot say whether it"
				+ " worked", verdict.sentence());
	}

	/**
	 * A change in the middle of a period starts the stretch at the next period (the period of the change
	 * mixes both processes and stays with the one before); a change before the data or after the
	 * calendar starts none; periods without a judgement do not count toward the limits' 12 points.
	 */
	@Test
	public void whereStretchesStart() {
		List<PeriodResult> periods = monthly(after(14, 15, 14));
		Behaviour behaviour = analyzer.analyze(periods,
				List.of(completedOn(LocalDate.of(2025, 12, 15)), completedOn(LocalDate.of(2024, 1, 1)), completedOn(LocalDate.of(2027, 1, 1))),
				Direction.HIGHER, null, null);
		assertEquals(List.of(0, 12), behaviour.stretches().stream().map(Stretch::from).toList());
		List<PeriodResult> gappy = new ArrayList<>(monthly(after(12)));
		gappy.set(3, new PeriodResult(gappy.get(3).period(), null, 0, Status.NO_DATA));
		Stretch only = analyzer.analyze(gappy, List.of(), Direction.HIGHER, null, null).latest();
		// 12 values among 13 periods: limits from all of them; the gap breaks the moving ranges around it
		assertEquals(12, only.points());
		assertTrue(only.own());
	}

	/** Rules can be turned off and run lengths changed (csi.properties spc.rules, spc.run): a run of 5 counts with spc.run = 5. */
	@Test
	public void configuredRules() {
		List<PeriodResult> periods = monthly(after(12, 16, 11));
		Settings noOutside = new Settings(EnumSet.of(Rule.RUN, Rule.TREND, Rule.NEAR_LIMIT), 7, 6, 12);
		assertEquals(List.of(), new BehaviourAnalyzer(noOutside).analyze(periods, List.of(), Direction.HIGHER, null, null).signals());
		List<PeriodResult> shifted = monthly(after(12, 13, 12, 13, 12));
		assertEquals(List.of(), analyzer.analyze(shifted, List.of(), Direction.HIGHER, null, null).signals());
		assertEquals(List.of(new Signal(Rule.RUN, 12, 16, Side.IMPROVEMENT, true)),
				new BehaviourAnalyzer(new Settings(EnumSet.allOf(Rule.class), 5, 6, 12)).analyze(shifted, List.of(), Direction.HIGHER, null, null)
						.signals());
	}
}
