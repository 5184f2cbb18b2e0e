package org.csi.dsl.sql;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The gate that plan text passes before it reaches a database. A plan is text anyone can send in
 * a pull request; its {@code query}, {@code compute} and {@code check} clauses are SQL. Every
 * statement that holds such text is parsed here by a real SQL parser (JSqlParser) and must be
 * exactly one query that only reads:
 * <ul>
 * <li>one statement, a {@code SELECT} (or a set operation of them); no second statement;</li>
 * <li>nowhere inside it (not in a {@code WITH}, not in a sub-query) an {@code INSERT}, {@code UPDATE},
 * {@code DELETE}, {@code MERGE} or any other statement;</li>
 * <li>no {@code SELECT ... INTO} (it creates a table) and no {@code FOR UPDATE/SHARE} (it locks);</li>
 * <li>no function that reaches outside the rows: files, the environment, other servers, settings,
 * sequences, locks, sleeping, or SQL held in a string ({@link #FORBIDDEN_FUNCTIONS});</li>
 * <li>no table named like a file ({@code FROM 'secret.csv'}, which DuckDB would read).</li>
 * </ul>
 * A fragment of a clause (a {@code where} filter, an {@code of} expression, a check's condition)
 * must moreover be one SQL expression on its own, so that it cannot close the statement csi writes
 * around it and open another.
 * <p>
 * What the parser cannot read is refused too: csi never runs what it has not checked.
 */
public final class QueryGuard {

	/** Why a statement was refused, in words for the plan's author. */
	public static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}
	}

	/**
	 * Functions a query may not call, lower case: what reads files or the environment, reaches
	 * another server, changes settings or sequences, takes locks, sleeps, or runs SQL held in a
	 * string (DuckDB and PostgreSQL).
	 */
	static final Set<String> FORBIDDEN_FUNCTIONS = Set.of(
			// DuckDB: files, globs, the environment, secrets, settings, SQL in strings
			"read_csv", "read_csv_auto", "read_json", "read_json_auto", "read_json_objects", "read_json_objects_auto", "read_ndjson",
			"read_ndjson_auto", "read_ndjson_objects", "read_parquet", "parquet_scan", "parquet_metadata", "parquet_schema",
			"parquet_file_metadata", "parquet_kv_metadata", "read_text", "read_blob", "read_xlsx", "glob", "sniff_csv", "getenv",
			"which_secret", "current_setting", "set_config", "query", "query_table", "sqlite_scan", "sqlite_attach", "postgres_scan",
			"postgres_attach", "postgres_query", "postgres_execute", "mysql_scan", "mysql_query", "mysql_execute", "iceberg_scan",
			"iceberg_metadata", "delta_scan", "st_read", "httpfs", "load_extension", "install_extension",
			// PostgreSQL: server files, large objects, other servers, sessions, sleeping, sequences, notifications, SQL in strings
			"pg_read_file", "pg_read_binary_file", "pg_stat_file", "pg_file_write", "pg_file_rename", "pg_file_unlink", "lo_import",
			"lo_export", "lo_create", "lo_creat", "lo_unlink", "lo_from_bytea", "lo_put", "lo_get", "lo_open", "lowrite", "loread",
			"dblink", "dblink_exec", "dblink_connect", "dblink_connect_u", "dblink_send_query", "pg_sleep", "pg_sleep_for",
			"pg_sleep_until", "pg_terminate_backend", "pg_cancel_backend", "pg_reload_conf", "pg_rotate_logfile", "pg_switch_wal",
			"pg_create_restore_point", "pg_promote", "pg_notify", "pg_logical_emit_message", "nextval", "setval", "txid_current",
			"pg_current_xact_id", "query_to_xml", "query_to_xml_and_xmlschema", "query_to_xmlschema", "cursor_to_xml",
			"table_to_xml", "table_to_xml_and_xmlschema", "schema_to_xml", "database_to_xml", "pg_import_system_collations",
			"pg_replication_origin_create", "pg_create_logical_replication_slot", "pg_create_physical_replication_slot");

	/** Prefixes of forbidden functions: DuckDB's file readers and metadata, PostgreSQL's files, large objects, locks. */
	static final List<String> FORBIDDEN_PREFIXES = List.of("read_", "parquet_", "duckdb_", "pragma_", "iceberg_", "delta_", "sqlite_",
			"postgres_", "mysql_", "pg_ls_", "pg_read_", "lo_", "dblink", "pg_advisory", "pg_try_advisory", "pg_file_");

	/** JSqlParser's words for an expression followed by more text. */
	private static final java.util.regex.Pattern PARTIAL = java.util.regex.Pattern.compile("could only parse partial expression (.*)");

	/**
	 * The verdicts on texts already checked (null: passed), at most {@value #REMEMBERED}: the
	 * editor checks the same clauses at every keystroke, and parsing a statement takes about a
	 * millisecond.
	 */
	private static final int REMEMBERED = 4096;

	private static final Map<String, java.util.Optional<String>> VERDICTS = Collections.synchronizedMap(
			new java.util.LinkedHashMap<String, java.util.Optional<String>>(256, 0.75f, true) {

				private static final long serialVersionUID = 1L;

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, java.util.Optional<String>> eldest) {
					return size() > REMEMBERED;
				}
			});

	private QueryGuard() {
	}

	/**
	 * Refuses {@code sql} unless it is exactly one query that only reads.
	 *
	 * @throws Refused with the reason, for the plan's author
	 */
	public static void requireReadOnlyQuery(String sql) throws Refused {
		remembered("query\u0000" + sql, () -> checkReadOnlyQuery(sql));
	}

	private static void checkReadOnlyQuery(String sql) throws Refused {
		Statements statements;
		try {
			statements = CCJSqlParserUtil.parseStatements(sql);
		} catch (JSQLParserException | RuntimeException e) {
			throw new Refused("csi could not read it as one SQL query, and runs nothing it has not checked (" + reason(e) + ")");
		}
		if (statements == null || statements.size() != 1) {
			throw new Refused("it must be exactly one SELECT statement, found " + (statements == null ? 0 : statements.size()));
		}
		Statement statement = statements.get(0);
		if (!(statement instanceof Select)) {
			throw new Refused("only a SELECT may read the data; found " + kind(statement) + ", which could create, change or drop things");
		}
		walk(statement);
	}

	/**
	 * Refuses {@code fragment} unless it is one SQL expression, whole: it cannot end the statement
	 * csi writes around it. {@code what} names it in the message ("the filter").
	 */
	public static void requireExpression(String fragment, String what) throws Refused {
		remembered(what + "\u0000" + fragment, () -> checkExpression(fragment, what));
	}

	private interface Check {
		void run() throws Refused;
	}

	/** Runs {@code check} once per {@code key}, then repeats its verdict. */
	private static void remembered(String key, Check check) throws Refused {
		java.util.Optional<String> verdict = VERDICTS.get(key);
		if (verdict == null) {
			try {
				check.run();
				verdict = java.util.Optional.empty();
			} catch (Refused e) {
				verdict = java.util.Optional.of(e.getMessage());
			}
			VERDICTS.put(key, verdict);
		}
		if (verdict.isPresent()) {
			throw new Refused(verdict.get());
		}
	}

	private static void checkExpression(String fragment, String what) throws Refused {
		Expression expression;
		try {
			expression = CCJSqlParserUtil.parseExpression(fragment, false);
		} catch (JSQLParserException | RuntimeException e) {
			String reason = reason(e);
			java.util.regex.Matcher partial = PARTIAL.matcher(reason);
			throw new Refused(what + " must be one SQL expression, such as \"priority = 'P1'\" ("
					+ (partial.matches() ? "it ends after \"" + partial.group(1) + "\"; what follows is not part of it" : reason) + ")");
		}
		if (expression == null) {
			throw new Refused(what + " must be one SQL expression, such as \"priority = 'P1'\"");
		}
		walk(expression);
	}

	/** Why {@code fragment} does not pass {@link #requireExpression}, or null when it does. */
	public static String problemWithExpression(String fragment, String what) {
		try {
			requireExpression(fragment, what);
			return null;
		} catch (Refused e) {
			return e.getMessage();
		}
	}

	/** Walks the whole syntax tree: every node, however deeply nested, is looked at. */
	private static void walk(Object root) throws Refused {
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Object> work = new ArrayDeque<>();
		work.push(root);
		while (!work.isEmpty()) {
			Object node = work.pop();
			if (node == null || !seen.add(node)) {
				continue;
			}
			if (node instanceof Iterable<?> items) {
				items.forEach(item -> push(work, item));
				continue;
			}
			if (node instanceof Map<?, ?> map) {
				map.keySet().forEach(item -> push(work, item));
				map.values().forEach(item -> push(work, item));
				continue;
			}
			if (node instanceof Object[] array) {
				for (Object item : array) {
					push(work, item);
				}
				continue;
			}
			if (!isSyntaxNode(node.getClass())) {
				continue;
			}
			judge(node);
			for (Class<?> type = node.getClass(); type != null && isSyntaxNode(type); type = type.getSuperclass()) {
				for (Field field : type.getDeclaredFields()) {
					if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
						continue;
					}
					try {
						field.setAccessible(true);
						push(work, field.get(node));
					} catch (ReflectiveOperationException | RuntimeException e) {
						throw new Refused("csi could not check every part of the query (" + e.getClass().getSimpleName() + ")");
					}
				}
			}
		}
	}

	private static void push(Deque<Object> work, Object item) {
		if (item != null) {
			work.push(item);
		}
	}

	/** JSqlParser's syntax tree; not its parser's own nodes and tokens, which point back up the tree. */
	private static boolean isSyntaxNode(Class<?> type) {
		String name = type.getName();
		return name.startsWith("net.sf.jsqlparser.") && !name.startsWith("net.sf.jsqlparser.parser.");
	}

	private static void judge(Object node) throws Refused {
		if (node instanceof Statement statement && !(node instanceof Select)) {
			throw new Refused("a query may only read; it holds " + kind(statement) + ", which could create, change or drop things");
		}
		if (node instanceof PlainSelect select) {
			if (select.getIntoTables() != null && !select.getIntoTables().isEmpty()) {
				throw new Refused("SELECT ... INTO creates a table; a query may only read");
			}
			if (select.getForMode() != null) {
				throw new Refused("SELECT ... FOR " + select.getForMode() + " locks rows; a query may only read");
			}
		}
		String called = node instanceof Function function ? lastPart(function.getMultipartName())
				: node instanceof net.sf.jsqlparser.expression.AnalyticExpression analytic ? analytic.getName() : null;
		if (called != null) {
			String name = called;
			if (isForbidden(name)) {
				throw new Refused("the function " + name + "() reaches outside the rows a plan may read (files, the environment,"
						+ " other servers, settings or SQL in a string); a query may only read its source's rows");
			}
		}
		if (node instanceof Table table && table.getNameParts() != null) {
			for (String part : table.getNameParts()) {
				String name = unquote(part);
				if (name.matches(".*[./\\\\:'*?\\[{].*")) {
					throw new Refused("'" + name + "' names a file, not a table; a query reads only its source's rows");
				}
			}
		}
	}

	static boolean isForbidden(String functionName) {
		String name = unquote(functionName).toLowerCase(Locale.ROOT);
		return FORBIDDEN_FUNCTIONS.contains(name) || FORBIDDEN_PREFIXES.stream().anyMatch(name::startsWith);
	}

	private static String lastPart(List<String> parts) {
		return parts == null || parts.isEmpty() ? "" : parts.get(parts.size() - 1);
	}

	private static String unquote(String name) {
		if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`")
				|| name.startsWith("[") && name.endsWith("]") || name.startsWith("'") && name.endsWith("'"))) {
			return name.substring(1, name.length() - 1);
		}
		return name;
	}

	/** "an UPDATE", "a DROP": the statement's kind in words. */
	private static String kind(Statement statement) {
		String name = statement.getClass().getSimpleName().replace("Parenthesed", "").replace("Statement", "").toUpperCase(Locale.ROOT);
		if (name.isEmpty()) {
			name = "STATEMENT";
		}
		return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
	}

	private static String reason(Exception e) {
		Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		String line = message.strip().lines().findFirst().orElse("");
		return line.length() > 200 ? line.substring(0, 200) + "..." : line;
	}
}
