package org.csi.dsl.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csi.dsl.csi.DataLocation;

/**
 * Where a source's rows are read from: a file relative to the plan file (read by an in-memory
 * DuckDB, which reads CSV, Parquet and JSON directly), a table of a DuckDB database file, or a
 * table of a database reached through a named connection.
 * <p>
 * A plan may come from anyone, so nothing it writes here reaches SQL as it is written: a file is
 * read only when it lies, symbolic links resolved, inside one of the folders the run allows, and
 * its path has no glob character (DuckDB would expand it); a table is a checked identifier that
 * csi quotes; a database's URL and credentials come from outside the plan ({@link ConnectionProfiles}).
 * The statements that open a source are csi's own, written from these checked values.
 */
public final class DataSources {

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

	/** A source's rows, from checked values only. */
	public sealed interface Table permits FileTable, DatabaseTable {
		/** How a source declaration shapes the rows, or null. */
		Shape shape();
	}

	/**
	 * A data file (its real path, checked), read into DuckDB's memory by {@code reader}; with a
	 * timestamp format and a missing-value marker when the source states them.
	 */
	public record FileTable(Path file, String reader, String timestampFormat, String missing, Shape shape) implements Table {
	}

	/**
	 * A table of a database: where to connect (a DuckDB database file, checked; or a URL and
	 * credentials from a named connection), and the table as a quoted identifier.
	 */
	public record DatabaseTable(String url, String user, String password, String table, Shape shape) implements Table {

		public boolean isDuckdb() {
			return url.startsWith(DUCKDB);
		}

		/** The table, quoted, ready for SQL: "schema"."name". */
		public String quoted() {
			return String.join(".", java.util.Arrays.stream(table.split("\\.")).map(DataSources::quote).toList());
		}

		@Override
		public String toString() {
			return "DatabaseTable[" + Secrets.redact(url, password) + ", " + table + "]";
		}
	}

	/** For event logs with several rows per case: the column that keys a case, and the one whose latest value counts. */
	public record Shape(String caseKey, String latestBy) {
	}

	private DataSources() {
	}

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

	/**
	 * The rows of a source whose plan file is {@code planFile}.
	 *
	 * @param allowed the folders files may be read from (the plan file's own folder when empty)
	 * @throws IllegalArgumentException with a message for the user when the source cannot be read:
	 *             a file that does not exist or lies outside the allowed folders, an unknown
	 *             connection
	 */
	public static Table table(DataLocation data, Path planFile, List<Path> allowed, ConnectionProfiles profiles) {
		String problem = problemWith(data);
		if (problem != null) {
			throw new IllegalArgumentException(Secrets.redact(problem));
		}
		Shape shape = data.getCaseKey() == null ? null : new Shape(data.getCaseKey(), data.getLatestBy());
		if (data.getConnection() != null) {
			ConnectionProfiles.Profile profile = profiles.get(data.getConnection());
			if (profile == null) {
				throw new IllegalArgumentException("no connection named '" + data.getConnection() + "' is set up here; "
						+ profiles.howToSetUp(data.getConnection()));
			}
			return new DatabaseTable(profile.url(), profile.user(), profile.password(), data.getTable(), shape);
		}
		Path folder = planFile.toAbsolutePath().getParent();
		List<Path> folders = allowed.isEmpty() ? List.of(folder) : allowed;
		if (isJdbc(data)) {
			String database = duckdbFile(data.getLocation());
			Path file = confine(folder.resolve(database).normalize(), database, folders);
			return new DatabaseTable(DUCKDB + file, null, null, data.getTable(), shape);
		}
		Path file = confine(folder.resolve(data.getLocation()).normalize(), data.getLocation(), folders);
		return new FileTable(file, reader(data.getLocation()), data.getTimestampFormat(), data.getMissing(), shape);
	}

	/** The database file of a {@code jdbc:duckdb:} URL, or null for another database or an in-memory one. */
	private static String duckdbFile(String url) {
		if (!url.startsWith(DUCKDB)) {
			return null;
		}
		String path = url.substring(DUCKDB.length());
		int options = path.indexOf('?');
		path = options < 0 ? path : path.substring(0, options);
		return path.isEmpty() || path.startsWith(":memory:") ? null : path;
	}

	/** The real path of {@code file}, when it is a regular file inside one of {@code folders} and has no glob character. */
	private static Path confine(Path file, String location, List<Path> folders) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("data file '" + location + "' does not exist (looked for " + file + ")");
		}
		Path real;
		try {
			real = file.toRealPath();
		} catch (IOException e) {
			throw new IllegalArgumentException("data file '" + location + "' cannot be read (" + e.getMessage() + ")");
		}
		if (GLOB.matcher(real.toString()).find() || real.toString().indexOf('\'') >= 0 || real.toString().chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("data file '" + location + "' lies in a folder whose name has '*', '?', '[', '{', a quote or a"
					+ " control character (" + real + "); csi does not read through such a path, which DuckDB could expand to other files");
		}
		for (Path folder : folders) {
			try {
				if (real.startsWith(folder.toRealPath())) {
					return real;
				}
			} catch (IOException e) {
				// a folder that does not exist allows nothing
			}
		}
		throw new IllegalArgumentException("data file '" + location + "' is outside the folders this plan set may read ("
				+ folders.stream().map(Path::toString).collect(Collectors.joining(", "))
				+ "); to read it, allow its folder with --data-allow or CSI_DATA_ALLOW (csi.properties cannot widen what a plan set reads)");
	}

	/** An identifier, quoted for SQL. */
	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** A text, quoted as an SQL string literal. */
	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private static String reader(String location) {
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
}
