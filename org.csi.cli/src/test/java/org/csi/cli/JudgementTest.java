package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * How {@code csi analyze} judges figures (issue 15), end to end on data files written here: the whole
 * calendar of periods, the rows behind each value, percentages of few rows, improvement triggers for
 * each value of a dimension, and periods of several years. Every expected figure is worked out by hand
 * in the comment above it.
 */
public class JudgementTest {

	private static final String HEAD = """
			package t

			plan P "Plan" owner Lead
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S
			process Pr "Process"
			role Lead "Lead" process-owner of Pr

			""";

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	/** A plan of one measure M computed from "rows.csv", with these clauses and this computation. */
	private static String plan(String clauses, String computation) {
		return HEAD + "should measure M \"Measure\"\n    serves T\n" + clauses + "\n\nsource Rows \"Rows\"\n    owner Lead\n    data \"rows.csv\"\n"
				+ "    provides M\n\ngather M from Rows by Lead\nprocess M as \"by hand\" by Lead\n    compute " + computation
				+ "\nanalyse M against target by Lead\npresent M to Lead as dashboard\n";
	}

	private CliRun analyze(String plan, String rows, String reference) throws Exception {
		Path folder = temporary.newFolder().toPath();
		Files.writeString(folder.resolve("t.csi"), plan);
		Files.writeString(folder.resolve("rows.csv"), rows);
		return CliRun.of("analyze", folder.toString(), "--reference-date", reference);
	}

	/** Ten tickets on the first ten days of each month from January to June 2026; breached as the predicate says. */
	private static String tickets(java.util.function.BiPredicate<Integer, Integer> breached, java.util.function.BiFunction<Integer, Integer, String> service,
			int perMonth) {
		StringBuilder csv = new StringBuilder("opened,made_sla,service\n");
		for (int month = 1; month <= 6; month++) {
			for (int i = 0; i < perMonth; i++) {
				csv.append(String.format("2026-%02d-%02d 09:00:00,%s,%s%n", month, 1 + i % 28, !breached.test(month, i), service.apply(month, i)));
			}
		}
		return csv.toString();
	}

	/**
	 * Breaches in January, March and June only: the months between are a count of 0 with 0 rows behind
	 * it (before, they were left out, and the three breaches were "missed in each of the last 3 periods").
	 * By hand: 3 misses in the last 6 periods fire the default trigger; the run of misses is June alone.
	 */
	@Test
	public void monthsWithoutBreachesAreZero() throws Exception {
		String tickets = tickets((month, i) -> i == 0 && (month == 1 || month == 3 || month == 6), (month, i) -> "A", 10);
		CliRun run = analyze(plan("    unit breaches\n    lower is better\n    target 0 breaches\n    every month", "count where \"NOT made_sla\" on \"opened\""),
				tickets, "2026-07-01");
		assertTrue(run.out, run.out.contains("""
				  2026-01-01          1  missed           1 row
				  2026-02-01          0  met              0 rows
				  2026-03-01          1  missed           1 row
				  2026-04-01          0  met              0 rows
				  2026-05-01          0  met              0 rows
				  2026-06-01          1  missed           1 row
				"""));
		assertTrue(run.out, run.out.contains("; missed 1 period in a row\n  variation: no process limits yet: 6 of 12 periods with data\n"
				+ "  trigger: missed its target of 0 in 3 of the last 6 periods (1, 0, 1, 0, 0, 1)\n"));
		assertTrue(run.out, run.out.contains(": warning csi.data.kpi-missed: Measure 'M' missed its target of 0 in 3 of the last 6 periods"
				+ " (1, 0, 1, 0, 0, 1), which fires csi's default trigger (missed in 3 of the last 6 periods); no open corrective action"
				+ " addresses the measure, its gaps or a goal it serves.\n"));
	}

