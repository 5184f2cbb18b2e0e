package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A plan may come from anyone: its data clauses read only inside the plan set (unless
 * {@code data.allow} says otherwise), and its queries read, never write (issue 7).
 */
public class DataConfinementTest {

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path root;
	private Path plans;

	@Before
	public void folders() throws Exception {
		root = temporary.getRoot().toPath().toRealPath();
		plans = Files.createDirectory(root.resolve("plans"));
		Files.writeString(root.resolve("secret.csv"), AnalyzeCommandTest.TICKETS);
	}

	private CliRun analyze(String plan) throws Exception {
		Files.writeString(plans.resolve("t.csi"), plan);
		return CliRun.of("analyze", plans.toString(), "--reference-date", "2026-05-15");
	}

	private static String withData(String location) {
		return AnalyzeCommandTest.PLAN.replace("data \"tickets.csv\"", "data \"" + location + "\"");
	}

	private static String withQuery(String sql) {
		return AnalyzeCommandTest.PLAN.replace("compute mean of \"date_diff('minute', opened, resolved) / 60.0\" on \"opened\"",
				"query \"" + sql + "\"");
	}

	private String outside(String location) {
		return "error csi.data.error: Source 'Tickets': data file '" + location + "' is outside the folders this plan set may read ("
				+ plans + "); to read it, add its folder to 'data.allow' in csi.properties.\n";
	}

	@Test
	public void aFileAboveThePlanSetIsNotRead() throws Exception {
		CliRun run = analyze(withData("../secret.csv"));
		assertEquals(ExitCodes.FINDINGS, run.code);
		assertTrue(run.out, run.out.contains("plans/t.csi:23:10: " + outside("../secret.csv")));
		assertFalse(run.out, run.out.contains("2026-01-01"));
	}

	@Test
	public void anAbsolutePathOutsideIsNotRead() throws Exception {
		CliRun run = analyze(withData(root.resolve("secret.csv").toString()));
		assertTrue(run.out, run.out.contains(outside(root.resolve("secret.csv").toString())));
	}

	@Test
	public void aSymbolicLinkOutOfThePlanSetIsNotFollowed() throws Exception {
		Files.createSymbolicLink(plans.resolve("tickets.csv"), root.resolve("secret.csv"));
		CliRun run = analyze(AnalyzeCommandTest.PLAN);
		assertTrue(run.out, run.out.contains(outside("tickets.csv")));
	}

	@Test
	public void aDatabaseFileOutsideIsNotOpened() throws Exception {
		CliRun run = analyze(AnalyzeCommandTest.PLAN.replace("data \"tickets.csv\"", "data \"jdbc:duckdb:../other.duckdb\" table \"t\""));
		// not created either: DuckDB would create a missing database file
		assertTrue(run.out, run.out.contains("error csi.data.error: Source 'Tickets': data file '../other.duckdb' does not exist"));
		assertFalse(Files.exists(root.resolve("other.duckdb")));
	}

	@Test
	public void dataAllowOpensAnotherFolder() throws Exception {
		Files.writeString(plans.resolve("csi.properties"), "# the team's shared exports\ndata.allow = ..\n");
		CliRun run = analyze(withData("../secret.csv"));
		assertEquals(run.out, ExitCodes.OK, run.code);
		assertTrue(run.out, run.out.contains("\n  2026-01-01          6  missed\n"));
	}

	@Test
	public void aQueryCannotWriteAFile() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		CliRun run = analyze(withQuery("COPY (SELECT 1) TO 'written.csv'"));
		assertTrue(run.out, run.out.contains("error csi.data.error: Measure 'Restore': the query over source 'Tickets' failed: only a"
				+ " SELECT statement may read the data: a query cannot create, change or drop anything.\n"));
		CliRun export = analyze(withQuery("SELECT * FROM (SELECT 1) TO 'written.csv'"));
		assertTrue(export.out, export.out.contains("error csi.data.error: Measure 'Restore': the query over source 'Tickets' failed:"));
		assertFalse(Files.exists(plans.resolve("written.csv")));
		assertFalse(Files.exists(Path.of("written.csv")));
	}

	@Test
	public void aQueryCannotReadAnotherFile() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		CliRun run = analyze(withQuery("SELECT opened::DATE, 1 FROM read_csv_auto('" + root.resolve("secret.csv") + "')"));
		assertTrue(run.out, run.out.contains("error csi.data.error: Measure 'Restore': the query over source 'Tickets' failed: Permission Error:"
				+ " Cannot access file \"" + root.resolve("secret.csv") + "\" - file system operations are disabled by configuration.\n"));
	}

	@Test
	public void aQueryCannotDropOrEmptyTheRowsTheChecksRead() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		CliRun drop = analyze(withQuery("SELECT 1; DROP TABLE {source}"));
		assertTrue(drop.out, drop.out.contains("failed: only a SELECT statement may read the data: a query cannot create, change or drop anything.\n"));
		// a DELETE inside a WITH is a SELECT statement: it runs, and is undone before the check reads the rows
		CliRun delete = analyze(withQuery("WITH gone AS (DELETE FROM {source} RETURNING opened) SELECT max(opened::DATE), count(*) FROM gone"));
		assertTrue(delete.out, delete.out.contains("warning csi.data.check-failed: Check 'resolved is set' fails for 1 of 5 rows"));
		assertEquals(AnalyzeCommandTest.TICKETS, Files.readString(plans.resolve("tickets.csv")));
	}

	@Test
	public void aDatabaseFileIsOpenedReadOnly() throws Exception {
		Path database = plans.resolve("itsm.duckdb");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE tickets AS SELECT * FROM read_csv_auto('" + root.resolve("secret.csv") + "')");
		}
		String plan = withQuery("WITH gone AS (DELETE FROM tickets RETURNING opened) SELECT max(opened::DATE), count(*) FROM gone")
				.replace("data \"tickets.csv\"", "data \"jdbc:duckdb:itsm.duckdb\" table \"tickets\"");
		CliRun run = analyze(plan);
		assertTrue(run.out, run.out.contains("error csi.data.error: Measure 'Restore': the query over source 'Tickets' failed:"));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM tickets")) {
			rows.next();
			assertEquals(5, rows.getInt(1));
		}
	}
}
