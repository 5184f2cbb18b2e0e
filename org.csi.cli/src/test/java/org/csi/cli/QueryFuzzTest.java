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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Random hostile SQL through the whole data path (issue 12): 400 seeded mutations (and some
 * originals) of benign and hostile queries, filters and conditions, one measure each, in one {@code csi analyze} run over a
 * CSV file and a DuckDB database file. Whatever csi lets through, afterwards: no file was created
 * or changed anywhere under the test's folder, the database file holds the same rows, nothing
 * escaped as an internal error, and every measure ended as figures or a finding.
 */
public class QueryFuzzTest {

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private static final String[] QUERIES = { "SELECT CAST(opened AS DATE), count(*) FROM {source} GROUP BY 1",
			"SELECT date_trunc('month', opened), avg(extract(epoch FROM resolved - opened)) FROM {source} GROUP BY 1",
			"WITH x AS (SELECT * FROM {source}) SELECT max(opened), count(*) FROM x", "COPY (SELECT 1) TO '@OUT@/copied.csv'",
			"SELECT * FROM read_text('/proc/self/environ')", "ATTACH '@OUT@/attached.db' AS a", "INSTALL httpfs", "LOAD httpfs",
			"CREATE TABLE t AS SELECT 1", "DELETE FROM {source}", "UPDATE {source} SET priority = 'P9'", "DROP TABLE {source}",
			"SELECT * FROM '@OUT@/secret.csv'", "SELECT * FROM glob('@OUT@/*')", "SET enable_external_access = true",
			"PRAGMA enable_profiling", "SELECT query('COPY (SELECT 1) TO ''@OUT@/q.csv''')", "CALL pragma_version()",
			"EXPORT DATABASE '@OUT@/exported'", "SELECT * INTO copy FROM {source}", "SELECT 1 FROM {source} FOR UPDATE",
			"SELECT getenv('HOME'), 1", "SELECT current_setting('memory_limit'), 1" };

	private static final String[] TOKENS = { ";", " ; ", "--", "/*", "*/", "'", "\"", ")", "(", " COPY (SELECT 1) TO '@OUT@/t.csv'",
			"; DROP TABLE {source}", " UNION SELECT 1, 2", " WHERE 1 = 1", "; ATTACH '@OUT@/x.db'", ", read_csv_auto('@OUT@/secret.csv')",
			" OR 1=1", "$$", "\\", "\n", "; INSTALL httpfs; LOAD httpfs", " RETURNING *" };

	private static final String[] FILTERS = { "priority = 'P1'", "resolved IS NOT NULL", "1 = 1; DROP TABLE x", "true)) ; DELETE FROM {source}; --",
			"opened > TIMESTAMP '2026-01-01'", "priority IN (SELECT 'P1')", "length(read_text('/etc/passwd')) > 0" };