	/**
	 * Downtime rows in January, March, April and June: February and May have no rows, a sum of 0. By
	 * hand against 30 minutes: 45 missed, 0 met, 40 missed, 50 missed, 0 met, 35 missed; the run is 1,
	 * not 4 as when the empty months vanished.
	 */
	@Test
	public void aSumOverMonthsWithoutRowsIsZeroAndARunDoesNotJumpThem() throws Exception {
		String downtime = "start,minutes\n2026-01-03 10:00:00,45\n2026-03-04 10:00:00,40\n2026-04-01 10:00:00,50\n2026-06-02 10:00:00,35\n";
		CliRun run = analyze(plan("    unit minutes\n    lower is better\n    target 30 minutes\n    every month", "sum of \"minutes\" on \"start\""),
				downtime.replace("2026-01-03", "2026-01-01"), "2026-07-01");
		assertTrue(run.out, run.out.contains("""
				  2026-01-01         45  missed           1 row
				  2026-02-01          0  met              0 rows
				  2026-03-01         40  missed           1 row
				  2026-04-01         50  missed           1 row
				  2026-05-01          0  met              0 rows
				  2026-06-01         35  missed           1 row
				"""));
		assertTrue(run.out, run.out.contains("; missed 1 period in a row\n"));
		// the data starting on 3 January: January is shown, not judged
		CliRun late = analyze(plan("    unit minutes\n    lower is better\n    target 30 minutes\n    every month", "sum of \"minutes\" on \"start\""),
				downtime, "2026-07-01");
		assertTrue(late.out, late.out.contains("\n  2026-01-01         45  partial period   1 row\n"));
	}

	/**
	 * A percentage of 50 tickets a month: ITIL's advice is that a percentage of fewer than 100 cases
	 * misleads, so the months are shown but not judged, and a finding suggests counts.
	 */
	@Test
	public void aPercentageOfFewRowsIsShownNotJudged() throws Exception {
		String tickets = tickets((month, i) -> i < 10, (month, i) -> "A", 50);
		String measure = "    unit %\n    higher is better\n    target 90%\n    every month";
		CliRun run = analyze(plan(measure, "ratio of \"made_sla\" on \"opened\""), tickets, "2026-07-01");
		// by hand: 40 of 50 made the SLA, 80%, in each month
		assertTrue(run.out, run.out.contains("\n  2026-01-01         80  too few rows     50 rows\n"));
		assertTrue(run.out, run.out.contains(":12:10: warning csi.data.small-sample: Measure 'M' is a percentage of fewer than 100 rows in 6 of 6"
				+ " periods (2026-01-01: 50, 2026-02-01: 50, 2026-03-01: 50, 2026-04-01: 50, 2026-05-01: 50, 2026-06-01: 50), which are shown"
				+ " but not judged: a percentage of a few cases misleads. Show the counts instead, or state 'minimum sample <rows>' if fewer"
				+ " rows are enough.\n"));
		assertFalse(run.out, run.out.contains("csi.data.kpi-missed"));
		// stating a minimum is the team's decision: judged, no finding (80% misses 90% in all 6 months: the default trigger fires)
		CliRun stated = analyze(plan(measure + "\n    minimum sample 30", "ratio of \"made_sla\" on \"opened\""), tickets, "2026-07-01");
		assertTrue(stated.out, stated.out.contains("\n  2026-01-01         80  missed           50 rows\n"));
		assertFalse(stated.out, stated.out.contains("csi.data.small-sample"));
		assertTrue(stated.out, stated.out.contains("csi.data.kpi-missed: Measure 'M' missed its target of 90 in 6 of the last 6 periods"));
	}

	/**
	 * A trigger for each service: B's tickets breach 5 of 10 in June, 50%, below 60%; A's never do.
	 * The measure as a whole (15 of 20 in June, 75%) fires nothing of its own.
	 */
	@Test
	public void aTriggerForEachValueOfADimension() throws Exception {
		String tickets = tickets((month, i) -> month == 6 && i % 2 == 1 && i < 10, (month, i) -> i < 10 ? "B" : "A", 20);
		String measure = "    unit %\n    higher is better\n    target 90%\n    every month\n    per service\n    minimum sample 10\n"
				+ "    trigger when below 60% for each service";
		CliRun run = analyze(plan(measure, "ratio of \"made_sla\" on \"opened\""), tickets, "2026-07-01");
		assertTrue(run.out, run.out.contains("\n  2026-06-01         75  missed           20 rows\n"));
		assertTrue(run.out, run.out.contains("\n  per service=A: latest 100 (met, 10 rows) for 2026-06-01; no limits yet\n  per service=B: latest"
				+ " 50 (missed, 10 rows) for 2026-06-01; no limits yet\n  trigger: for service=B: was 50% in the period of 2026-06-01, below 60%\n"));
		assertTrue(run.out, run.out.contains(": warning csi.data.kpi-missed: Measure 'M' for service=B was 50% in the period of 2026-06-01,"
				+ " below 60%, which fires its trigger 'when below 60% for each service'; no open corrective action addresses the measure, its"
				+ " gaps or a goal it serves.\n"));
		assertEquals(1, run.out.lines().filter(line -> line.contains("csi.data.kpi-missed")).count());
	}

