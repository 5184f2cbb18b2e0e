package org.csi.data;

import org.csi.dsl.sql.QueryGuard;
import org.csi.dsl.sql.Secrets;
import org.csi.dsl.sql.SourceLocations;
import org.csi.dsl.measures.Point;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.csi.data.DataSources.DatabaseTable;
import org.csi.data.DataSources.FileTable;
import org.csi.data.DataSources.Table;

/**
 * The databases of one run, and the only place where SQL is run. What it guarantees, in order:
 * <ol>
 * <li>Data files are read into an in-memory DuckDB by statements csi writes itself from checked
 * paths; DuckDB gets a memory and a thread limit, no spilling to disk and no extension loading,
 * and once the files are in, its access to anything outside its memory is switched off and its
 * configuration locked. No plan text runs before that ({@link #lock}).</li>
 * <li>Every statement that holds plan text passes {@link QueryGuard}: one query that only reads.</li>
 * <li>Every query runs in a transaction that is rolled back; on PostgreSQL a read-only one (the
 * server refuses any write), on a DuckDB database file a read-only database.</li>
 * <li>Time: connecting and logging in are limited, every query is limited and stopped when over,
 * and the whole run has a budget; once it is used up, {@link OutOfTime} says so.</li>
 * </ol>
 */
final class DataConnections implements AutoCloseable {

	/** The run's time is used up, or one query ran past its limit: the message says which. */
	static final class OutOfTime extends Exception {

		private static final long serialVersionUID = 1L;

		OutOfTime(String message) {
			super(message);
		}
	}

	/** The most rows a query may return: a measure has one value per period (and breakdown). */
	static final int MAX_ROWS = 1_000_000;

	private final DataAccess access;
	private final long deadline;
	private final String[] secrets;
	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "csi query watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Connection> open = new HashMap<>();

	/** Databases that could not be reached: each is tried once per run, not once per measure. */
	private final Map<String, SQLException> unreachable = new HashMap<>();

	/** The in-memory DuckDB that holds the data files, and whether plan text may run on it yet. */
	private Connection memory;
	private boolean locked;

	/** Data files read into memory, by real path (and shape): the table that holds their rows. */
	private final Map<Object, String> loaded = new HashMap<>();
	private final Map<Object, SQLException> unreadable = new HashMap<>();
	private final Set<String> privilegesChecked = new HashSet<>();

	DataConnections(DataAccess access) {
		this.access = access;
		this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(access.limits().budgetSeconds());
		this.secrets = access.connections().passwords();
	}

	/** Whatever a driver or csi says, without any password. */
	String redact(String message) {
		return Secrets.redact(message, secrets);
	}

	/**
	 * Reads these data files into memory, then closes DuckDB to everything else for the rest of
	 * the run. Files that cannot be read are remembered and reported where they are used.
	 */
	void loadAll(List<FileTable> files) {
		for (FileTable file : files) {
			try {
				rows(file);
			} catch (SQLException | OutOfTime e) {
				// reported where a measure or a check uses the source
			}
		}
		lock();
	}

	/** From here on, plan text may run on the in-memory DuckDB: it reaches nothing but its memory. */
	private void lock() {
		locked = true;
		if (memory == null) {
			return;
		}
		try (Statement statement = memory.createStatement()) {
			statement.execute("SET enable_external_access = false");
			statement.execute("SET lock_configuration = true");
			memory.setAutoCommit(false);
		} catch (SQLException e) {
			// no query runs on a DuckDB that could still reach the file system
			SQLException refused = new SQLException("DuckDB could not be closed to the file system (" + e.getMessage() + "); nothing was read");
			loaded.keySet().forEach(key -> unreadable.put(key, refused));
			loaded.clear();
			close(memory);
			memory = null;
		}
	}