	/** One text in four is left as it is: benign ones must still run. */
	private static String mutate(String text, Random random) {
		if (random.nextInt(4) == 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text);
		int mutations = 1 + random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			int at = random.nextInt(result.length() + 1);
			switch (random.nextInt(3)) {
			case 0 -> result.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
			case 1 -> result.delete(at, Math.min(result.length(), at + 1 + random.nextInt(6)));
			default -> result.insert(at, QUERIES[random.nextInt(QUERIES.length)]);
			}
		}
		return result.toString();
	}

	/** A plan text string: csi's strings cannot hold a double quote or a line break. */
	private static String string(String text) {
		return "\"" + text.replace("\"", "'").replace("\n", " ").replace("\\", "/") + "\"";
	}

	@Test
	public void nothingHostileGetsThrough() throws Exception {
		Path root = temporary.getRoot().toPath().toRealPath();
		Path plans = Files.createDirectory(root.resolve("plans"));
		Files.writeString(plans.resolve("tickets.csv"), AnalyzeCommandTest.TICKETS);
		Files.writeString(root.resolve("secret.csv"), AnalyzeCommandTest.TICKETS);
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + plans.resolve("itsm.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE tickets AS SELECT * FROM read_csv('" + plans.resolve("tickets.csv") + "')");
		}
		Random random = new Random(42);
		StringBuilder plan = new StringBuilder("""
				package f
				plan P "Plan" owner Lead
				vision V "Vision"
				strategy S "Strategy" supports V
				tactical goal T "Tactical" supports S
				process Pr "Process"
				role Lead "Lead" process-owner of Pr
				source Csv "Tickets" owner Lead data "tickets.csv"
				source Db "Tickets" owner Lead data "jdbc:duckdb:itsm.duckdb" table "tickets"
				""");
		int measures = 400;
		for (int i = 0; i < measures; i++) {
			String source = i % 2 == 0 ? "Csv" : "Db";
			String name = "M" + i;
			plan.append("should measure ").append(name).append(" \"m\" serves T unit hours lower is better target 4 tolerance 1 every month\n");
			plan.append("gather ").append(name).append(" from ").append(source).append(" by Lead check \"c\" requires ")
					.append(string(mutate(FILTERS[random.nextInt(FILTERS.length)], random).replace("@OUT@", root.toString()))).append('\n');
			plan.append("process ").append(name).append(" as \"p\" by Lead ");
			if (random.nextBoolean()) {
				plan.append("query ").append(string(mutate(QUERIES[random.nextInt(QUERIES.length)], random).replace("@OUT@", root.toString())));
			} else {
				plan.append("compute mean of ").append(string(mutate("extract(epoch FROM resolved - opened) / 3600.0", random)))
						.append(" where ").append(string(mutate(FILTERS[random.nextInt(FILTERS.length)], random).replace("@OUT@", root.toString())))
						.append(" on \"opened\"");
			}
			plan.append('\n');
		}
		Files.writeString(plans.resolve("f.csi"), plan.toString());
		List<Path> before = files(root);
		long[] sizes = before.stream().mapToLong(QueryFuzzTest::size).toArray();

		CliRun run = CliRun.of("analyze", plans.toString(), "--reference-date", "2026-05-15", "--fail-on=never", "--time-budget", "120");

		assertEquals(run.err, ExitCodes.OK, run.code);
		assertEquals("", run.err);
		assertFalse(run.out, run.out.contains("internal error"));
		assertFalse(run.out, run.out.contains("PATH="));
		assertEquals("no file created, renamed or removed", before, files(root));
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).toString().endsWith(".duckdb")) { // DuckDB may rewrite its file's header when it opens it
				assertEquals(before.get(i).toString(), sizes[i], size(before.get(i)));
			}
		}
		assertEquals(AnalyzeCommandTest.TICKETS, Files.readString(plans.resolve("tickets.csv")));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + plans.resolve("itsm.duckdb"));
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE priority = 'P9') FROM tickets")) {
			rows.next();
			assertEquals(5, rows.getInt(1));
			assertEquals(0, rows.getInt(2));
		}
		// every measure is either computed (its figures printed) or has a finding at its process clause
		String[] lines = run.out.split("\n");
		int computed = (int) Stream.of(lines).filter(line -> line.startsWith("f.M")).count();
		int refused = (int) Stream.of(lines).filter(line -> line.contains(": error csi.data.error: Measure 'M")
				|| line.contains(": warning csi.data.no-data: Measure 'M") || line.contains(": error csi.number.range: Measure 'M")).count();
		assertEquals(run.out.substring(Math.max(0, run.out.length() - 2000)), measures, computed + refused);
		assertTrue("some benign queries ran: " + computed + "\n" + run.out.substring(0, Math.min(run.out.length(), 3000)), computed > 10);
		assertTrue("most mutations were refused: " + refused, refused > 100);
	}

	private static List<Path> files(Path root) throws Exception {
		try (Stream<Path> walk = Files.walk(root)) {
			return new ArrayList<>(walk.filter(path -> !path.toString().endsWith(".wal")).sorted().toList());
		}
	}

	private static long size(Path path) {
		try {
			return Files.isDirectory(path) ? 0 : Files.size(path);
		} catch (java.io.IOException e) {
			return -1;
		}
	}
}