	/**
	 * A survey every 2 years, answered in 2021, 2023 and 2025: periods of two years start in even years,
	 * so 2020, 2022 and 2024; on 2026-12-01 the period 2024-2025 is over. By hand: means 3.5, 3.9, 4.3.
	 */
	@Test
	public void aSurveyEveryTwoYears() throws Exception {
		String answers = "answered,score\n2021-03-01 10:00:00,3\n2021-03-02 10:00:00,4\n2023-03-01 10:00:00,3.9\n2025-03-01 10:00:00,4.3\n";
		CliRun run = analyze(plan("    unit points\n    higher is better\n    target 4 points\n    every 2 years", "mean of \"score\" on \"answered\""),
				answers, "2026-12-01");
		assertEquals(run.out, ExitCodes.OK, run.code);
		assertTrue(run.out, run.out.contains("""
				  2020-01-01        3.5  partial period   2 rows
				  2022-01-01        3.9  missed           1 row
				  2024-01-01        4.3  met              1 row
				"""));
	}

	// ---- issue 16: process behaviour and verdicts on actions, end to end (the method and the figures by hand: BehaviourAnalyzerTest)

	/**
	 * One row a month from January 2025: the baseline 10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11
	 * (mean 11.5, limits 7.87 to 15.13), then {@code after}.
	 */
	private static String monthly(double... after) {
		double[] baseline = { 10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11 };
		StringBuilder csv = new StringBuilder("t,v\n");
		for (int i = 0; i < baseline.length + after.length; i++) {
			csv.append(java.time.LocalDate.of(2025, 1, 1).plusMonths(i)).append(" 00:00:00,")
					.append(i < baseline.length ? baseline[i] : after[i - baseline.length]).append('\n');
		}
		return csv.toString();
	}

	private static final String POINTS = "    unit points\n    higher is better\n    every month";

	/** An action on M completed on 2026-01-01, with these further clauses. */
	private static String action(String clauses) {
		return "\naction A \"Action\"\n    addresses M\n    owner Lead\n    due 2026-01-31\n    completed 2026-01-01\n" + clauses + "\n";
	}

	/**
	 * 14, 15, 14, 16, 15, 14, 15 after the action: a run of 7 above 11.5, improved (mean after 14.71).
	 * Without an outcome, the finding offers to record one, at the completion date (line 31). April's 16 is also
	 * beyond the upper limit, and every value after is beyond 13.92: 2 of 3 near the limit.
	 */
	@Test
	public void anActionThatWorked() throws Exception {
		CliRun run = analyze(plan(POINTS, "mean of \"v\" on \"t\"") + action("    status monitoring"), monthly(14, 15, 14, 16, 15, 14, 15),
				"2026-08-01");
		assertTrue(run.out, run.out.contains("  -- action 'A' completed on 2026-01-01: limits computed afresh from here\n"
				+ "  2026-01-01         14  no target        1 row      signal: improvement (run, near)\n"));
		assertTrue(run.out, run.out.contains("  2026-04-01         16  no target        1 row      signal: improvement (run, near, outside)\n"));
		assertTrue(run.out, run.out.contains("\n  variation: special cause: improvement, 7 periods in a row above the mean of 11.5 (2026-01-01 to"
				+ " 2026-07-01) (against the limits 7.87 to 15.13 points around a mean of 11.5 before; since action 'A' completed (2026-01-01): 7"
				+ " of 12 periods for limits of its own)\n"));
		assertTrue(run.out, run.out.contains("\n  action A (completed 2026-01-01): improved: 7 periods in a row above the mean of 11.5 (2026-01-01 to"
				+ " 2026-07-01), against the limits 7.87 to 15.13 points around a mean of 11.5 before; mean 11.5 points before, 14.71 points after\n"));
		assertTrue(run.out, run.out.contains("t.csi:31:15: info csi.data.action-improved: Action 'A', completed on 2026-01-01: the data of measure"
				+ " 'M' says improved: 7 periods in a row above the mean of 11.5 (2026-01-01 to 2026-07-01), against the limits 7.87 to 15.13 points"
				+ " around a mean of 11.5 before; mean 11.5 points before, 14.71 points after. Record it with 'outcome succeeded'.\n"));
	}

