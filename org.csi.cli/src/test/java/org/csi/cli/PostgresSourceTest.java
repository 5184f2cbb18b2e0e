package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Sources in a real PostgreSQL server (issue 12): the same plan gives the same figures on
 * PostgreSQL as on DuckDB; a plan cannot change the database, even as a user who could; a user
 * who could is a warning; a server that never answers is a finding, not a hang; passwords stay
 * outside the plan and out of every output.
 */
public class PostgresSourceTest {

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private static PostgresServer server;

	/** The tickets of {@link AnalyzeCommandTest#TICKETS}, typed. */
	private static final String TICKETS_TABLE = "CREATE TABLE tickets (opened TIMESTAMP, resolved TIMESTAMP, priority VARCHAR(8))";
	private static final String TICKETS_ROWS = "INSERT INTO tickets VALUES ('2026-01-01 08:00:00', '2026-01-01 14:00:00', 'P1'),"
			+ " ('2026-02-10 08:00:00', '2026-02-10 13:30:00', 'P1'), ('2026-03-10 08:00:00', '2026-03-10 13:12:00', 'P1'),"
			+ " ('2026-04-10 08:00:00', '2026-04-10 12:30:00', 'P1'), ('2026-04-11 08:00:00', NULL, 'P2')";

	/** The plan of {@link AnalyzeCommandTest#PLAN} with an expression both engines run. */
	static final String PLAN = AnalyzeCommandTest.PLAN.replace("date_diff('minute', opened, resolved) / 60.0",
			"extract(epoch FROM resolved - opened) / 3600.0");

	@BeforeClass
	public static void database() throws Exception {
		server = PostgresServer.get();
		server.execute("DROP TABLE IF EXISTS tickets", "DROP TABLE IF EXISTS audit", TICKETS_TABLE, TICKETS_ROWS,
				"CREATE TABLE audit (at TIMESTAMP)",
				"CREATE OR REPLACE FUNCTION bump() RETURNS INTEGER LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit VALUES (now()); RETURN 1; END $$",
				"GRANT SELECT ON tickets TO " + PostgresServer.READER, "GRANT ALL ON tickets, audit TO " + PostgresServer.WRITER);
	}

	private Path plans;

	private CliRun analyze(String plan, String user, String... options) throws Exception {
		plans = temporary.newFolder().toPath();
		Files.writeString(plans.resolve("t.csi"), plan.replace("data \"tickets.csv\"", "data connection \"warehouse\" table \"tickets\""));
		Path connections = server.connectionsFile(temporary.getRoot().toPath(), "warehouse", user);
		List<String> args = new ArrayList<>(List.of("analyze", plans.toString(), "--reference-date", "2026-05-15", "--connections",
				connections.toString()));
		args.addAll(List.of(options));
		return CliRun.of(args.toArray(String[]::new));
	}

	/** The same plan over a DuckDB database file holding the same typed rows. */
	private CliRun analyzeOnDuckdb(String plan) throws Exception {
		Path folder = temporary.newFolder().toPath();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("itsm.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute(TICKETS_TABLE);
			statement.execute(TICKETS_ROWS);
		}
		Files.writeString(folder.resolve("t.csi"), plan.replace("data \"tickets.csv\"", "data \"jdbc:duckdb:itsm.duckdb\" table \"tickets\""));
		return CliRun.of("analyze", folder.toString(), "--reference-date", "2026-05-15");
	}

	/** The figures of a run, without the lines that name files. */
	private static String figures(CliRun run) {
		return String.join("\n", run.out.lines().filter(line -> !line.contains(".csi:")).toList());
	}

