package org.csi.data;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run may read and spend, set by whoever runs csi (its command line, its environment, the
 * user's own configuration), never by the plan set it reads: a plan set comes from a pull request.
 *
 * @param allowed the folders data files may be read from (each plan file's own folder when empty)
 * @param connections the named database connections
 * @param limits time and memory
 */
public record DataAccess(List<Path> allowed, ConnectionProfiles connections, Limits limits) {

	/**
	 * @param budgetSeconds the whole run's time for reading data: once used up, the measures and
	 *            checks left are findings, not a hang
	 * @param queryTimeoutSeconds one query's limit (also for reading one data file)
	 * @param loginTimeoutSeconds connecting and logging in to a database
	 * @param duckdbMemory DuckDB's memory limit, as DuckDB writes it ("2GB"); nothing spills to disk
	 * @param duckdbThreads DuckDB's threads
	 */
	public record Limits(int budgetSeconds, int queryTimeoutSeconds, int loginTimeoutSeconds, String duckdbMemory, int duckdbThreads) {

		public static final Limits DEFAULT = new Limits(300, 300, 30, "2GB", 2);

		public Limits {
			if (budgetSeconds < 1 || queryTimeoutSeconds < 1 || loginTimeoutSeconds < 1 || duckdbThreads < 1
					|| !duckdbMemory.matches("[0-9]{1,6}(\\.[0-9]{1,3})?\\s?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
				throw new IllegalArgumentException("limits must be positive and memory written as DuckDB writes it, such as 2GB");
			}
		}

		/** The same limits with another budget. */
		public Limits withBudget(int seconds) {
			return new Limits(seconds, Math.min(queryTimeoutSeconds, seconds), Math.min(loginTimeoutSeconds, seconds), duckdbMemory,
					duckdbThreads);
		}

		public Limits withMemory(String memory) {
			return new Limits(budgetSeconds, queryTimeoutSeconds, loginTimeoutSeconds, memory, duckdbThreads);
		}
	}

	/** The environment variable that allows more folders, separated as the platform separates paths (':' or ';'). */
	public static final String ALLOW_VARIABLE = "CSI_DATA_ALLOW";

	/** The folders that {@value #ALLOW_VARIABLE} allows, absolute. */
	public static List<Path> allowedByEnvironment(java.util.Map<String, String> environment) {
		String value = environment.get(ALLOW_VARIABLE);
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(value.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))).filter(s -> !s.isBlank())
				.map(s -> Path.of(s.strip()).toAbsolutePath().normalize()).toList();
	}

	/**
	 * The folders a run may read data from. {@code trusted} are the plan set's roots and what the
	 * command line or the environment allow; {@code narrowed} are what {@code data.allow} in
	 * {@code csi.properties} names (part of the plan set, so from the same pull request): it may
	 * only narrow, each folder must lie inside a trusted one, and then only those are read.
	 *
	 * @throws IllegalArgumentException naming a narrowed folder that would widen
	 */
	public static List<Path> folders(List<Path> trusted, List<Path> narrowed) {
		if (narrowed.isEmpty()) {
			return List.copyOf(trusted);
		}
		for (Path folder : narrowed) {
			Path real = realOrNormal(folder);
			if (trusted.stream().map(DataAccess::realOrNormal).noneMatch(real::startsWith)) {
				throw new IllegalArgumentException("data.allow names " + folder + ", outside the folders this run may read ("
						+ String.join(", ", trusted.stream().map(Path::toString).toList()) + "): csi.properties comes with the plans and may"
						+ " only narrow what they read; allow a folder outside with --data-allow or " + ALLOW_VARIABLE);
			}
		}
		return List.copyOf(narrowed);
	}

	private static Path realOrNormal(Path folder) {
		try {
			return folder.toRealPath();
		} catch (java.io.IOException e) {
			return folder.toAbsolutePath().normalize();
		}
	}

	/** Files from {@code allowed}, no database connection, the default limits. */
	public static DataAccess of(List<Path> allowed) {
		return new DataAccess(allowed, ConnectionProfiles.NONE, Limits.DEFAULT);
	}
}