	/**
	 * 11, 12, 11, 12, 11, 12, 11 after an action recorded as succeeded: no signal after 7 periods, so the
	 * data contradicts the outcome (a warning at it, line 33); 10, 11, 10, 9, 11, 10, 11: a run below the
	 * mean where higher is better, worsened (a warning at the completion date).
	 */
	@Test
	public void anActionThatDidNotWork() throws Exception {
		CliRun same = analyze(plan(POINTS, "mean of \"v\" on \"t\"") + action("    status closed\n    outcome succeeded"),
				monthly(11, 12, 11, 12, 11, 12, 11), "2026-08-01");
		assertTrue(same.out, same.out.contains("t.csi:33:13: warning csi.data.action-no-improvement: Action 'A' is recorded as succeeded, but the"
				+ " data of measure 'M' shows no improvement since its completion on 2026-01-01: 7 periods since 2026-01-01 show no signal against"
				+ " the limits 7.87 to 15.13 points around a mean of 11.5 before; mean 11.5 points before, 11.43 points after.\n"));
		CliRun worse = analyze(plan(POINTS, "mean of \"v\" on \"t\"") + action("    status closed"), monthly(10, 11, 10, 9, 11, 10, 11),
				"2026-08-01");
		assertTrue(worse.out, worse.out.contains("t.csi:31:15: warning csi.data.action-worsened: Action 'A', completed on 2026-01-01: the data"
				+ " of measure 'M' says worsened: 7 periods in a row below the mean of 11.5 (2026-01-01 to 2026-07-01), against the limits 7.87 to"
				+ " 15.13 points around a mean of 11.5 before; mean 11.5 points before, 10.29 points after. Record it with 'outcome failed'.\n"));
		// three periods after: no signal yet, and nothing to record
		CliRun early = analyze(plan(POINTS, "mean of \"v\" on \"t\"") + action("    status monitoring"), monthly(12, 13, 11), "2026-04-01");
		assertTrue(early.out, early.out.contains("\n  action A (completed 2026-01-01): no signal yet: 3 periods since 2026-01-01, 4 more needed before a"
				+ " run of 7 can show a change; mean 11.5 points before, 12 points after\n"));
		assertFalse(early.out, early.out.contains("csi.data.action-"));
	}

	/**
	 * A change stated on the measure (mid-December 2025) starts a new stretch at the first period on or
	 * after it, January 2026: the seven values after (14, 15, 14, 16, 15, 14, 15) are too few for limits
	 * of their own, so they are judged against the limits before (7.87 to 15.13 around 11.5), where they
	 * make a run of 7 above the mean: an improvement, and no action to give a verdict on.
	 */
	@Test
	public void aChangeStatedOnTheMeasureStartsNewLimits() throws Exception {
		String measure = POINTS + "\n    changed on 2025-12-15 because \"New triage\"";
		CliRun run = analyze(plan(measure, "mean of \"v\" on \"t\""), monthly(14, 15, 14, 16, 15, 14, 15), "2026-08-01");
		assertEquals(run.out, ExitCodes.OK, run.code);
		assertTrue(run.out, run.out.contains("  2025-12-01         11  no target        1 row\n"
				+ "  -- process changed: New triage on 2025-12-15: limits computed afresh from here\n"
				+ "  2026-01-01         14  no target        1 row      signal: improvement (run, near)\n"));
		assertTrue(run.out, run.out.contains("\n  variation: special cause: improvement, 7 periods in a row above the mean of 11.5 (2026-01-01 to"
				+ " 2026-07-01) (against the limits 7.87 to 15.13 points around a mean of 11.5 before; since process changed: New triage"
				+ " (2026-01-01): 7 of 12 periods for limits of its own)\n"));
		// May, June and July are all beyond 13.92, two thirds of the way to the upper limit: July is marked too
		assertTrue(run.out, run.out.contains("\n  2026-07-01         15  no target        1 row      signal: improvement (run, near)\n"));
		assertFalse(run.out, run.out.contains("  action "));
		assertFalse(run.out, run.out.contains("csi.data.action-"));
	}