	/**
	 * The SQL that names a source's rows in a query: the table a data file was read into, or a
	 * database's table as a quoted identifier; for an event log, only the row that counts per case.
	 */
	String rows(Table table) throws SQLException, OutOfTime {
		if (table instanceof DatabaseTable database) {
			connection(database);
			DataSources.Shape shape = database.shape();
			return shape == null ? database.quoted()
					: "(SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY " + SourceLocations.quote(shape.caseKey()) + " ORDER BY "
							+ SourceLocations.quote(shape.latestBy()) + " DESC NULLS LAST) AS csi_row FROM " + database.quoted()
							+ ") AS csi_all WHERE csi_row = 1) AS csi_cases";
		}
		FileTable file = (FileTable) table;
		String read = loaded.get(file);
		if (read != null) {
			return read;
		}
		SQLException failure = unreadable.get(file);
		if (failure != null) {
			throw failure;
		}
		if (locked) {
			throw new SQLException("data file " + file.file().getFileName() + " was not read before the queries began");
		}
		String temporary = "csi_source_" + (loaded.size() + unreadable.size() + 1);
		StringBuilder reader = new StringBuilder(file.reader()).append('(').append(SourceLocations.literal(file.file().toString()));
		if (file.missing() != null) {
			reader.append(", nullstr = ").append(SourceLocations.literal(file.missing()));
		}
		if (file.timestampFormat() != null) {
			reader.append(", timestampformat = ").append(SourceLocations.literal(file.timestampFormat()));
		}
		reader.append(')');
		String select = "SELECT * FROM " + reader;
		if (file.shape() != null) {
			select = "SELECT * EXCLUDE (csi_row) FROM (SELECT *, row_number() OVER (PARTITION BY " + SourceLocations.quote(file.shape().caseKey())
					+ " ORDER BY " + SourceLocations.quote(file.shape().latestBy()) + " DESC NULLS LAST) AS csi_row FROM " + reader
					+ ") WHERE csi_row = 1";
		}
		String create = "CREATE TEMPORARY TABLE " + temporary + " AS " + select;
		try (Statement statement = memory().createStatement()) {
			run(statement, () -> statement.execute(create));
		} catch (SQLException e) {
			unreadable.put(file, e);
			throw e;
		}
		loaded.put(file, temporary);
		return temporary;
	}

	private Connection memory() throws SQLException {
		if (memory == null) {
			memory = duckdb(SourceLocations.DUCKDB, false);
		}
		return memory;
	}

	private Connection connection(Table table) throws SQLException, OutOfTime {
		if (table instanceof FileTable) {
			if (!locked) {
				throw new SQLException("no query runs before every data file is read and DuckDB is closed to the file system");
			}
			if (memory == null) {
				throw new SQLException("no data file could be read");
			}
			return memory;
		}
		DatabaseTable database = (DatabaseTable) table;
		String key = database.url() + "\u0000" + database.user();
		Connection connection = open.get(key);
		if (connection == null) {
			if (unreachable.containsKey(key)) {
				throw unreachable.get(key);
			}
			try {
				connection = database.isDuckdb() ? duckdb(database.url(), true) : jdbc(database);
			} catch (SQLException e) {
				unreachable.put(key, e);
				throw e;
			}
			open.put(key, connection);
		}
		return connection;
	}

	/**
	 * A database other than DuckDB, reached through a named connection: limited login, read-only
	 * session, no auto-commit (every query's transaction is rolled back).
	 */
	private Connection jdbc(DatabaseTable database) throws SQLException, OutOfTime {
		int login = Math.min(access.limits().loginTimeoutSeconds(), remainingSeconds());
		Properties properties = new Properties();
		if (database.user() != null) {
			properties.setProperty("user", database.user());
		}
		if (database.password() != null) {
			properties.setProperty("password", database.password());
		}
		if (database.url().startsWith("jdbc:postgresql:")) {
			properties.setProperty("loginTimeout", Integer.toString(login));
			properties.setProperty("connectTimeout", Integer.toString(login));
			// a server that stops answering mid-query ends the read, whatever the query's own limit does
			properties.setProperty("socketTimeout", Integer.toString(access.limits().queryTimeoutSeconds() + 30));
			properties.setProperty("readOnly", "true");
			properties.setProperty("readOnlyMode", "always");
			properties.setProperty("ApplicationName", "csi");
		} else {
			DriverManager.setLoginTimeout(login); // another driver: the only limit JDBC offers
		}
		Connection connection;
		try {
			connection = DriverManager.getConnection(database.url(), properties);
		} catch (SQLException e) {
			throw new SQLException(redact("cannot connect to " + database.url() + ": " + e.getMessage()), e.getSQLState());
		}
		try {
			connection.setAutoCommit(false);
			connection.setReadOnly(true); // a plan reads a team's database, it never changes it
		} catch (SQLException e) {
			close(connection);
			throw new SQLException(redact("the connection cannot be made read-only: " + e.getMessage()), e.getSQLState());
		}
		return connection;
	}

	/**
	 * DuckDB's driver, made directly rather than found through DriverManager, which does not look
	 * into other bundles in Eclipse (this bundle imports DuckDB's package). A database file is opened read-only,
	 * closed to the file system and locked at once; the in-memory one is locked after the files
	 * are read ({@link #lock}).
	 */
	private Connection duckdb(String url, boolean file) throws SQLException {
		java.sql.Driver driver = new org.duckdb.DuckDBDriver();
		Properties properties = new Properties();
		properties.setProperty("memory_limit", access.limits().duckdbMemory());
		properties.setProperty("threads", Integer.toString(access.limits().duckdbThreads()));
		properties.setProperty("autoinstall_known_extensions", "false");
		properties.setProperty("autoload_known_extensions", "false");
		properties.setProperty("allow_community_extensions", "false");
		if (file) {
			properties.setProperty("duckdb.read_only", "true"); // a database file is read, never changed
			properties.setProperty("enable_external_access", "false"); // and its queries reach no other file
			properties.setProperty("lock_configuration", "true");
		}
		properties.setProperty("temp_directory", ""); // over the memory limit, a query fails; it never spills to disk
		Connection connection = driver.connect(url, properties);
		if (file) {
			connection.setAutoCommit(false);
		}
		return connection;
	}

