package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code csi analyze}: steps 3 to 5 on data files, with an embedded DuckDB. */
public class AnalyzeCommandTest {

	private static final Path REPOSITORY = Paths.get(System.getProperty("csi.repository"));

	static final String PLAN = """
			package t

			plan P "Plan" owner Lead
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S

			process Pr "Process"

			role Lead "Lead" process-owner of Pr

			should measure Restore "Time to restore"
			    serves T
			    unit hours
			    lower is better
			    target 4 hours
			    tolerance 1 hours
			    every month
			    baseline 6 hours as of 2026-01-01

			source Tickets "Tickets"
			    owner Lead
			    data "tickets.csv"
			    provides Restore every month unit hours

			gather Restore from Tickets every month by Lead
			    check "resolved is set" requires "resolved IS NOT NULL"
			process Restore as "mean hours" by Lead
			    compute mean of "date_diff('minute', opened, resolved) / 60.0" on "opened"
			analyse Restore against target trend over 3 periods by Lead
			present Restore to Lead as dashboard every month
			""";

	/** Mean hours per month 6, 5.5, 5.2 and 4.5, from the first day of January; one ticket of April is not resolved. */
	static final String TICKETS = """
			opened,resolved,priority
			2026-01-01 08:00:00,2026-01-01 14:00:00,P1
			2026-02-10 08:00:00,2026-02-10 13:30:00,P1
			2026-03-10 08:00:00,2026-03-10 13:12:00,P1
			2026-04-10 08:00:00,2026-04-10 12:30:00,P1
			2026-04-11 08:00:00,,P2
			""";

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path folder;

	private CliRun analyze(String plan, String tickets, String... options) throws Exception {
		folder = temporary.newFolder().toPath();
		Files.writeString(folder.resolve("t.csi"), plan);
		if (tickets != null) {
			Files.writeString(folder.resolve("tickets.csv"), tickets);
		}
		String[] args = new String[options.length + 2];
		args[0] = "analyze";
		args[1] = folder.resolve("t.csi").toString();
		System.arraycopy(options, 0, args, 2, options.length);
		return CliRun.of(args);
	}

	private static String at(String text, String part) {
		int offset = PLAN.indexOf(text) + text.indexOf(part);
		String before = PLAN.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
		return line + ":" + (offset - before.lastIndexOf('\n'));
	}

	@Test
	public void judgesEveryPeriodAgainstTheTarget() throws Exception {
		CliRun run = analyze(PLAN, TICKETS, "--reference-date", "2026-05-15");
		String check = at("check \"resolved is set\" requires \"resolved IS NOT NULL\"", "\"resolved IS NOT NULL\"");
		// by hand: four values are too few for process limits (12); January to March missed, 3 misses in the last 6 periods:
		// the default trigger fires
		assertEquals("""
				t.Restore: Time to restore (hours, lower is better, target 4 ± 1, from source Tickets)
				  2026-01-01          6  missed           1 row
				  2026-02-01        5.5  missed           1 row
				  2026-03-01        5.2  missed           1 row
				  2026-04-01        4.5  within tolerance 2 rows
				  latest 4.5 (within tolerance); against the baseline -1.5
				  variation: no process limits yet: 4 of 12 periods with data
				  trigger: missed its target of 4 in 3 of the last 4 periods (6, 5.5, 5.2, 4.5)
				%1$s:%2$s: warning csi.data.kpi-missed: Measure 'Restore' missed its target of 4 in 3 of the last 4 periods (6, 5.5, 5.2, 4.5), which fires csi's default trigger (missed in 3 of the last 6 periods); no open corrective action addresses the measure, its gaps or a goal it serves.
				%1$s:%3$s: warning csi.data.check-failed: Check 'resolved is set' fails for 1 of 5 rows of source 'Tickets'.
				1 measure computed, 0 missing the target in the latest period; 0 errors, 2 warnings, 0 infos.
				""".formatted(folder.resolve("t.csi").toAbsolutePath().normalize(), at("should measure Restore", "Restore"), check), run.out);
		assertEquals(ExitCodes.OK, run.code);
	}