	/**
	 * A target of 16 where higher is better lies above the upper limit 15.13: the process as it runs
	 * will miss it every month (a warning at the target, line 15), unless an open action addresses M.
	 */
	@Test
	public void aTargetTheProcessCannotReach() throws Exception {
		String measure = POINTS + "\n    target 16 points";
		CliRun run = analyze(plan(measure, "mean of \"v\" on \"t\""), monthly(), "2026-01-01");
		assertTrue(run.out, run.out.contains("\n  variation: common cause (limits 7.87 to 15.13 points around a mean of 11.5, from 12 periods from"
				+ " 2025-01-01); target 16 points: consistently missed, it lies beyond the limits: the process as it runs will not reach it\n"));
		assertTrue(run.out, run.out.contains("t.csi:15:12: warning csi.data.target-unreachable: Measure 'M': its target of 16 points lies beyond"
				+ " its limits 7.87 to 15.13 points around a mean of 11.5 (12 periods from 2025-01-01): the target cannot be reached by this process"
				+ " as it runs today. Change the process (an action that addresses the measure) or the target.\n"));
		String open = "\naction B \"Action\"\n    addresses M\n    owner Lead\n    due 2026-06-30\n    status in-progress\n";
		CliRun addressed = analyze(plan(measure, "mean of \"v\" on \"t\"") + open, monthly(), "2026-01-01");
		assertFalse(addressed.out, addressed.out.contains("csi.data.target-unreachable"));
	}

	/**
	 * The reports of the action that worked: the HTML leads with the KPI (latest 15 points in July,
	 * no target, a special cause of improvement), the chart describes its limits, the change and the
	 * signals in words (its text alternative), the register and the Markdown say what the data says,
	 * and the CSV has the verdict.
	 */
	@Test
	public void theReportsSayWhetherTheActionWorked() throws Exception {
		Path folder = temporary.newFolder().toPath();
		Files.writeString(folder.resolve("t.csi"), plan(POINTS, "mean of \"v\" on \"t\"") + action("    status monitoring"));
		Files.writeString(folder.resolve("rows.csv"), monthly(14, 15, 14, 16, 15, 14, 15));
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("report", folder.toString(), "--out", out.toString(), "--reference-date", "2026-08-01");
		assertEquals(run.out + run.err, ExitCodes.OK, run.code);
		String html = Files.readString(out.resolve("t.P.html"));
		assertTrue(html, html.contains("<p class=\"asof\">Figures from the data up to the period of 2026-07-01.</p>"));
		assertTrue(html, html.contains("<tr><th scope=\"row\"><a href=\"#measure-0\">M</a><br><span class=\"none\">Measure</span></th>"
				+ "<td data-label=\"Latest\" class=\"nowrap\">15 points (2026-07-01)</td><td data-label=\"Status\"><span class=\"badge none\">no"
				+ " target</span></td><td data-label=\"Variation\"><span class=\"badge improvement\">\u25b2 special cause: improvement</span></td>"
				+ "<td data-label=\"Assurance\"><span class=\"badge none\">no target</span></td><td data-label=\"Being done\">A</td></tr>"));
		assertTrue(html, html.contains("Process limits 7.87 to 15.13 around a mean of 11.5 from 2025-01-01. From 2026-01-01: action &#39;A&#39;"
				+ " completed. Limits carried from before 7.87 to 15.13 around a mean of 11.5 from 2026-01-01."));
		assertTrue(html, html.contains("Signal (improvement): 7 periods in a row above the mean of 11.5 (2026-01-01 to 2026-07-01)."));
		assertTrue(html, html.contains("<td><span class=\"badge done\">improved</span><br>M: improved: 7 periods in a row above the mean"
				+ " of 11.5 (2026-01-01 to 2026-07-01), against the limits 7.87 to 15.13 points around a mean of 11.5 before; mean 11.5 points"
				+ " before, 14.71 points after</td></tr>"));
		String markdown = Files.readString(out.resolve("t.P.md"));
		assertTrue(markdown, markdown.contains("| M | 15 points (2026-07-01) | no target | \u25b2 special cause: improvement | no target | A |"));
		assertTrue(markdown, markdown.contains("| Action | Completed | Verdict |\n|---|---|---|\n| A | 2026-01-01 | M: improved: 7 periods in a row"
				+ " above the mean of 11.5 (2026-01-01 to 2026-07-01), against the limits 7.87 to 15.13 points around a mean of 11.5 before; mean"
				+ " 11.5 points before, 14.71 points after |"));
		assertTrue(markdown, markdown.contains("<details><summary>Values per period (19)</summary>"));
		String csv = Files.readString(out.resolve("t.P.register.csv"));
		assertTrue(csv, csv.contains(",2026-01-01,\"M: improved: 7 periods in a row above the mean of 11.5 (2026-01-01 to 2026-07-01), against the"
				+ " limits 7.87 to 15.13 points around a mean of 11.5 before; mean 11.5 points before, 14.71 points after\"\r\n"));
	}
}
