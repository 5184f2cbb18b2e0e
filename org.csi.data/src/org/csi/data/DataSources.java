package org.csi.data;

import org.csi.dsl.sql.Secrets;
import org.csi.dsl.sql.SourceLocations;

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
			return url.startsWith(SourceLocations.DUCKDB);
		}

		/** The table, quoted, ready for SQL: "schema"."name". */
		public String quoted() {
			return String.join(".", java.util.Arrays.stream(table.split("\\.")).map(SourceLocations::quote).toList());
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

	/**
	 * The rows of a source whose plan file is {@code planFile}.
	 *
	 * @param allowed the folders files may be read from (the plan file's own folder when empty)
	 * @throws IllegalArgumentException with a message for the user when the source cannot be read:
	 *             a file that does not exist or lies outside the allowed folders, an unknown
	 *             connection
	 */
	public static Table table(DataLocation data, Path planFile, List<Path> allowed, ConnectionProfiles profiles) {
		String problem = SourceLocations.problemWith(data);
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
		if (SourceLocations.isJdbc(data)) {
			String database = SourceLocations.duckdbFile(data.getLocation());
			Path file = confine(folder.resolve(database).normalize(), database, folders);
			return new DatabaseTable(SourceLocations.DUCKDB + file, null, null, data.getTable(), shape);
		}
		Path file = confine(folder.resolve(data.getLocation()).normalize(), data.getLocation(), folders);
		return new FileTable(file, SourceLocations.reader(data.getLocation()), data.getTimestampFormat(), data.getMissing(), shape);
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
		if (SourceLocations.hasGlob(real.toString()) || real.toString().indexOf('\'') >= 0 || real.toString().chars().anyMatch(Character::isISOControl)) {
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

}
