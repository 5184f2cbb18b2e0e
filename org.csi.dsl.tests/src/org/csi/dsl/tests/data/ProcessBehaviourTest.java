package org.csi.dsl.tests.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.csi.dsl.measures.ProcessBehaviour;
import org.csi.dsl.measures.ProcessBehaviour.Limits;
import org.csi.dsl.measures.ProcessBehaviour.Rule;
import org.csi.dsl.measures.ProcessBehaviour.Settings;
import org.csi.dsl.measures.ProcessBehaviour.Signal;
import org.junit.Test;

/**
 * XmR limits and special-cause rules on hand-made series, each figure worked out by hand in the
 * comments (the method: Wheeler, "Understanding Variation", 2nd ed., ch. 4; NHS England, "Making Data
 * Count", 2019: limits mean ± 2.66 × average moving range; a point outside them, 7 on one side of the
 * mean, 6 rising or falling, 2 of 3 in the outer third).
 */
public class ProcessBehaviourTest {

	/**
	 * 10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11: sum 138, mean 11.5; moving ranges 2, 1, 2, 1, 2,
	 * 1, 1, 1, 2, 1, 1, sum 15 over 11, 1.363636; limits 11.5 ± 2.66 × 1.363636 = 11.5 ± 3.627273,
	 * so 7.872727 and 15.127273; the outer thirds begin at 11.5 ± 2.418182 (13.918182 and 9.081818).
	 */
	private static final List<Double> BASELINE = values(10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11);

	private static List<Double> values(double... values) {
		return new ArrayList<>(Arrays.stream(values).boxed().toList());
	}

	private static List<Double> after(double... more) {
		List<Double> all = new ArrayList<>(BASELINE);
		all.addAll(values(more));
		return all;
	}

	private static List<Signal> signals(List<Double> values) {
		return ProcessBehaviour.signals(values, ProcessBehaviour.limits(BASELINE), Settings.DEFAULT);
	}

	@Test
	public void limitsFromTheBaseline() {
		Limits limits = ProcessBehaviour.limits(BASELINE);
		assertEquals(11.5, limits.mean(), 1e-9);
		assertEquals(15.0 / 11, limits.averageMovingRange(), 1e-9);
		assertEquals(7.872727, limits.lower(), 1e-6);
		assertEquals(15.127273, limits.upper(), 1e-6);
		// the baseline itself is common-cause variation
		assertEquals(List.of(), signals(BASELINE));
	}

	@Test
	public void fewerThanTwelvePointsGiveNoLimits() {
		assertNull(ProcessBehaviour.limits(BASELINE.subList(0, 11)));
	}

	@Test
	public void aSingleOutlier() {
		// 16 > 15.127273: outside; 13 alone in the outer third above (over 13.918182? no) is nothing
		assertEquals(List.of(new Signal(Rule.OUTSIDE_LIMITS, 13, 13)), signals(after(12, 16, 11)));
	}

	@Test
	public void aStepChangeIsARunOfSevenOnOneSide() {
		// seven values above 11.5 from index 12 to 18; none beyond 13.918182, no six rising
		assertEquals(List.of(new Signal(Rule.RUN, 12, 18)), signals(after(12, 13, 12, 13, 12, 13, 12, 11)));
	}

	@Test
	public void aSlowDriftIsATrendOfSix() {
		// 9, 10, 11, 12, 13, 14 (indexes 12 to 17) each higher than the one before: a trend of six (the 11
		// at index 11 is higher than 9, so the rise starts at 9); 14 and 9 are each alone in the outer
		// third of their windows, and the runs are 4 below and 3 above the mean (11.5 itself ends a run)
		assertEquals(List.of(new Signal(Rule.TREND, 12, 17)), signals(after(9, 10, 11, 12, 13, 14, 11.5)));
	}

	@Test
	public void twoOfThreeNearALimit() {
		// 14.5 and 14 beyond 13.918182, 12 between them: the window 12..14 signals once
		assertEquals(List.of(new Signal(Rule.NEAR_LIMIT, 12, 14)), signals(after(14.5, 12, 14, 11)));
		// 14.5, 12, 14, 14.5: the windows 12..14 and 13..15 both hold two beyond 13.918182; they overlap,
		// so they are one signal, 12..15, and the last value is marked as well
		assertEquals(List.of(new Signal(Rule.NEAR_LIMIT, 12, 15)), signals(after(14.5, 12, 14, 14.5)));
		// the baseline's last 11, then 14.5, 14, 11, 9, 9: two above in the windows 11..13 and 12..14 (one
		// signal, 11..14), then two below 9.081818 in 14..16: the other side, a second signal
		assertEquals(List.of(new Signal(Rule.NEAR_LIMIT, 11, 14), new Signal(Rule.NEAR_LIMIT, 14, 16)), signals(after(14.5, 14, 11, 9, 9)));
	}

	@Test
	public void aPeriodWithoutDataBreaksRunsAndMovingRanges() {
		List<Double> gap = after(12, 13, 12, 13);
		gap.add(null);
		gap.addAll(values(12, 13, 12));
		// 4 above, a gap, 3 above: no run of 7
		assertEquals(List.of(), signals(gap));
		// moving ranges skip the gap: 10, 20, null, 30 has ranges 10 only
		List<Double> baseline = values(10, 20, 10, 20, 10, 20, 10, 20, 10, 20, 10, 20);
		baseline.add(null);
		baseline.add(30.0);
		assertEquals(10.0, ProcessBehaviour.limits(baseline).averageMovingRange(), 1e-9);
	}
}
