package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code csi history} on a git repository built here: two reviews, tagged on the days they were
 * held, of a plan with one computed KPI; each KPI's figure at the end of each cycle is worked out
 * by hand from the rows below.
 */
public class HistoryCommandTest {

	private static final String PLAN = """
			package t

			plan P "Plan" owner Lead
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S
			process Pr "Process"
			role Lead "Lead" process-owner of Pr

			should measure M "Measure"
			    serves T
			    unit points
			    higher is better
			    target 10 points
			    every month

			source Rows "Rows"
			    owner Lead
			    data "rows.csv"
			    provides M every month

			gather M from Rows by Lead
			process M as "mean" by Lead
			    compute mean of "v" on "t"
			analyse M against target by Lead
			present M to Lead as dashboard

			action A "Action"
			    addresses M
			    owner Lead
			    due 2026-03-15
			    status in-progress
			""";

	/**
	 * One row a month from 1 January: January 8, February 11 and 11 (mean 11), March 13. At the first review, on
	 * 1 February, January is the latest month over: 8 against the target 10, missed. At the second,
	 * on 1 April, March: 13 against the raised target 12, met.
	 */
	private static final String ROWS = "t,v\n2026-01-01 09:00:00,8\n2026-02-03 09:00:00,11\n2026-02-20 09:00:00,11\n2026-03-05 09:00:00,13\n";

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path repository;
	private TestRepository git;

	@Before
	public void setUp() throws Exception {
		repository = temporary.newFolder("repo").toPath();
		git = TestRepository.init(repository);
		Files.writeString(repository.resolve("rows.csv"), ROWS);
		git.commit("t.csi", PLAN, "first review", "2026-02-01");
		git.tag("review-1");
		// the second review: the target raised to 12, the action closed, and a measure no source provides
		git.commit("t.csi", PLAN.replace("target 10 points", "target 12 points").replace("status in-progress", "status closed\n    outcome succeeded")
				+ "\nshould measure Q \"Queue\"\n    serves T\n    target 5\n    baseline 9 as of 2026-01-01\n", "second review", "2026-04-01");
		git.tag("review-2");
	}

	private String id(String ref) throws Exception {
		return git.id(ref);
	}

	@Test
	public void eachCycleWithItsKpisActionsAndGaps() throws Exception {
		CliRun run = CliRun.of("history", "--repository", repository.toString());
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertEquals("review-1 (" + id("review-1") + "), ended 2026-02-01: 0 of 1 KPIs on target\n"
				+ "  t.M: 8 points in 2026-01-01, missed (target 10 points)\n"
				+ "review-2 (" + id("review-2") + "), ended 2026-04-01: 1 of 1 KPIs on target\n"
				+ "  t.M: 13 points in 2026-03-01, met (target 12 points)\n"
				+ "  t.Q: not computed: baseline 9 as of 2026-01-01, target 5\n"
				+ "  action t.A: closed, outcome succeeded\n"
				+ "  Coverage gap of measure 't.Q' opened: no source provides it.\n", run.out);
	}

	@Test
	public void withoutDataTheKpisAreWhatThePlanStates() throws Exception {
		CliRun run = CliRun.of("history", "--repository", repository.toString(), "--no-data", "--tags", "review-1");
		assertEquals("review-1 (" + id("review-1") + "), ended 2026-02-01: no KPI judged\n"
				+ "  t.M: not computed: target 10 points\n", run.out);
	}

	@Test
	public void markdownShowsTheGoalpostsMoving() throws Exception {
		CliRun run = CliRun.of("history", "--repository", repository.toString(), "--format", "markdown");
		assertTrue(run.out, run.out.contains("| Cycle | Ended | KPIs on target | Actions closed | Gaps opened | Gaps closed |\n"
				+ "|---|---|---|---|---|---|\n"
				+ "| review-1 (" + id("review-1") + ") | 2026-02-01 | 0 of 1 | 0 | 0 | 0 |\n"
				+ "| review-2 (" + id("review-2") + ") | 2026-04-01 | 1 of 1 | 1 | 1 | 0 |\n"));
		assertTrue(run.out, run.out.contains("### t.M: Measure\n\n| Cycle | Target | End of cycle | Got there? |\n|---|---|---|---|\n"
				+ "| review-1 (" + id("review-1") + ") | 10 points | 8 points in 2026-01-01, missed | no |\n"
				+ "| review-2 (" + id("review-2") + ") | 12 points (was 10 points) | 13 points in 2026-03-01, met | yes |\n"));
	}

	@Test
	public void theLastCommitsWithoutTags() throws Exception {
		CliRun run = CliRun.of("history", "--repository", repository.toString(), "--last", "1", "--no-data");
		assertEquals("HEAD (" + id("HEAD") + "), ended 2026-04-01: no KPI judged\n"
				+ "  t.M: not computed: target 12 points\n"
				+ "  t.Q: not computed: baseline 9 as of 2026-01-01, target 5\n", run.out);
	}

	@Test
	public void theCommitsWhoseMessageMatches() throws Exception {
		CliRun run = CliRun.of("history", "--repository", repository.toString(), "--commits", "^second", "--no-data");
		assertEquals(id("review-2") + ", ended 2026-04-01: no KPI judged\n"
				+ "  t.M: not computed: target 12 points\n"
				+ "  t.Q: not computed: baseline 9 as of 2026-01-01, target 5\n", run.out);
		CliRun none = CliRun.of("history", "--repository", repository.toString(), "--commits", "^third");
		assertEquals("csi: no commit message matches '^third'\n", none.err);
	}

	/** A version's csi.properties may only narrow what its plans read, as in csi analyze: widening it stops the history. */
	@Test
	public void aVersionsSettingsCannotWidenWhatItReads() throws Exception {
		git.commit("csi.properties", "data.allow = /\n", "read everything", "2026-05-01");
		git.tag("review-3");
		CliRun run = CliRun.of("history", "--repository", repository.toString());
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("", run.out);
		assertTrue(run.err, run.err.startsWith("csi: data.allow names /, outside the folders this run may read"));
	}

	@Test
	public void noMatchingTagIsAClearError() {
		CliRun run = CliRun.of("history", "--repository", repository.toString(), "--tags", "release-*");
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("csi: no tag matches 'release-*'\n", run.err);
	}

	@Test
	public void theHtmlPageHasAChartPerKpiAndNoScript() throws Exception {
		Path page = temporary.getRoot().toPath().resolve("history.html");
		CliRun run = CliRun.of("history", "--repository", repository.toString(), "--format", "html", "--output", page.toString());
		assertEquals(run.err, ExitCodes.OK, run.code);
		String html = Files.readString(page);
		assertTrue(html, html.contains("<desc id=\"kpi-0-d\">review-1 (" + id("review-1") + "): 8 points in 2026-01-01, missed, target 10 points."
				+ " review-2 (" + id("review-2") + "): 13 points in 2026-03-01, met, target 12 points.</desc>"));
		assertTrue(html, html.contains("<td>12 points (was 10 points)</td><td>13 points in 2026-03-01, met</td><td><span class=\"badge done\">yes"));
		assertTrue(html, !html.contains("<script"));
	}
}