	@Test
	public void everyComputationGivesTheSameFiguresOnBothEngines() throws Exception {
		String[] computations = { "mean of \"extract(epoch FROM resolved - opened) / 3600.0\"",
				"median of \"extract(epoch FROM resolved - opened) / 3600.0\"",
				"percentile 90 of \"extract(epoch FROM resolved - opened) / 3600.0\"",
				"sum of \"extract(epoch FROM resolved - opened) / 3600.0\"", "count", "count where \"resolved IS NULL\"",
				"ratio of \"resolved IS NOT NULL\"",
				// the 'where' is applied inside each aggregate (FILTER), so that the calendar sees periods whose rows all fail it
				"mean of \"extract(epoch FROM resolved - opened) / 3600.0\" where \"priority = 'P2'\"",
				"median of \"extract(epoch FROM resolved - opened) / 3600.0\" where \"priority = 'P1'\"",
				"ratio of \"resolved IS NOT NULL\" where \"priority = 'P1'\"", "sum of \"1\" where \"priority = 'P2'\"" };
		for (String computation : computations) {
			String plan = PLAN.replace("mean of \"extract(epoch FROM resolved - opened) / 3600.0\"", computation)
					.replace("every month\n    baseline", "every month\n    per priority\n    baseline")
					.replace("provides Restore every month unit hours", "provides Restore every month unit hours per priority");
			CliRun postgres = analyze(plan, PostgresServer.READER);
			CliRun duckdb = analyzeOnDuckdb(plan);
			assertEquals(postgres.out, ExitCodes.OK, postgres.code);
			assertEquals(computation, figures(duckdb), figures(postgres));
			// periods of two years: the SQL that makes them (make_date) runs on both engines alike
			String biennial = plan.replace("every month\n    per priority", "every 2 years\n    per priority");
			assertEquals(computation, figures(analyzeOnDuckdb(biennial)), figures(analyze(biennial, PostgresServer.READER)));
			assertTrue(postgres.out, postgres.out.contains("  per priority="));
			temporary.delete();
			temporary.create();
		}
	}

	@Test
	public void theMeanIsComputedInTheDatabase() throws Exception {
		CliRun run = analyze(PLAN, PostgresServer.READER);
		assertEquals(run.out, ExitCodes.OK, run.code);
		assertTrue(run.out, run.out.startsWith("t.Restore: Time to restore (hours, lower is better, target 4 ± 1, from source Tickets)\n"
				+ "  2026-01-01          6  missed           1 row\n  2026-02-01        5.5  missed           1 row\n"
				+ "  2026-03-01        5.2  missed           1 row\n  2026-04-01        4.5  within tolerance 2 rows\n"
				+ "  latest 4.5 (within tolerance); against the baseline -1.5\n  variation: no process limits yet: 4 of 12 periods with data\n"
				+ "  trigger: missed its target of 4 in 3 of the last 4 periods (6, 5.5, 5.2, 4.5)\n"));
		assertTrue(run.out, run.out.contains(":27:38: warning csi.data.check-failed: Check 'resolved is set' fails for 1 of 5 rows of source"
				+ " 'Tickets'.\n"));
		assertFalse(run.out, run.out.contains("csi.data.writable"));
	}

	@Test
	public void aPlanCannotChangeTheDatabaseEvenAsAUserWhoCould() throws Exception {
		String update = PLAN.replace("compute mean of \"extract(epoch FROM resolved - opened) / 3600.0\" on \"opened\"",
				"query \"UPDATE tickets SET priority = 'P9' RETURNING opened, 1\"");
		assertTrue(analyze(update, PostgresServer.WRITER).out.contains(":29:11: error csi.data.error: Measure 'Restore': the query was refused:"
				+ " only a SELECT may read the data; found an UPDATE, which could create, change or drop things.\n"));
		String condition = PLAN.replace("requires \"resolved IS NOT NULL\"", "requires \"true)) ; UPDATE tickets SET priority = 'P9' --\"");
		assertTrue(analyze(condition, PostgresServer.WRITER).out.contains(":27:38: error csi.data.error: Check 'resolved is set' could not"
				+ " run: it was refused: the condition must be one SQL expression"));
		String filter = PLAN.replace("on \"opened\"", "where \"1 = 1; UPDATE tickets SET priority = 'P9'; --\" on \"opened\"");
		assertTrue(analyze(filter, PostgresServer.WRITER).out.contains(":29:13: error csi.data.error: Measure 'Restore': the query was"
				+ " refused: the 'where' filter must be one SQL expression"));
		String cte = PLAN.replace("compute mean of \"extract(epoch FROM resolved - opened) / 3600.0\" on \"opened\"",
				"query \"WITH x AS (DELETE FROM tickets RETURNING opened) SELECT max(opened), count(*) FROM x\"");
		assertTrue(analyze(cte, PostgresServer.WRITER).out.contains(":29:11: error csi.data.error: Measure 'Restore': the query was refused:"
				+ " a query may only read; it holds a DELETE, which could create, change or drop things.\n"));
		String sleep = PLAN.replace("compute mean of \"extract(epoch FROM resolved - opened) / 3600.0\" on \"opened\"",
				"query \"SELECT max(opened), max(length(pg_read_file('/etc/passwd'))) FROM {source}\"");
		assertTrue(analyze(sleep, PostgresServer.WRITER).out.contains(":29:11: error csi.data.error: Measure 'Restore': the query was"
				+ " refused: the function pg_read_file() reaches outside the rows"));
		assertEquals(5, count("SELECT count(*) FROM tickets WHERE priority <> 'P9'"));
	}

