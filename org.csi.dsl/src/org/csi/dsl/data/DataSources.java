package org.csi.dsl.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.csi.dsl.csi.DataLocation;

/**
 * Where a source's rows are read from: a file relative to the plan file (read by an in-memory
 * DuckDB, which reads CSV, Parquet and JSON directly), or a table of a JDBC database.
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
	 * The table of a source whose plan file is {@code planFile}.
	 *
	 * @throws IllegalArgumentException with a message for the user when the file does not exist
	 */
	public static Table table(DataLocation data, Path planFile) {
		if (isJdbc(data)) {
			return new Table(data.getLocation(), data.getTable());
		}
		Path file = planFile.toAbsolutePath().getParent().resolve(data.getLocation()).normalize();
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("data file '" + data.getLocation() + "' does not exist (looked for " + file + ")");
		}
		return new Table(DUCKDB, reader(data.getLocation()) + "('" + file.toString().replace("'", "''") + "')");
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