	@Test
	public void aKpiThatKeepsMissingWithoutAnActionIsAFinding() throws Exception {
		String missing = TICKETS.replace("2026-04-10 12:30:00", "2026-04-10 14:00:00");
		CliRun run = analyze(PLAN, missing, "--reference-date", "2026-05-15");
		assertTrue(run.out, run.out.contains(":" + at("should measure Restore", "Restore")
				+ ": warning csi.data.kpi-missed: Measure 'Restore' missed its target of 4 in 4 of the last 4 periods (6, 5.5, 5.2, 6),"
				+ " which fires csi's default trigger (missed in 3 of the last 6 periods); no open corrective action addresses the measure,"
				+ " its gaps or a goal it serves.\n"));
		CliRun tracked = analyze(PLAN + "\naction Faster \"Restore faster\"\n    addresses Restore\n    owner Lead\n    due 2026-12-31\n    status in-progress\n",
				missing, "--reference-date", "2026-05-15");
		assertTrue(tracked.out, !tracked.out.contains("csi.data.kpi-missed"));
		// an action on the goal the measure serves addresses it too (issue 15: it used to be ignored)
		CliRun onTheGoal = analyze(PLAN + "\naction Staff \"Staff the night shift\"\n    addresses T\n    owner Lead\n    due 2026-12-31\n    status accepted\n",
				missing, "--reference-date", "2026-05-15");
		assertTrue(onTheGoal.out, !onTheGoal.out.contains("csi.data.kpi-missed"));
		// a closed action addresses nothing any more
		CliRun closed = analyze(PLAN + "\naction Staff \"Staff the night shift\"\n    addresses T\n    owner Lead\n    due 2026-12-31\n    status closed\n",
				missing, "--reference-date", "2026-05-15");
		assertTrue(closed.out, closed.out.contains("csi.data.kpi-missed"));
	}

	@Test
	public void oldDataIsStale() throws Exception {
		CliRun run = analyze(PLAN, TICKETS, "--reference-date", "2026-08-15");
		assertTrue(run.out, run.out.contains(":" + at("gather Restore from Tickets", "Tickets")
				+ ": warning csi.data.stale: Measure 'Restore': the latest data of source 'Tickets' is for 2026-04-01, but data every month"
				+ " should reach 2026-07-01.\n"));
	}

	@Test
	public void aQuarterlyMeasureIsStaleOnlyAQuarterLate() throws Exception {
		String quarterly = PLAN.replace("    every month\n    baseline", "    every quarter\n    baseline")
				.replace("provides Restore every month", "provides Restore every quarter");
		String firstQuarter = TICKETS.lines().filter(line -> !line.contains("2026-04-")).map(line -> line + "\n").reduce("", String::concat);
		// by hand: on 2026-05-15 the current quarter began 2026-04-01, so the last complete one is the first quarter: not stale
		CliRun run = analyze(quarterly, firstQuarter, "--reference-date", "2026-05-15");
		// (6 + 5.5 + 5.2) / 3 hours = 5.57, more than 1 hour over the target of 4: missed
		assertTrue(run.out, run.out.contains("\n  2026-01-01       5.57  missed           3 rows\n"));
		assertFalse(run.out, run.out.contains("csi.data.stale"));
		// on 2026-07-01 the second quarter is over, and it has no data
		CliRun late = analyze(quarterly, firstQuarter, "--reference-date", "2026-07-01");
		assertTrue(late.out, late.out.contains(": warning csi.data.stale: Measure 'Restore': the latest data of source 'Tickets' is for"
				+ " 2026-01-01, but data every quarter should reach 2026-04-01.\n"));
	}