	@Test
	public void everyQueryRunsInAReadOnlyTransaction() throws Exception {
		// a function that writes passes the parser (it is a SELECT); the read-only transaction stops it
		String plan = PLAN.replace("compute mean of \"extract(epoch FROM resolved - opened) / 3600.0\" on \"opened\"",
				"query \"SELECT max(opened), bump() FROM {source}\"");
		CliRun run = analyze(plan, PostgresServer.WRITER);
		assertTrue(run.out, run.out.contains(":29:11: error csi.data.error: Measure 'Restore': the query over source 'Tickets' failed: ERROR:"
				+ " cannot execute INSERT in a read-only transaction"));
		assertEquals(0, count("SELECT count(*) FROM audit"));
	}

	@Test
	public void aUserWhoCouldWriteIsAWarning() throws Exception {
		CliRun run = analyze(PLAN, PostgresServer.WRITER);
		assertTrue(run.out, run.out.contains("t.csi:23:21: warning csi.data.writable: Source 'Tickets': the database user 'csi_writer' may"
				+ " change table 'tickets' (INSERT, UPDATE, DELETE or TRUNCATE). csi only reads, in read-only transactions, but give it a role"
				+ " that may only read (GRANT SELECT).\n"));
		assertFalse(analyze(PLAN, PostgresServer.READER).out.contains("csi.data.writable"));
	}

