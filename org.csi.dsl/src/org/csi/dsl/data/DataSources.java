package org.csi.dsl.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csi.dsl.csi.DataLocation;

/**
 * Where a source's rows are read from: a file relative to the plan file (read by an in-memory
 * DuckDB, which reads CSV, Parquet and JSON directly), or a table of a JDBC database.
 * <p>
 * A plan names files, and a plan may come from anyone: a file (a data file, or a DuckDB database
 * file) is only read when it lies, symbolic links resolved, inside one of the folders the run
 * allows: the plan set's folders and the ones {@code data.allow} in {@code csi.properties} adds.
 */
public final class DataSources {

	/** The JDBC URL of an in-memory DuckDB. */
	public static final String DUCKDB = "jdbc:duckdb:";

	/** Where to connect, and the SQL that names the rows (a table, or a table function over a file). */
	public record Table(String url, String rows) {
	}

	private DataSources() {
	}

	public static boolean isJdbc(DataLocation data) {
		return data.getLocation() != null && data.getLocation().startsWith("jdbc:");
	}

	/** What makes the location unreadable whatever the files say, or null. */
	public static String problemWith(DataLocation data) {
		String location = data.getLocation();
		if (location == null || location.isBlank()) {
			return "it is empty";
		}
		if (isJdbc(data)) {
			return data.getTable() == null ? "a JDBC source needs the table that holds its rows: add 'table \"incidents\"'" : null;
		}
		return reader(location) == null ? "csi reads .csv, .tsv, .parquet, .json and .ndjson files" : null;
	}

	/**
	 * The table of a source whose plan file is {@code planFile}, when its file is inside one of
	 * {@code allowed} (inside the plan file's own folder when {@code allowed} is empty).
	 *
	 * @throws IllegalArgumentException with a message for the user when the file does not exist
	 *             or is outside the allowed folders
	 */
	public static Table table(DataLocation data, Path planFile, List<Path> allowed) {
		Path folder = planFile.toAbsolutePath().getParent();
		List<Path> folders = allowed.isEmpty() ? List.of(folder) : allowed;
		if (isJdbc(data)) {
			String database = duckdbFile(data.getLocation());
			if (database == null) {
				return new Table(data.getLocation(), data.getTable());
			}
			Path file = folder.resolve(database).normalize();
			confine(file, database, folders);
			return new Table(DUCKDB + file, data.getTable());
		}
		Path file = folder.resolve(data.getLocation()).normalize();
		confine(file, data.getLocation(), folders);
		return new Table(DUCKDB, reader(data.getLocation()) + "('" + file.toString().replace("'", "''") + "')");
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

	private static void confine(Path file, String location, List<Path> folders) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("data file '" + location + "' does not exist (looked for " + file + ")");
		}
		Path real;
		try {
			real = file.toRealPath();
		} catch (IOException e) {
			throw new IllegalArgumentException("data file '" + location + "' cannot be read (" + e.getMessage() + ")");
		}
		for (Path folder : folders) {
			try {
				if (real.startsWith(folder.toRealPath())) {
					return;
				}
			} catch (IOException e) {
				// a folder that does not exist allows nothing
			}
		}
		throw new IllegalArgumentException("data file '" + location + "' is outside the folders this plan set may read ("
				+ folders.stream().map(Path::toString).collect(Collectors.joining(", "))
				+ "); to read it, add its folder to 'data.allow' in csi.properties");
	}

	private static String reader(String location) {
		String name = location.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".tsv")) {
			return "read_csv_auto";
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