	@Test
	public void aDatabaseTableIsASourceToo() throws Exception {
		// a DuckDB database file through the JDBC path that PostgreSQL sources take (read-only, a table)
		// a relative path is resolved against the plan's folder, as a data file's is
		Path database = temporary.getRoot().toPath().resolve("itsm.duckdb");
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + database);
				java.sql.Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE tickets (opened TIMESTAMP, resolved TIMESTAMP, priority VARCHAR)");
			statement.execute("INSERT INTO tickets VALUES ('2026-01-10 08:00:00', '2026-01-10 14:00:00', 'P1'),"
					+ " ('2026-02-10 08:00:00', '2026-02-10 11:00:00', 'P1')");
		}
		String plan = PLAN.replace("data \"tickets.csv\"", "data \"jdbc:duckdb:../itsm.duckdb\" table \"tickets\"");
		Files.writeString(temporary.getRoot().toPath().resolve("csi.properties"), "data.allow = .\n");
		CliRun run = analyze(plan, null, "--reference-date", "2026-03-15", "--config", temporary.getRoot().toPath().resolve("csi.properties").toString());
		assertEquals(run.out, ExitCodes.OK, run.code);
		// the data starts on 10 January: January is shown, not judged
		assertTrue(run.out, run.out.contains("\n  2026-01-01          6  partial period   1 row\n  2026-02-01          3  met              1 row\n"));
	}

	@Test
	public void aMissingFileIsAnErrorAtTheSource() throws Exception {
		CliRun run = analyze(PLAN, null, "--reference-date", "2026-05-15");
		assertEquals(ExitCodes.FINDINGS, run.code);
		assertTrue(run.out, run.out.contains(":" + at("data \"tickets.csv\"", "\"tickets.csv\"")
				+ ": error csi.data.error: Source 'Tickets': data file 'tickets.csv' does not exist (looked for "));
		assertTrue(run.out, run.out.endsWith("0 measures computed, 0 missing the target in the latest period; 1 error, 0 warnings, 0 infos.\n"));
	}

	@Test
	public void anSqlErrorIsAnErrorAtTheComputation() throws Exception {
		CliRun run = analyze(PLAN.replace("date_diff('minute', opened, resolved) / 60.0", "no_such_column"), TICKETS,
				"--reference-date", "2026-05-15");
		assertEquals(ExitCodes.FINDINGS, run.code);
		assertTrue(run.out, run.out.contains(": error csi.data.error: Measure 'Restore': the query over source 'Tickets' failed: "));
		assertTrue(run.out, run.out.contains("no_such_column"));
	}

	@Test
	public void malformedRowsAreAnErrorAtTheComputationNotACrash() throws Exception {
		CliRun run = analyze(PLAN, TICKETS + "2026-04-12 08:00:00,2026-04-12 09:00:00,P1,extra,fields\nnot a date,,P3\n",
				"--reference-date", "2026-05-15");
		assertEquals(run.err, ExitCodes.FINDINGS, run.code);
		assertEquals("", run.err);
		assertTrue(run.out, run.out.contains(":" + at("compute mean", "mean") + ": error csi.data.error: Measure 'Restore': the query over"
				+ " source 'Tickets' failed: "));
	}

	@Test
	public void aQueryOfTheWrongShapeIsAnError() throws Exception {
		String plan = PLAN.replace("compute mean of \"date_diff('minute', opened, resolved) / 60.0\" on \"opened\"",
				"query \"SELECT opened, resolved, priority, 1 FROM {source}\"");
		CliRun run = analyze(plan, TICKETS, "--reference-date", "2026-05-15");
		assertTrue(run.out, run.out.contains(": error csi.data.error: Measure 'Restore': the query returns 4 columns; it must return two:"
				+ " the period (a date) and the value (a number), or three: then the number of rows behind the value.\n"));
	}

	@Test
	public void aQueryOverTheSourceComputesTheSeries() throws Exception {
		String plan = PLAN.replace("compute mean of \"date_diff('minute', opened, resolved) / 60.0\" on \"opened\"",
				"query \"SELECT date_trunc('month', CAST(opened AS TIMESTAMP)) AS period, count(*) AS value FROM {source} GROUP BY 1\"");
		CliRun run = analyze(plan, TICKETS, "--reference-date", "2026-05-15", "--format", "json");
		JsonNode json = new ObjectMapper().readTree(run.out);
		JsonNode measure = json.get("measures").get(0);
		assertEquals("t.Restore", measure.get("measure").asText());
		assertEquals("[{\"period\":\"2026-01-01\",\"actual\":1,\"rows\":null,\"status\":\"met\"},{\"period\":\"2026-02-01\",\"actual\":1,"
				+ "\"rows\":null,\"status\":\"met\"},{\"period\":\"2026-03-01\",\"actual\":1,\"rows\":null,\"status\":\"met\"},"
				+ "{\"period\":\"2026-04-01\",\"actual\":2,\"rows\":null,\"status\":\"met\"}]",
				measure.get("periods").toString());
		assertEquals(-4, measure.get("baselineChange").asDouble(), 0);
		// a finding has the shape of csi validate's, end position included (issue 13)
		assertEquals("{\"file\":\"" + folder.toAbsolutePath().normalize().resolve("t.csi").toString().replace('\\', '/') + "\",\"line\":27,"
				+ "\"column\":38,\"endLine\":27,\"endColumn\":60,\"severity\":\"warning\",\"code\":\"csi.data.check-failed\","
				+ "\"message\":\"Check 'resolved is set' fails for 1 of 5 rows of source 'Tickets'.\"}", json.get("findings").get(0).toString());
	}

	@Test
	public void aFilterThatKeepsNothingMeansNoData() throws Exception {
		CliRun run = analyze(PLAN.replace("on \"opened\"", "where \"priority = 'P9'\" on \"opened\""), TICKETS, "--reference-date", "2026-05-15");
		assertTrue(run.out, run.out.contains(": warning csi.data.no-data: Measure 'Restore': source 'Tickets' yields no data for it.\n"));
	}

	@Test
	public void controlCharactersInTitlesAndDataAreShownNotSent() throws Exception {
		String plan = PLAN.replace("\"Time to restore\"", "\"Time \u001b[2J to restore\"").replace("\"resolved is set\"", "\"resolved \u202e set\"")
				.replace("    every month\n    baseline", "    every month\n    per priority\n    baseline");
		CliRun run = analyze(plan, TICKETS.replace(",P1\n", ",P1\u001b[31m\n"), "--reference-date", "2026-05-15");
		assertTrue(run.out, run.out.startsWith("t.Restore: Time <U+001B>[2J to restore (hours, "));
		assertTrue(run.out, run.out.contains("\n  per priority=P1<U+001B>[31m: latest 4.5 (within tolerance, 1 row) for 2026-04-01; no limits yet\n"));
		assertTrue(run.out, run.out.contains("warning csi.data.check-failed: Check 'resolved <U+202E> set' fails for 1 of 5 rows"));
		assertTrue(run.out, run.out.chars().noneMatch(c -> c == 0x1b || c == 0x202e));
	}

	@Test
	public void theExamplesComputeTheirKpisFromTheirData() {
		CliRun run = CliRun.of("analyze", REPOSITORY.resolve("examples").toString());
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertTrue(run.out, run.out.startsWith("hospital.servicedesk.P1Restore: Mean time to restore P1 incidents (hours, lower is better, target 4 ± 1, from source Tickets)\n"));
		assertTrue(run.out, run.out.contains("\nhospital.servicedesk.FirstContactResolution: Share of contacts resolved at the first line"
				+ " (%, higher is better, target 70 ± 5, at least 100 rows a period, from source Tickets)\n"
				+ "  2024-12-01      59.35  missed           465 rows\n"));
		// per the measure's breakdown (per service), each against the same target and minimum sample (too few rows to judge: no limits)
		assertTrue(run.out, run.out.contains("\n  per service=EHR: latest 73.33 (too few rows, 90 rows) for 2026-11-01; no limits yet\n  per service=Email:"
				+ " latest 58.82 (too few rows, 68 rows) for 2026-11-01; no limits yet\n"));
		// issue 16: P1 restores vary around 5.34 hours, the target of 4 is hit and miss; the migration week is a concern
		assertTrue(run.out, run.out.contains("\n  variation: common cause (limits 2.01 to 8.68 hours around a mean of 5.34, from 12 periods from"
				+ " 2024-11-25); target 4 hours: hit and miss, it lies between the limits, so variation alone makes it pass and fail\n"));
		assertTrue(run.out, run.out.contains("\n  2026-03-09       9.22  missed           3 rows     signal: concern (outside)\n"));
		// the action FirstLineScripts worked: first contact resolution rose above its old limits from April 2026
		assertTrue(run.out, run.out.contains("\n  -- action 'FirstLineScripts' completed on 2026-04-01: limits computed afresh from here\n"));
		assertTrue(run.out, run.out.contains("\n  action FirstLineScripts (completed 2026-04-01): improved: 8 periods in a row above the mean of 57.08"
				+ " (2026-04-01 to 2026-11-01), against the limits 52.92 to 61.25% around a mean of 57.08 before; mean 57.08% before, 66.24% after\n"));
		assertTrue(run.out, run.out.contains("examples/service-desk/register.csi:22:15: info csi.data.action-improved: Action 'FirstLineScripts', completed on 2026-04-01: the data"
				+ " of measure 'FirstContactResolution' says improved: 8 periods in a row above the mean of 57.08 (2026-04-01 to 2026-11-01), against"
				+ " the limits 52.92 to 61.25% around a mean of 57.08 before; mean 57.08% before, 66.24% after. Record it with 'outcome succeeded'.\n"));
		assertTrue(run.out, run.out.endsWith("examples/service-desk/steps.csi:8:58: warning csi.data.check-failed: Check 'no ticket without a resolution time'"
				+ " fails for 17 of 12000 rows of source 'Tickets'.\n2 measures computed, 0 missing the target in the latest period; 0 errors, 1 warning, 1 info.\n"));
	}
}