	/**
	 * Finds out whether the connection's user may change {@code table} (PostgreSQL), once per
	 * table: the message of a warning, or null.
	 */
	String writable(DatabaseTable table) throws SQLException, OutOfTime {
		if (!table.url().startsWith("jdbc:postgresql:") || !privilegesChecked.add(table.url() + "\u0000" + table.table())) {
			return null;
		}
		Connection connection = connection(table);
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT current_user, has_table_privilege(?, 'INSERT, UPDATE, DELETE, TRUNCATE')")) {
			statement.setString(1, table.quoted());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(2) ? "the database user '" + result.getString(1) + "' may change table '" + table.table()
						+ "' (INSERT, UPDATE, DELETE or TRUNCATE). csi only reads, in read-only transactions, but give it a role that may only"
						+ " read (GRANT SELECT)" : null;
			}
		} finally {
			connection.rollback();
		}
	}

	/**
	 * The values of a hand-written query: it returns (period, value), or (period, value, rows) to say
	 * how many rows are behind each value.
	 */
	List<Point> points(Table table, String sql) throws SQLException, OutOfTime, QueryGuard.Refused {
		List<Point> points = new ArrayList<>();
		query(table, sql, rows -> {
			int columns = rows.getMetaData().getColumnCount();
			if (columns != 2 && columns != 3) {
				throw new IllegalStateException("the query returns " + columns + " columns; it must return two: the period (a date) and the"
						+ " value (a number), or three: then the number of rows behind the value.");
			}
			int read = 0;
			while (rows.next()) {
				tooMany(read++);
				Object period = rows.getObject(1);
				Object value = rows.getObject(2);
				if (period == null || value == null) {
					continue;
				}
				if (!(value instanceof Number number)) {
					throw new IllegalStateException("the query's second column holds '" + value + "'; it must be the value, a number.");
				}
				long count = -1;
				if (columns == 3) {
					if (!(rows.getObject(3) instanceof Number n) || n.doubleValue() < 0) {
						throw new IllegalStateException("the query's third column holds '" + rows.getObject(3)
								+ "'; it must be the number of rows behind the value.");
					}
					count = n.longValue();
				}
				points.add(new Point(date(period), finite(number, date(period)), count, null));
			}
		});
		points.sort(Comparator.comparing(Point::period));
		return points;
	}

	/**
	 * The values of a computed query (period, the dimensions, value, rows, first day), per combination
	 * of the dimensions (one empty combination without dimensions). A period whose value is NULL (a
	 * mean of no rows) is kept, without a value.
	 */
	Map<Map<String, String>, List<Point>> pointsPer(Table table, String sql, List<String> dimensions)
			throws SQLException, OutOfTime, QueryGuard.Refused {
		Map<Map<String, String>, List<Point>> values = new LinkedHashMap<>();
		int at = dimensions.size() + 2;
		query(table, sql, rows -> {
			int read = 0;
			while (rows.next()) {
				tooMany(read++);
				Object period = rows.getObject(1);
				Object value = rows.getObject(at);
				if (period == null || value != null && !(value instanceof Number)) {
					continue;
				}
				Map<String, String> key = new LinkedHashMap<>();
				for (int i = 0; i < dimensions.size(); i++) {
					key.put(dimensions.get(i), String.valueOf(rows.getObject(i + 2)));
				}
				Double number = value == null ? null : finite((Number) value, date(period));
				Object first = rows.getObject(at + 2);
				values.computeIfAbsent(key, k -> new ArrayList<>())
						.add(new Point(date(period), number, ((Number) rows.getObject(at + 1)).longValue(), first == null ? null : date(first)));
			}
		});
		values.values().forEach(points -> points.sort(Comparator.comparing(Point::period)));
		return values;
	}

	/** The two counts of a check query: rows that fail, all rows. */
	long[] counts(Table table, String sql) throws SQLException, OutOfTime, QueryGuard.Refused {
		long[] counts = new long[2];
		query(table, sql, rows -> {
			rows.next();
			counts[0] = rows.getLong(1);
			counts[1] = rows.getLong(2);
		});
		return counts;
	}

	private interface Rows {
		void read(ResultSet rows) throws SQLException;
	}

	private interface Work {
		void run() throws SQLException;
	}

	/**
	 * Runs a statement that holds plan text: checked by {@link QueryGuard}, within the time left,
	 * in a transaction (read-only where the database has them) that is rolled back afterwards.
	 */
	private void query(Table table, String sql, Rows reader) throws SQLException, OutOfTime, QueryGuard.Refused {
		QueryGuard.requireReadOnlyQuery(sql);
		Connection connection = connection(table);
		try (Statement statement = connection.createStatement()) {
			if (table instanceof DatabaseTable database && database.url().startsWith("jdbc:postgresql:")) {
				statement.execute("SET TRANSACTION READ ONLY");
			}
			run(statement, () -> {
				try (ResultSet rows = statement.executeQuery(sql)) {
					reader.read(rows);
				}
			});
		} catch (SQLException e) {
			throw new SQLException(redact(e.getMessage()), e.getSQLState());
		} finally {
			try {
				rollback(connection);
			} catch (SQLException e) {
				// a connection that broke mid-query: the query's own failure says more, and nothing was written
			}
		}
	}

	/** Runs {@code work} on {@code statement}, stopping it when it runs past the query limit or the run's budget. */
	private void run(Statement statement, Work work) throws SQLException, OutOfTime {
		int limit = Math.min(access.limits().queryTimeoutSeconds(), remainingSeconds());
		try {
			statement.setQueryTimeout(limit);
		} catch (SQLException | UnsupportedOperationException e) {
			// the watchdog below stops it
		}
		AtomicBoolean stopped = new AtomicBoolean();
		ScheduledFuture<?> stop = watchdog.schedule(() -> {
			stopped.set(true);
			try {
				statement.cancel();
			} catch (SQLException | RuntimeException e) {
				// it ended meanwhile
			}
		}, limit, TimeUnit.SECONDS);
		long started = System.nanoTime();
		try {
			work.run();
		} catch (SQLException e) {
			if (stopped.get() || "57014".equals(e.getSQLState()) || stoppedByItsOwnTimeout(e, started, limit)) {
				throw new OutOfTime("it ran past its limit of " + limit + " s and was stopped"
						+ (limit < access.limits().queryTimeoutSeconds() ? " (the rest of the run's time budget of "
								+ access.limits().budgetSeconds() + " s)" : ""));
			}
			throw e;
		} finally {
			stop.cancel(false);
		}
	}

	/**
	 * Whether the driver's own query timeout stopped the statement a moment before the watchdog
	 * would have: DuckDB says so only as an interruption, without an SQL state.
	 */
	private static boolean stoppedByItsOwnTimeout(SQLException e, long started, int limit) {
		boolean interrupted = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("interrupt");
		return interrupted && System.nanoTime() - started >= TimeUnit.SECONDS.toNanos(limit) - TimeUnit.MILLISECONDS.toNanos(250);
	}

	/** Seconds left of the run's budget, rounded up. */
	private int remainingSeconds() throws OutOfTime {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new OutOfTime("the run's time budget of " + access.limits().budgetSeconds() + " s is used up (--time-budget)");
		}
		return (int) ((left + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
	}

	/** Rolls back whatever the last statement changed (nothing, unless it tried). */
	private static void rollback(Connection connection) throws SQLException {
		if (connection != null && !connection.getAutoCommit()) {
			connection.rollback();
		}
	}

	private static void tooMany(int read) {
		if (read >= MAX_ROWS) {
			throw new IllegalStateException("the query returns more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
					+ " rows; a measure has one value per period: aggregate the rows with GROUP BY.");
		}
	}

	/** A value from the data that csi can judge: a finite number. */
	private static double finite(Number number, LocalDate period) {
		double value = number.doubleValue();
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new NotANumber(period, number.toString());
		}
		return value;
	}

	/** A value from the data that is not a finite number (NaN, an infinity, an overflowing sum). */
	static final class NotANumber extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		NotANumber(LocalDate period, String value) {
			super("the value for the period of " + period + " is " + value + ", not a finite number: a cell of the source holds NaN or an"
					+ " infinity, or a sum overflowed. Filter such rows out with 'where'.");
		}
	}

	private static LocalDate date(Object period) {
		if (period instanceof java.sql.Timestamp timestamp) {
			return timestamp.toLocalDateTime().toLocalDate();
		}
		if (period instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (period instanceof LocalDate date) {
			return date;
		}
		if (period instanceof LocalDateTime time) {
			return time.toLocalDate();
		}
		if (period instanceof java.time.OffsetDateTime time) {
			return time.toLocalDate();
		}
		try {
			return LocalDate.parse(period.toString().substring(0, Math.min(10, period.toString().length())));
		} catch (RuntimeException e) {
			throw new IllegalStateException("the query's first column holds '" + period + "'; it must be the period, a date.");
		}
	}

	@Override
	public void close() {
		watchdog.shutdownNow();
		open.values().forEach(DataConnections::close);
		if (memory != null) {
			close(memory);
		}
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// nothing was written: closing cannot lose anything
		}
	}
}
