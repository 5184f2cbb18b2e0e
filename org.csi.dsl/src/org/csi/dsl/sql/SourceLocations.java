package org.csi.dsl.sql;

import java.util.Locale;
import java.util.regex.Pattern;

import org.csi.dsl.csi.DataLocation;

/**
 * What a plan writes in a source's {@code data} clause, checked as text: a data file csi can read,
 * a DuckDB database file, or a named connection and a table; never a URL with a password, a
 * server's URL or a glob. The language checks it as the user types; the data steps open only
 * locations that pass it, from checked values ({@code org.csi.data.DataSources}).
 */
public final class SourceLocations {

	/** The JDBC URL of an in-memory DuckDB. */
	public static final String DUCKDB = "jdbc:duckdb:";

	/** A table name: an identifier, or a schema and an identifier. */
	private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}(\\.[A-Za-z_][A-Za-z0-9_$]{0,62})?");

	/** A column name as a source declaration names it (case key, latest by). */
	private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_ $-]{0,62}");

	/** Characters DuckDB expands in a file path (a glob), or that end the path's quoting. */
	private static final Pattern GLOB = Pattern.compile("[*?\\[\\]{}]");

	/** A connection's name: what a plan writes in {@code data connection "name"}. */
	private static final Pattern CONNECTION = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,62}");

	public static boolean isJdbc(DataLocation data) {
		return data.getLocation() != null && data.getLocation().startsWith("jdbc:");
	}

	/** Whether the source reads a database (a JDBC URL or a named connection), not a file. */
	public static boolean isDatabase(DataLocation data) {
		return isJdbc(data) || data.getConnection() != null;
	}

	/** What makes the location unreadable whatever the files say, or null. Also as the user types. */
	public static String problemWith(DataLocation data) {
		if (data.getConnection() != null) {
			if (!CONNECTION.matcher(data.getConnection()).matches()) {
				return "a connection's name is a word of letters, digits, '_' and '-', such as \"warehouse\"";
			}
		} else {
			String location = data.getLocation();
			if (location == null || location.isBlank()) {
				return "it is empty";
			}
			if (isJdbc(data)) {
				if (Secrets.hasPassword(location)) {
					return "a JDBC URL in a plan must not hold a password, which would be in git for everyone to read: name a connection"
							+ " instead (data connection \"warehouse\" table \"...\") and keep its URL and password in the environment or the"
							+ " user's connections file";
				}
				if (!location.startsWith(DUCKDB)) {
					return "a database is named by a connection (data connection \"warehouse\" table \"...\"), whose URL and credentials"
							+ " stay outside the plan; a plan names only DuckDB database files by URL";
				}
				if (duckdbFile(location) == null) {
					return "an in-memory DuckDB holds no data; name a DuckDB database file (jdbc:duckdb:data/itsm.duckdb) or a data file";
				}
			} else {
				if (reader(location) == null) {
					return "csi reads .csv, .tsv, .parquet, .json and .ndjson files";
				}
				if (GLOB.matcher(location).find()) {
					return "a data path names one file; csi does not expand '*', '?', '[' or '{' (list each file as its own source)";
				}
			}
		}
		if (isDatabase(data)) {
			if (data.getTable() == null) {
				return "a database source needs the table that holds its rows: add 'table \"incidents\"'";
			}
			if (!TABLE.matcher(data.getTable()).matches()) {
				return "'table' names a table or view (letters, digits and '_', optionally after a schema and a dot, such as"
						+ " \"itsm.incidents\"), not SQL";
			}
			if (data.getTimestampFormat() != null || data.getMissing() != null) {
				return "'timestamps' and 'missing' describe a data file; a database's columns have their types already";
			}
		} else if (data.getTable() != null) {
			return "'table' belongs to a database source; a data file is its own table";
		}
		if (!isDatabase(data) && data.getLocation() != null && reader(data.getLocation()) != null) {
			if (data.getMissing() != null && !reader(data.getLocation()).equals("read_csv")) {
				return "'missing' describes a CSV or TSV file; Parquet and JSON mark an empty value themselves";
			}
			if (data.getTimestampFormat() != null && reader(data.getLocation()).equals("read_parquet")) {
				return "'timestamps' describes a CSV, TSV or JSON file; Parquet has typed timestamps";
			}
		}
		if (data.getCaseKey() != null && (!COLUMN.matcher(data.getCaseKey()).matches() || data.getLatestBy() == null
				|| !COLUMN.matcher(data.getLatestBy()).matches())) {
			return "'case' and 'latest by' name columns (letters, digits, '_', '-' and spaces), such as case \"number\" latest by \"updated\"";
		}
		if (data.getMissing() != null && (data.getMissing().length() > 32 || data.getMissing().chars().anyMatch(Character::isISOControl))) {
			return "'missing' is the short text that marks an empty cell, such as \"?\" or \"NULL\"";
		}
		if (data.getTimestampFormat() != null
				&& (data.getTimestampFormat().length() > 64 || data.getTimestampFormat().chars().anyMatch(Character::isISOControl))) {
			return "'timestamps' is a format such as \"%d/%m/%Y %H:%M\"";
		}
		return null;
	}

	/** The database file of a {@code jdbc:duckdb:} URL, or null for another database or an in-memory one. */
	public static String duckdbFile(String url) {
		if (!url.startsWith(DUCKDB)) {
			return null;
		}
		String path = url.substring(DUCKDB.length());
		int options = path.indexOf('?');
		path = options < 0 ? path : path.substring(0, options);
		return path.isEmpty() || path.startsWith(":memory:") ? null : path;
	}

	/** An identifier, quoted for SQL. */
	public static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** A text, quoted as an SQL string literal. */
	public static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	public static String reader(String location) {
		String name = location.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".tsv")) {
			return "read_csv";
		}
		if (name.endsWith(".parquet")) {
			return "read_parquet";
		}
		if (name.endsWith(".json") || name.endsWith(".ndjson")) {
			return "read_json_auto";
		}
		return null;
	}

	/** Whether {@code path} has a character DuckDB would expand as a glob. */
	public static boolean hasGlob(String path) {
		return GLOB.matcher(path).find();
	}

	private SourceLocations() {
	}
}
