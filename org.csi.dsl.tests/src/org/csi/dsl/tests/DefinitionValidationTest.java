package org.csi.dsl.tests;

import static org.csi.dsl.validation.IssueCodes.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/**
 * What a measure is judged by, checked as the plan is typed: units, cadences, triggers, trend-only
 * measures and benchmarks (issue 15). Lines and columns count in {@link ValidationTest#BASE}: the
 * measure's unit is on line 14, its target on 15, its cadence on 17, its baseline on 19, and step 5 on
 * line 24.
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class DefinitionValidationTest {

	@Inject
	private PlanSetFixture fixture;

	@Before
	public void reset() {
		fixture.reset();
	}

	private static String base(String target, String replacement) {
		if (!ValidationTest.BASE.contains(target)) {
			throw new IllegalArgumentException("not in the base plan: " + target);
		}
		return ValidationTest.BASE.replace(target, replacement);
	}

	/** After the baseline, line 19: the clauses go on line 20. */
	private static String withClauses(String clauses) {
		return base("    baseline 5 hours as of 2026-01-01\n", "    baseline 5 hours as of 2026-01-01\n" + clauses);
	}

	@Test
	public void aQuantityInAUnitThatDoesNotConvertIsAnError() {
		assertEquals(List.of("15:13 error: The target 5% of should-measure 'M' is in %, which does not convert to the measure's unit hours:"
				+ " write it in minutes, hours, days or weeks."), fixture.findings(UNIT_MISMATCH, base("    target 4 hours", "    target 5%")));
		assertEquals(List.of("20:17 error: The benchmark 3 points of should-measure 'M' is in points, which does not convert to the"
				+ " measure's unit hours: write it in minutes, hours, days or weeks."),
				fixture.findings(UNIT_MISMATCH, withClauses("    benchmark 3 points from \"Peers\"\n")));
	}

	@Test
	public void durationsConvert() {
		assertEquals(List.of(), fixture.findings(UNIT_MISMATCH, base("    target 4 hours", "    target 240 minutes")));
		assertEquals(List.of(), fixture.findings(UNIT_MISMATCH, base("    target 4 hours", "    target 1 day")));
	}

	@Test
	public void aFractionOnAPercentageIsQuestioned() {
		String percent = base("    unit hours\n    target 4 hours\n    tolerance 1 hours", "    unit %\n    target 95%\n    tolerance 5")
				.replace("baseline 5 hours as of", "baseline 0.58 as of");
		// the tolerance 5 is 5 points; the baseline 0.58 is most likely 58%
		assertEquals(List.of("19:14 warning: The baseline 0.58 of should-measure 'M' looks like a fraction, but the measure is in %: did you"
				+ " mean 58%?"), fixture.findings(UNIT_FRACTION, percent));
		assertEquals(List.of(), fixture.findings(UNIT_MISMATCH, percent));
	}

	@Test
	public void onlyYearsTakeANumber() {
		assertEquals(List.of("17:11 error: 'every 2 week': only years take a number (as in 'every 2 years'); write the period itself, such"
				+ " as 'every quarter' for 3 months."), fixture.findings(CADENCE, base("    every week", "    every 2 week")));
		assertEquals(List.of(), fixture.findings(CADENCE, base("    every week", "    every 2 years")));
		assertEquals(List.of(), fixture.findings(SYNTAX, base("    every week", "    every 2 years")));
	}

	/** A biennial provision for a yearly measure is a frequency gap, said in years (before, "every 2 years" could not be written). */
	@Test
	public void aCadenceOfYearsComparesByItsLength() {
		String yearly = base("    every week", "    every year").replace("provides M every week", "provides M every 2 years");
		// the base plan's action A addresses M, so the gap is tracked
		List<String> gaps = fixture.findings(GAP_TRACKED, yearly);
		assertEquals(gaps.toString(), 1, gaps.size());
		assertTrue(gaps.get(0), gaps.get(0).contains("Frequency gap of 'M' is tracked by action 'A': it is needed every year but can be provided"
				+ " only every 2 years."));
		assertEquals(List.of(), fixture.findings(GAP_TRACKED, base("    every week", "    every 2 years").replace("provides M every week",
				"provides M every year")));
	}

	@Test
	public void aTriggerMustBeAbleToFire() {
		assertEquals(List.of("20:30 error: The trigger of should-measure 'M' asks for 4 misses in 3 periods, which can never happen."),
				fixture.findings(TRIGGER, withClauses("    trigger when missed 4 of 3 periods\n")));
		assertEquals(List.of("20:30 error: The trigger of should-measure 'M' asks for 2 misses in 1 period, which can never happen."),
				fixture.findings(TRIGGER, withClauses("    trigger when missed 2 of 1 periods\n")));
		assertEquals(List.of("20:41 error: The trigger of should-measure 'M' is for each priority, but the measure is not broken down by"
				+ " priority (only by service): add it to 'per'."), fixture.findings(TRIGGER, withClauses("    trigger when below 3 hours for each priority\n")));
		assertEquals(List.of("19:25 error: The trigger 'when missed' of should-measure 'M' needs a target to miss: add 'target <value>' or"
				+ " trigger when the value is below or above a threshold."),
				fixture.findings(TRIGGER, withClauses("    trigger when missed 2 periods\n").replace("    target 4 hours\n", "")));
		assertEquals(List.of(), fixture.findings(TRIGGER, withClauses("    trigger when missed 3 of 6 periods for each service\n"
				+ "    trigger when above 8 hours\n")));
	}

	@Test
	public void aTrendOnlyMeasureNeedsNoTarget() {
		String trendOnly = withClauses("    trend only\n").replace("    target 4 hours\n", "").replace("    tolerance 1 hours\n", "");
		assertEquals(List.of(), fixture.findings(KPI_NO_TARGET, trendOnly));
		assertEquals(List.of(), fixture.findings(KPI_NO_TOLERANCE, trendOnly));
		assertEquals(List.of("20:5 warning: Should-measure 'M' is 'trend only', yet it states a target: it is judged by its direction of"
				+ " travel, so the target is never used. Remove one of the two."), fixture.findings(TREND_ONLY_TARGET, withClauses("    trend only\n")));
	}

	@Test
	public void aBenchmarkComparisonNeedsABenchmark() {
		String against = base("analyse M against target", "analyse M against target and benchmark");
		assertEquals(List.of("24:30 warning: Step 5 analyses 'M' against a benchmark, but the measure states none: add 'benchmark <value>"
				+ " from \"<source>\"' to it."), fixture.findings(NO_BENCHMARK, against));
		assertEquals(List.of(), fixture.findings(NO_BENCHMARK, against.replace("    baseline 5 hours as of 2026-01-01\n",
				"    baseline 5 hours as of 2026-01-01\n    benchmark 4.5 hours from \"HDI\"\n")));
	}
}