	@Test
	public void aServerThatNeverAnswersIsAFindingNotAHang() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
			List<Socket> accepted = new ArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						accepted.add(silent.accept()); // and never answer
					}
				} catch (java.io.IOException e) {
					// closed
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			Path folder = temporary.newFolder("silent").toPath();
			Files.writeString(folder.resolve("t.csi"), PLAN.replace("data \"tickets.csv\"", "data connection \"warehouse\" table \"tickets\""));
			Path connections = folder.resolve("connections.properties");
			Files.writeString(connections, "warehouse.url = jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/itsm\n");
			long start = System.nanoTime();
			CliRun run = CliRun.of("analyze", folder.toString(), "--connections", connections.toString(), "--time-budget", "3");
			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
			assertTrue(run.out, run.out.contains(":29:13: error csi.data.error: Measure 'Restore': the query over source 'Tickets' failed: cannot"
					+ " connect to jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/itsm: "));
			assertTrue("took " + seconds + " s", seconds < 15);
			for (Socket socket : accepted) {
				socket.close();
			}
		}
	}

	@Test
	public void passwordsNeverAppearInAnyOutput() throws Exception {
		Path folder = temporary.newFolder("secrets").toPath();
		// a mistyped scheme: the driver manager repeats the whole URL in its message
		Files.writeString(folder.resolve("t.csi"), PLAN.replace("data \"tickets.csv\"", "data connection \"warehouse\" table \"tickets\""));
		Path connections = folder.resolve("connections.properties");
		Files.writeString(connections, "warehouse.url = jdbc:postgresq://csi:hunter2url@127.0.0.1:" + server.port
				+ "/itsm?password=hunter3url&ssl=false\nwarehouse.user = csi\nwarehouse.password = hunter4file\n");
		CliRun analyze = CliRun.of("analyze", folder.toString(), "--connections", connections.toString(), "--format", "json");
		assertTrue(analyze.out, analyze.out.contains("cannot connect to jdbc:postgresq://csi:***@127.0.0.1:" + server.port
				+ "/itsm?password=***\\u0026ssl=false: No suitable driver found for jdbc:postgresq://csi:***@127.0.0.1:"));
		Path out = temporary.newFolder("reports").toPath();
		CliRun report = CliRun.of("report", folder.toString(), "--connections", connections.toString(), "--out", out.toString());
		assertEquals(report.err, "", report.err);
		// a password written in a plan is an error as you type, and is not repeated either
		Files.writeString(folder.resolve("u.csi"), "package u\nsource W \"Warehouse\" data \"jdbc:postgresql://csi:hunter5plan@db/itsm?password=hunter6plan\""
				+ " table \"t\"\n");
		CliRun validate = CliRun.of("validate", folder.toString(), "--format", "json");
		assertTrue(validate.out, validate.out.contains("Source data 'jdbc:postgresql://csi:***@db/itsm?password=***' cannot be read: a JDBC URL in a"
				+ " plan must not hold a password, which would be in git for everyone to read"));
		CliRun report2 = CliRun.of("report", folder.toString(), "--connections", connections.toString(), "--out", out.toString());
		List<String> outputs = new ArrayList<>(List.of(analyze.out, analyze.err, report.out, report.err, validate.out, validate.err, report2.out,
				report2.err));
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				outputs.add(Files.readString(file));
			}
		}
		assertTrue(outputs.size() > 8);
		for (String output : outputs) {
			for (String secret : new String[] { "hunter2url", "hunter3url", "hunter4file", "hunter5plan", "hunter6plan" }) {
				assertFalse(secret + " in " + output, output.contains(secret));
			}
		}
	}

	@Test
	public void theEnvironmentNamesTheConnection() throws Exception {
		Path folder = temporary.newFolder("environment").toPath();
		Files.writeString(folder.resolve("t.csi"), PLAN.replace("data \"tickets.csv\"", "data connection \"ware-house\" table \"tickets\""));
		Path log = folder.resolve("log.txt");
		Process process = CliProcess.start(log, Map.of("CSI_CONNECTION_WARE_HOUSE_URL", server.url(PostgresServer.DATABASE),
				"CSI_CONNECTION_WARE_HOUSE_USER", PostgresServer.READER, "CSI_CONNECTION_WARE_HOUSE_PASSWORD", PostgresServer.PASSWORD,
				"XDG_CONFIG_HOME", folder.toString()), "analyze", folder.toString(), "--reference-date", "2026-05-15");
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		String out = Files.readString(log);
		assertTrue(out, out.contains("  2026-01-01          6  missed           1 row\n"));
	}

	@Test
	public void anUnknownConnectionSaysHowToSetItUp() throws Exception {
		Path folder = temporary.newFolder("unknown").toPath();
		Files.writeString(folder.resolve("t.csi"), PLAN.replace("data \"tickets.csv\"", "data connection \"warehouse\" table \"tickets\""));
		Path connections = folder.resolve("connections.properties");
		Files.writeString(connections, "# no connection yet\n");
		CliRun run = CliRun.of("analyze", folder.toString(), "--connections", connections.toString());
		assertTrue(run.out, run.out.contains("t.csi:23:21: error csi.data.error: Source 'Tickets': no connection named 'warehouse' is set up"
				+ " here; set CSI_CONNECTION_WAREHOUSE_URL (and _USER, _PASSWORD) in the environment, or warehouse.url in " + connections + ".\n"));
	}

	private static long count(String sql) throws Exception {
		try (Connection connection = server.admin(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
