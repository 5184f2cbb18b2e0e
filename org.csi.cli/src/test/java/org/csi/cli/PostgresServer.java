package org.csi.cli;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started from Debian's {@code postgresql} package (which
 * {@code .ci/run} installs) in a folder of its own, on a free port of 127.0.0.1 only, with
 * password authentication; stopped when the tests' JVM ends. When the tests run as root, the
 * server runs as the {@code postgres} user (PostgreSQL refuses to run as root).
 * <p>
 * Roles: {@link #ADMIN} (owns everything), {@link #READER} (may only read), {@link #WRITER}
 * (may change the tables), all with {@link #PASSWORD}.
 */
final class PostgresServer {

	static final String ADMIN = "csi_admin";
	static final String READER = "csi_reader";
	static final String WRITER = "csi_writer";
	static final String PASSWORD = "s3cret-Pw.42";
	static final String DATABASE = "itsm";

	private static PostgresServer running;

	final int port;
	private final Path folder;
	private final Path bin;
	private final boolean asPostgres;

	private PostgresServer(int port, Path folder, Path bin, boolean asPostgres) {
		this.port = port;
		this.folder = folder;
		this.bin = bin;
		this.asPostgres = asPostgres;
	}

	/** The server, started on first use. Fails (never skips) when PostgreSQL is not installed: CI installs it. */
	static synchronized PostgresServer get() throws Exception {
		if (running == null) {
			running = start();
			Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
		}
		return running;
	}

	private static PostgresServer start() throws Exception {
		Path bin = binaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path folder = Files.createTempDirectory("csi-postgres");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
		Path data = folder.resolve("data");
		Path passwordFile = folder.resolve("password");
		Files.writeString(passwordFile, PASSWORD + "\n");
		Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		PostgresServer server = new PostgresServer(port, folder, bin, root);
		server.run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN, "--auth=scram-sha-256",
				"--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C");
		server.run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l", folder.resolve("log").toString(), "-o",
				"-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
		try (Connection admin = DriverManager.getConnection(server.url("postgres"), ADMIN, PASSWORD);
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + DATABASE);
			statement.execute("CREATE ROLE " + READER + " LOGIN PASSWORD '" + PASSWORD + "'");
			statement.execute("CREATE ROLE " + WRITER + " LOGIN PASSWORD '" + PASSWORD + "'");
		}
		return server;
	}

	/** The newest installed PostgreSQL's programs. */
	private static Path binaries() throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(versions)) {
			try (Stream<Path> list = Files.list(versions)) {
				Path newest = list.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
						.max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0")))).orElse(null);
				if (newest != null) {
					return newest.resolve("bin");
				}
			}
		}
		throw new IllegalStateException("PostgreSQL is not installed (Debian: apt-get install postgresql; .ci/run does it):"
				+ " the data tests run on PostgreSQL as well as on DuckDB");
	}

	private void run(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		if (asPostgres) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		Path log = Files.createTempFile("csi-postgres", ".log");
		Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File("/")).start();
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", line) + " failed:\n" + Files.readString(log));
		}
		Files.delete(log);
	}

	String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** A connection of the administrator to the tests' database. */
	Connection admin() throws SQLException {
		return DriverManager.getConnection(url(DATABASE), ADMIN, PASSWORD);
	}

	/** Runs statements as the administrator in the tests' database. */
	void execute(String... statements) throws SQLException {
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/** A connections file that names this server as {@code name}, for {@code user}. */
	Path connectionsFile(Path folder, String name, String user) throws IOException {
		Path file = folder.resolve("connections.properties");
		Files.writeString(file, name + ".url = " + url(DATABASE) + "\n" + name + ".user = " + user + "\n" + name + ".password = " + PASSWORD + "\n");
		return file;
	}

	private void stop() {
		try {
			run(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "stop");
		} catch (IOException | InterruptedException | RuntimeException e) {
			// the JVM ends anyway; the folder is temporary
		}
	}
}
