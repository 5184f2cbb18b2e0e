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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A plan may come from anyone (issue 12): its data clauses read only inside the plan set, unless
 * the command line or the environment allow more (csi.properties may only narrow); no plan text
 * reaches SQL before DuckDB is closed to the file system; every statement with plan text is one
 * query that only reads; limits hold. Each attack of the issue is a test here; the same on
 * PostgreSQL is in {@link PostgresSourceTest}.
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

	private CliRun analyze(String plan, String... options) throws Exception {
		Files.writeString(plans.resolve("t.csi"), plan);
		String[] args = new String[options.length + 4];
		args[0] = "analyze";
		args[1] = plans.toString();
		args[2] = "--reference-date";
		args[3] = "2026-05-15";
		System.arraycopy(options, 0, args, 4, options.length);
		return CliRun.of(args);
	}

	private static String withData(String location) {
		return AnalyzeCommandTest.PLAN.replace("data \"tickets.csv\"", "data \"" + location + "\"");
	}

	private static String withQuery(String sql) {
		return AnalyzeCommandTest.PLAN.replace("compute mean of \"date_diff('minute', opened, resolved) / 60.0\" on \"opened\"",
				"query \"" + sql + "\"");
	}

	private String outside(String location, Path... folders) {
		String allowed = folders.length == 0 ? plans.toString() : String.join(", ", java.util.Arrays.stream(folders).map(Path::toString).toList());
		return "error csi.data.error: Source 'Tickets': data file '" + location + "' is outside the folders this plan set may read ("
				+ allowed + "); to read it, allow its folder with --data-allow or CSI_DATA_ALLOW (csi.properties cannot widen what a plan"
				+ " set reads).\n";
	}

	private static final String REFUSED = "t.csi:29:11: error csi.data.error: Measure 'Restore': the query was refused: ";

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

	// ---- 3. the allow-list comes from whoever runs csi, not from the pull request

	@Test
	public void csiPropertiesCannotWidenWhatThePlanSetReads() throws Exception {
		Files.writeString(plans.resolve("csi.properties"), "data.allow = /\n");
		CliRun run = analyze(withData("../secret.csv"));
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("csi: data.allow names /, outside the folders this run may read (" + plans + "): csi.properties comes with the plans"
				+ " and may only narrow what they read; allow a folder outside with --data-allow or CSI_DATA_ALLOW\n", run.err);
		assertEquals("", run.out);
		Files.writeString(plans.resolve("csi.properties"), "data.allow = ..\n");
		assertEquals(ExitCodes.USAGE, analyze(withData("../secret.csv")).code);
	}

	@Test
	public void csiPropertiesMayNarrowWhatThePlanSetReads() throws Exception {
		Files.createDirectory(plans.resolve("exports"));
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		Files.writeString(plans.resolve("csi.properties"), "data.allow = exports\n");
		CliRun run = analyze(AnalyzeCommandTest.PLAN);
		assertTrue(run.out, run.out.contains(outside("tickets.csv", plans.resolve("exports"))));
	}

	@Test
	public void theCommandLineAllowsAnotherFolder() throws Exception {
		CliRun run = analyze(withData("../secret.csv"), "--data-allow", root.toString());
		assertEquals(run.out, ExitCodes.OK, run.code);
		assertTrue(run.out, run.out.contains("\n  2026-01-01          6  missed           1 row\n"));
	}

	@Test
	public void theEnvironmentAllowsAnotherFolder() throws Exception {
		Files.writeString(plans.resolve("t.csi"), withData("../secret.csv"));
		Path log = root.resolve("log.txt");
		Process process = CliProcess.start(log, Map.of("CSI_DATA_ALLOW", root.toString()), "analyze", plans.toString(), "--reference-date",
				"2026-05-15");
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertTrue(Files.readString(log), Files.readString(log).contains("\n  2026-01-01          6  missed           1 row\n"));
		assertEquals(Files.readString(log), ExitCodes.OK, process.exitValue());
	}

	// ---- 2. globs

	@Test
	public void aGlobInADataPathIsRefused() throws Exception {
		// a folder literally named '*' holding a link out of the plan set: DuckDB would expand the glob and follow the link
		Path star = Files.createDirectory(plans.resolve("*"));
		Files.createSymbolicLink(star.resolve("lnk"), root);
		Files.writeString(star.resolve("secret.csv"), AnalyzeCommandTest.TICKETS);
		for (String glob : new String[] { "*/secret.csv", "?/secret.csv", "*/lnk/secret.csv", "[*]/secret.csv", "{a,b}.json" }) {
			CliRun run = analyze(withData(glob));
			assertTrue(run.out, run.out.contains("t.csi:23:10: error csi.data.error: Source 'Tickets': a data path names one file; csi does"
					+ " not expand '*', '?', '[' or '{' (list each file as its own source).\n"));
			assertFalse(run.out, run.out.contains("2026-01-01"));
			CliRun validate = CliRun.of("validate", plans.toString());
			assertTrue(validate.out, validate.out.contains("t.csi:23:10: error csi.data.source: Source data '" + glob + "' cannot be read:"
					+ " a data path names one file; csi does not expand '*', '?', '[' or '{' (list each file as its own source).\n"));
		}
	}

	@Test
	public void aFolderNamedLikeAGlobIsNotReadThrough() throws Exception {
		Path star = Files.createDirectory(plans.resolve("a*"));
		Files.writeString(star.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		Files.createSymbolicLink(plans.resolve("plain"), star);
		CliRun run = analyze(withData("plain/tickets.csv"));
		assertTrue(run.out, run.out.contains("t.csi:23:10: error csi.data.error: Source 'Tickets': data file 'plain/tickets.csv' lies in a"
				+ " folder whose name has '*', '?', '[', '{', a quote or a control character (" + star.resolve("tickets.csv")
				+ "); csi does not read through such a path, which DuckDB could expand to other files.\n"));
	}

	// ---- 1. no plan text reaches SQL before the sandbox is closed; one read-only query

	@Test
	public void sqlInATableNameIsRefused() throws Exception {
		Path written = root.resolve("x.txt");
		String table = "(SELECT 1); COPY (SELECT 'x' AS x) TO '" + written + "'";
		Files.writeString(plans.resolve("itsm.duckdb"), ""); // never opened
		CliRun run = analyze(AnalyzeCommandTest.PLAN.replace("data \"tickets.csv\"", "data \"jdbc:duckdb:itsm.duckdb\" table \"" + table + "\""));
		assertTrue(run.out, run.out.contains("t.csi:23:10: error csi.data.error: Source 'Tickets': 'table' names a table or view (letters,"
				+ " digits and '_', optionally after a schema and a dot, such as \"itsm.incidents\"), not SQL.\n"));
		assertFalse(Files.exists(written));
		CliRun validate = CliRun.of("validate", plans.toString());
		assertTrue(validate.out, validate.out.contains("t.csi:23:10: error csi.data.source: Source data 'jdbc:duckdb:itsm.duckdb' cannot be"
				+ " read: 'table' names a table or view"));
	}

	@Test
	public void anInMemoryDuckdbIsRefused() throws Exception {
		CliRun run = analyze(AnalyzeCommandTest.PLAN.replace("data \"tickets.csv\"",
				"data \"jdbc:duckdb:\" table \"read_text('/proc/self/environ')\""));
		assertTrue(run.out, run.out.contains("t.csi:23:10: error csi.data.error: Source 'Tickets': an in-memory DuckDB holds no data; name a"
				+ " DuckDB database file (jdbc:duckdb:data/itsm.duckdb) or a data file.\n"));
		assertFalse(run.out, run.out.contains("PATH="));
	}

	@Test
	public void aQueryCannotReadTheEnvironmentOrAnotherFile() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		CliRun environ = analyze(withQuery("SELECT current_date, length(content) FROM read_text('/proc/self/environ')"));
		assertTrue(environ.out, environ.out.contains(REFUSED + "the function read_text() reaches outside the rows a plan may read (files,"
				+ " the environment, other servers, settings or SQL in a string); a query may only read its source's rows.\n"));
		assertFalse(environ.out, environ.out.contains("PATH="));
		CliRun csv = analyze(withQuery("SELECT opened::DATE, 1 FROM read_csv_auto('" + root.resolve("secret.csv") + "')"));
		assertTrue(csv.out, csv.out.contains(REFUSED + "the function read_csv_auto() reaches outside"));
		CliRun replacement = analyze(withQuery("SELECT opened::DATE, 1 FROM '" + root.resolve("secret.csv") + "'"));
		assertTrue(replacement.out, replacement.out.contains(REFUSED + "'" + root.resolve("secret.csv")
				+ "' names a file, not a table; a query reads only its source's rows.\n"));
	}

	@Test
	public void aQueryCannotWriteAttachOrInstall() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		Path written = root.resolve("written.csv");
		assertTrue(analyze(withQuery("COPY (SELECT 1) TO '" + written + "'")).out.contains(REFUSED
				+ "csi could not read it as one SQL query, and runs nothing it has not checked ("));
		assertTrue(analyze(withQuery("ATTACH '" + root.resolve("x.db") + "' AS x")).out.contains(REFUSED
				+ "csi could not read it as one SQL query, and runs nothing it has not checked ("));
		assertTrue(analyze(withQuery("INSTALL httpfs")).out.contains(REFUSED + "csi could not read it as one SQL query"));
		assertTrue(analyze(withQuery("SELECT 1; DROP TABLE {source}")).out.contains(REFUSED
				+ "it must be exactly one SELECT statement, found 2.\n"));
		assertTrue(analyze(withQuery("SELECT * INTO copied FROM {source}")).out.contains(REFUSED
				+ "SELECT ... INTO creates a table; a query may only read.\n"));
		assertFalse(Files.exists(written));
		assertFalse(Files.exists(root.resolve("x.db")));
	}

	@Test
	public void aQueryCannotDropOrEmptyTheRowsTheChecksRead() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		CliRun delete = analyze(withQuery("WITH gone AS (DELETE FROM {source} RETURNING opened) SELECT max(opened::DATE), count(*) FROM gone"));
		assertTrue(delete.out, delete.out.contains(REFUSED + "a query may only read; it holds a DELETE, which could create, change or drop things.\n"));
		assertTrue(delete.out, delete.out.contains("warning csi.data.check-failed: Check 'resolved is set' fails for 1 of 5 rows"));
		assertEquals(AnalyzeCommandTest.TICKETS, Files.readString(plans.resolve("tickets.csv")));
	}

	@Test
	public void aFilterOrAConditionCannotEndTheStatementAroundIt() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		String filter = AnalyzeCommandTest.PLAN.replace("on \"opened\"", "where \"1 = 1; DROP TABLE x; --\" on \"opened\"");
		CliRun run = analyze(filter);
		assertTrue(run.out, run.out.contains("t.csi:29:13: error csi.data.error: Measure 'Restore': the query was refused: the 'where' filter"
				+ " must be one SQL expression, such as \"priority = 'P1'\" ("));
		String condition = AnalyzeCommandTest.PLAN.replace("requires \"resolved IS NOT NULL\"", "requires \"true)) ; DELETE FROM x; --\"");
		CliRun check = analyze(condition);
		assertTrue(check.out, check.out.contains("t.csi:27:38: error csi.data.error: Check 'resolved is set' could not run: it was refused:"
				+ " the condition must be one SQL expression, such as \"priority = 'P1'\" ("));
		CliRun validate = CliRun.of("validate", plans.toString());
		assertTrue(validate.out, validate.out.contains("t.csi:27:38: error csi.data.computation: This check cannot run: the condition must be"
				+ " one SQL expression"));
	}

	@Test
	public void aDatabaseFileIsOpenedReadOnly() throws Exception {
		Path database = plans.resolve("itsm.duckdb");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE tickets AS SELECT * FROM read_csv_auto('" + root.resolve("secret.csv") + "')");
		}
		String plan = withQuery("SELECT max(opened::DATE), count(*) FROM {source}")
				.replace("data \"tickets.csv\"", "data \"jdbc:duckdb:itsm.duckdb\" table \"tickets\"");
		CliRun run = analyze(plan);
		assertTrue(run.out, run.out.contains("\n  2026-04-11          5  within tolerance\n"));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM tickets")) {
			rows.next();
			assertEquals(5, rows.getInt(1));
		}
	}

	// ---- 8. limits

	@Test
	public void aQueryOverTheMemoryLimitIsAFinding() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		CliRun run = analyze(withQuery("SELECT max(opened::DATE), count(DISTINCT range) FROM {source}, range(20000000)"), "--data-memory",
				"64MB");
		assertTrue(run.out, run.out.contains("t.csi:29:11: error csi.data.error: Measure 'Restore': the query over source 'Tickets' failed:"
				+ " Out of Memory Error: "));
		assertEquals("", run.err);
	}

	@Test
	public void aQueryOfTooManyRowsIsAFinding() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		CliRun run = analyze(withQuery("SELECT CAST(opened AS DATE) + CAST(range AS INTEGER), 1 FROM {source}, range(300000)"));
		assertTrue(run.out, run.out.contains("t.csi:29:11: error csi.data.error: Measure 'Restore': the query returns more than 1,000,000 rows;"
				+ " a measure has one value per period: aggregate the rows with GROUP BY.\n"));
		assertEquals("", run.err);
	}

	@Test
	public void theRunsTimeBudgetStopsALongQuery() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		long start = System.nanoTime();
		CliRun run = analyze(withQuery("SELECT max(opened::DATE), count(*) FROM {source}, range(2000000000000)"), "--time-budget", "2");
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		assertTrue(run.out, run.out.contains("t.csi:29:11: error csi.data.budget: Measure 'Restore' was not computed: it ran past its limit"
				+ " of 2 s and was stopped.\n"));
		// the check after it has no time left
		assertTrue(run.out, run.out.contains("t.csi:27:38: error csi.data.budget: Check 'resolved is set' could not run: the run's time"
				+ " budget of 2 s is used up (--time-budget).\n"));
		assertTrue("took " + seconds + " s", seconds < 20);
	}

	// ---- 6. numbers that cannot be represented, and a plan set too big to check

	@Test
	public void aNanCellIsAFindingNotACrash() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), "opened,hours\n2026-01-10 08:00:00,5\n2026-02-10 08:00:00,NaN\n");
		CliRun run = analyze(AnalyzeCommandTest.PLAN.replace("\"date_diff('minute', opened, resolved) / 60.0\"", "\"hours\"")
				.replace("    check \"resolved is set\" requires \"resolved IS NOT NULL\"\n", ""));
		assertEquals(run.out + run.err, ExitCodes.FINDINGS, run.code);
		assertTrue(run.out, run.out.contains("t.csi:28:13: error csi.number.range: Measure 'Restore': the value for the period of 2026-02-01"
				+ " is NaN, not a finite number: a cell of the source holds NaN or an infinity, or a sum overflowed. Filter such rows out with"
				+ " 'where'.\n"));
		assertEquals("", run.err);
	}

	/** The same for a benchmark and a trigger's threshold (issue 15): nothing is computed with a number csi cannot compare. */
	@Test
	public void anAbsurdBenchmarkOrThresholdIsAFindingNotACrash() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		String digits = "9".repeat(400);
		String baseline = "    baseline 6 hours as of 2026-01-01\n";
		CliRun benchmark = analyze(AnalyzeCommandTest.PLAN.replace(baseline, baseline + "    benchmark " + digits + " hours\n"));
		assertEquals(benchmark.out + benchmark.err, ExitCodes.FINDINGS, benchmark.code);
		assertTrue(benchmark.out, benchmark.out.contains("t.csi:20:15: error csi.number.range: Measure 'Restore': The number"
				+ " 9999999999...999999 (400 characters) is too large: csi compares figures below 10^15; it is not computed.\n"));
		assertTrue(benchmark.out, benchmark.out.contains("0 measures computed"));
		CliRun threshold = analyze(AnalyzeCommandTest.PLAN.replace(baseline, baseline + "    trigger when above " + digits + " hours\n"));
		assertTrue(threshold.out, threshold.out.contains("t.csi:20:24: error csi.number.range: Measure 'Restore': The number"
				+ " 9999999999...999999 (400 characters) is too large: csi compares figures below 10^15; it is not computed.\n"));
		assertEquals("", threshold.err);
	}

	@Test
	public void anAbsurdTargetIsAFindingNotACrash() throws Exception {
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		String digits = "9".repeat(400);
		CliRun run = analyze(AnalyzeCommandTest.PLAN.replace("target 4 hours", "target " + digits + " hours"));
		assertEquals(run.out + run.err, ExitCodes.FINDINGS, run.code);
		assertTrue(run.out, run.out.contains("t.csi:16:12: error csi.number.range: Measure 'Restore': The number 9999999999...999999"
				+ " (400 characters) is too large: csi compares figures below 10^15; it is not computed.\n"));
		assertEquals("", run.err);
		CliRun validate = CliRun.of("validate", plans.toString());
		assertTrue(validate.out, validate.out.contains("t.csi:16:12: error csi.number.range: The number 9999999999...999999 (400 characters)"
				+ " is too large: csi compares figures below 10^15.\n"));
	}

	@Test
	public void aPlanSetTooBigToCheckIsRefusedBeforeReading() throws Exception {
		// nine files under the 8 MB limit of one file, 64.4 MB in all
		String line = "// " + "x".repeat(96) + "\n";
		String text = line.repeat(75_000);
		for (int i = 0; i < 9; i++) {
			Files.writeString(plans.resolve("big" + i + ".csi"), text);
		}
		CliRun run = CliRun.of("validate", plans.toString());
		assertEquals(run.err, ExitCodes.USAGE, run.code);
		assertTrue(run.err, run.err.startsWith("csi: the plan set is 64.4 MB in 9 files; csi checks up to 64.0 MB at once with this heap ("));
		assertTrue(run.err, run.err.endsWith("): check parts of it separately (--include), or give csi more memory (CSI_JAVA_OPTS=-Xmx4g)\n"));
	}
}
