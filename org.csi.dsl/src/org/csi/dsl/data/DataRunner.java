package org.csi.dsl.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.analysis.Actions;
import org.csi.dsl.analysis.Features;
import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.analysis.PlanSetIndexProvider;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.csi.Check;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.Frequency;
import org.csi.dsl.csi.Gather;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.csi.dsl.headless.Finding;
import org.csi.dsl.validation.IssueCodeInfo;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Steps 3 to 5 on the team's data: runs every measure's {@code compute} or {@code query} over the
 * source its {@code gather} step names, runs the integrity checks, and judges the values against
 * targets. Every failure (a missing file, an SQL error, a query of the wrong shape) becomes a
 * finding at the clause that declares it; nothing is thrown.
 * <p>
 * Queries only read. Every data file is read into DuckDB's memory before the first query runs;
 * then DuckDB's access to the file system is switched off and locked, a query must be one
 * SELECT statement, and whatever it changes in memory (a DELETE inside a WITH) is rolled back
 * before the next one. A DuckDB database file is opened read-only with the same lock; another
 * database gets a read-only connection (give csi a database user that may only read).
 */
public class DataRunner {

	/** How long one query may run, and how long connecting to a database may take, in seconds. */
	public static final int QUERY_TIMEOUT_SECONDS = 300;
	public static final int LOGIN_TIMEOUT_SECONDS = 30;

	/** Misses in a row, up to the latest period, that call for a corrective action. */
	public static final int MISSES_FOR_ACTION = 3;

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	@Inject
	private PlanSetIndexProvider indexProvider;

	@Inject
	private CsiSettings settings;

	private final MeasureAnalyzer analyzer = new MeasureAnalyzer();

	/** Whether DuckDB is here to read data files: always in the CLI, in Eclipse with the optional feature. */
	public static boolean canReadFiles() {
		try {
			Class.forName("org.duckdb.DuckDBDriver", false, DataRunner.class.getClassLoader());
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** Runs the plans' data steps, each plan reading data files only from its own folder. */
	public DataResult run(ResourceSet resourceSet) {
		return run(resourceSet, List.of(), CancelIndicator.NullImpl);
	}

	/**
	 * Runs the plans' data steps, reading data files only from the {@code allowed} folders (from
	 * each plan file's own folder when it is empty). Stops between measures when cancelled, with
	 * what it has.
	 */
	public DataResult run(ResourceSet resourceSet, List<Path> allowed, CancelIndicator cancel) {
		List<Finding> findings = new ArrayList<>();
		Map<ShouldMeasure, MeasureAnalysis> analyses = new LinkedHashMap<>();
		List<Resource> resources = new ArrayList<>(resourceSet.getResources());
		resources.sort(Comparator.comparing(r -> r.getURI().toString()));
		try (Connections connections = new Connections(allowed)) {
			connections.loadAll(resources);
			for (Resource resource : resources) {
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanFile file)) {
					continue;
				}
				for (Element element : file.getElements()) {
					if (cancel.isCanceled()) {
						break;
					}
					if (element instanceof ShouldMeasure measure) {
						measure(measure, connections, findings, analyses);
					} else if (element instanceof Gather gather) {
						checks(gather, connections, findings);
					}
				}
			}
		}
		findings.removeIf(finding -> finding == null);
		findings.sort(Finding.ORDER);
		return new DataResult(analyses, findings);
	}

	private void measure(ShouldMeasure measure, Connections connections, List<Finding> findings,
			Map<ShouldMeasure, MeasureAnalysis> analyses) {
		PlanSetIndex index = indexProvider.get(measure);
		Processing processing = index.processings(measure).stream().filter(p -> p.getComputation() != null || p.getQuery() != null)
				.findFirst().orElse(null);
		if (processing == null || processing.getComputation() != null && SqlBuilder.problemWith(processing.getComputation()) != null) {
			return; // not computed, or the validator says why it cannot be
		}
		EStructuralFeature clause = processing.getComputation() != null ? P.getProcessing_Computation() : P.getProcessing_Query();
		String name = measure.getName();
		Source source = index.gathers(measure).stream().map(Gather::getSource)
				.filter(s -> s != null && !s.eIsProxy() && s.getData() != null).findFirst().orElse(null);
		if (source == null) {
			findings.add(finding(processing, clause, IssueCodes.DATA_ERROR, "Measure '" + name
					+ "' is computed, but no 'gather " + name + " from <source>' names a source with 'data': there is nothing to compute it from."));
			return;
		}
		DataSources.Table table;
		try {
			table = connections.table(source);
		} catch (IllegalArgumentException e) {
			findings.add(finding(source.getData(), P.getDataLocation_Location(), IssueCodes.DATA_ERROR,
					"Source '" + source.getName() + "': " + e.getMessage() + "."));
			return;
		}
		Frequency frequency = frequencyOf(measure, processing);
		List<Point> points;
		try {
			String rows = connections.rows(table);
			String sql = processing.getComputation() != null
					? SqlBuilder.sql(processing.getComputation(), rows, frequency, "%".equals(measure.getUnit()))
					: processing.getQuery().replace("{source}", rows);
			points = connections.points(table.url(), sql);
		} catch (SQLException e) {
			findings.add(finding(processing, clause, IssueCodes.DATA_ERROR,
					"Measure '" + name + "': the query over source '" + source.getName() + "' failed: " + firstLine(e.getMessage())));
			return;
		} catch (IllegalStateException e) {
			findings.add(finding(processing, clause, IssueCodes.DATA_ERROR, "Measure '" + name + "': " + e.getMessage()));
			return;
		}
		if (points.isEmpty()) {
			findings.add(finding(processing, clause, IssueCodes.DATA_NO_DATA,
					"Measure '" + name + "': source '" + source.getName() + "' yields no data for it."));
			return;
		}
		MeasureAnalysis analysis = analyzer.analyze(measure, source.getName(), points, index.analyses(measure));
		if (processing.getComputation() != null && !measure.getBreakdown().isEmpty()) {
			try {
				String sql = SqlBuilder.sql(processing.getComputation(), connections.rows(table), frequency, "%".equals(measure.getUnit()),
						measure.getBreakdown());
				List<MeasureAnalysis.Breakdown> breakdown = new ArrayList<>();
				connections.pointsPer(table.url(), sql, measure.getBreakdown()).entrySet().stream()
						.sorted(Comparator.comparing(entry -> String.join("\u0000", entry.getKey().values())))
						.forEach(entry -> breakdown.add(new MeasureAnalysis.Breakdown(entry.getKey(), analyzer.judge(measure, entry.getValue()))));
				analysis = analysis.withBreakdown(breakdown);
			} catch (SQLException e) {
				findings.add(finding(processing, clause, IssueCodes.DATA_ERROR, "Measure '" + name + "': the values per "
						+ String.join(", ", measure.getBreakdown()) + " could not be computed: " + firstLine(e.getMessage())));
			}
		}
		analyses.put(measure, analysis);
		LocalDate expected = start(settings.getReferenceDate(), frequency).minus(1, unit(frequency));
		LocalDate latest = analysis.latest().period();
		if (latest.isBefore(expected)) {
			Gather gather = index.gathers(measure).stream().filter(g -> g.getSource() == source).findFirst().orElse(null);
			findings.add(finding(gather != null ? gather : measure, gather != null ? P.getGather_Source() : P.getShouldMeasure_Name(),
					IssueCodes.DATA_STALE, "Measure '" + name + "': the latest data of source '" + source.getName() + "' is for " + latest
							+ ", but data every " + frequency.getLiteral() + " should reach " + expected + "."));
		}
		if (analysis.missedInARow() >= MISSES_FOR_ACTION && index.addressings(measure).stream()
				.noneMatch(addressing -> Actions.isOpen(addressing.action().getStatus()))) {
			List<PeriodResult> missed = analysis.periods().subList(analysis.periods().size() - analysis.missedInARow(), analysis.periods().size());
			findings.add(finding(measure, P.getShouldMeasure_Name(), IssueCodes.DATA_KPI_MISSED, "Measure '" + name + "' missed its target of "
					+ Figures.number(analysis.target()) + " in each of the last " + missed.size() + " periods ("
					+ String.join(", ", missed.stream().map(p -> Figures.number(p.actual())).toList())
					+ ") and no open corrective action addresses it."));
		}
	}

	private void checks(Gather gather, Connections connections, List<Finding> findings) {
		Source source = gather.getSource();
		if (source == null || source.eIsProxy() || source.getData() == null) {
			return;
		}
		for (Check check : gather.getChecks()) {
			if (check.getCondition() == null) {
				continue;
			}
			try {
				DataSources.Table table = connections.table(source);
				long[] counts = connections.counts(table.url(), "SELECT count(*) FILTER (WHERE NOT (" + check.getCondition()
						+ ") OR (" + check.getCondition() + ") IS NULL), count(*) FROM " + connections.rows(table));
				if (counts[0] > 0) {
					findings.add(finding(check, P.getCheck_Condition(), IssueCodes.DATA_CHECK_FAILED, "Check '" + check.getDescription()
							+ "' fails for " + counts[0] + " of " + counts[1] + " rows of source '" + source.getName() + "'."));
				}
			} catch (IllegalArgumentException e) {
				return; // the missing file is reported once, with the measure
			} catch (SQLException e) {
				findings.add(finding(check, P.getCheck_Condition(), IssueCodes.DATA_ERROR,
						"Check '" + check.getDescription() + "' could not run: " + firstLine(e.getMessage())));
			}
		}
	}

	private static Frequency frequencyOf(ShouldMeasure measure, Processing processing) {
		if (Features.isSet(measure, P.getShouldMeasure_Frequency())) {
			return measure.getFrequency();
		}
		return Features.isSet(processing, P.getStep_Frequency()) ? processing.getFrequency() : Frequency.MONTH;
	}

	/** The first day of the period that holds {@code date}, as SQL's date_trunc counts periods. */
	static LocalDate start(LocalDate date, Frequency frequency) {
		return switch (frequency) {
		case HOUR, DAY -> date;
		case WEEK -> date.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		case MONTH -> date.withDayOfMonth(1);
		case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
		case YEAR -> date.withDayOfYear(1);
		};
	}

	private static ChronoUnit unit(Frequency frequency) {
		return switch (frequency) {
		case HOUR, DAY -> ChronoUnit.DAYS;
		case WEEK -> ChronoUnit.WEEKS;
		case MONTH -> ChronoUnit.MONTHS;
		case QUARTER -> ChronoUnit.MONTHS;
		case YEAR -> ChronoUnit.YEARS;
		};
	}

	private static Path pathOf(EObject element) {
		return Path.of(element.eResource().getURI().toFileString());
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		String line = message.strip().lines().findFirst().orElse("");
		return line.endsWith(".") ? line : line + ".";
	}

	private Finding finding(EObject element, EStructuralFeature feature, String code, String message) {
		String severity = settings.getSeverities().getOrDefault(code, IssueCodeInfo.get(code).defaultSeverity());
		if (severity.equals("ignore")) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(element) : nodes.get(0);
		var start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		var end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
		return new Finding(pathOf(element), start.getLine(), start.getColumn(), end.getLine(), end.getColumn(), node.getOffset(),
				node.getLength(), Finding.Severity.valueOf(severity.toUpperCase(java.util.Locale.ROOT)), code, message);
	}

	/** One connection per database for the whole run; DuckDB's is in memory and holds the files. */
	private static final class Connections implements AutoCloseable {

		private final List<Path> allowed;

		private final Map<String, Connection> open = new HashMap<>();

		/** Files read once into DuckDB's memory, by their table function: every query of the run reads them there. */
		private final Map<String, String> loaded = new HashMap<>();

		/** Files that could not be read, by their table function. */
		private final Map<String, SQLException> unreadable = new HashMap<>();

		Connections(List<Path> allowed) {
			this.allowed = allowed;
		}

		DataSources.Table table(Source source) {
			return DataSources.table(source.getData(), pathOf(source), allowed);
		}

		/**
		 * Reads every data file a measure or a check of these plans uses into memory, then takes
		 * the file system away from DuckDB for the rest of the run.
		 */
		void loadAll(List<Resource> resources) {
			for (Resource resource : resources) {
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanFile file)) {
					continue;
				}
				for (Element element : file.getElements()) {
					if (element instanceof Gather gather && gather.getSource() != null && !gather.getSource().eIsProxy()
							&& gather.getSource().getData() != null) {
						try {
							rows(table(gather.getSource()));
						} catch (IllegalArgumentException | SQLException e) {
							// reported where a measure or a check uses the source
						}
					}
				}
			}
			Connection memory = open.get(DataSources.DUCKDB);
			if (memory != null) {
				try (Statement statement = memory.createStatement()) {
					statement.execute("SET enable_external_access = false");
					statement.execute("SET lock_configuration = true");
					memory.setAutoCommit(false);
				} catch (SQLException e) {
					// no query runs on a DuckDB that could still reach the file system
					loaded.keySet().forEach(rows -> unreadable.put(rows, e));
					loaded.clear();
					open.remove(DataSources.DUCKDB);
					close(memory);
				}
			}
		}

		/** The rows of a table for the queries: a data file is read once per run, a database table as it is. */
		String rows(DataSources.Table table) throws SQLException {
			if (!table.url().equals(DataSources.DUCKDB)) {
				return table.rows();
			}
			String name = loaded.get(table.rows());
			if (name == null) {
				SQLException failure = unreadable.get(table.rows());
				if (failure != null) {
					throw failure;
				}
				name = "source_" + (loaded.size() + 1);
				try (Statement statement = connection(table.url()).createStatement()) {
					statement.execute("CREATE TEMPORARY TABLE " + name + " AS SELECT * FROM " + table.rows());
				} catch (SQLException e) {
					unreadable.put(table.rows(), e);
					throw e;
				}
				loaded.put(table.rows(), name);
			}
			return name;
		}

		private Connection connection(String url) throws SQLException {
			Connection connection = open.get(url);
			if (connection == null) {
				if (url.startsWith(DataSources.DUCKDB)) {
					connection = duckdb(url);
				} else {
					DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS); // an unreachable database is a finding, not a hang
					connection = DriverManager.getConnection(url);
					connection.setReadOnly(true); // a plan reads a team's database, it never changes it
				}
				open.put(url, connection);
			}
			return connection;
		}

		/**
		 * DuckDB's driver, loaded by name rather than through DriverManager: in Eclipse it is in
		 * another bundle, which DriverManager does not look into.
		 */
		private static Connection duckdb(String url) throws SQLException {
			try {
				java.sql.Driver driver = (java.sql.Driver) Class.forName("org.duckdb.DuckDBDriver").getDeclaredConstructor().newInstance();
				java.util.Properties properties = new java.util.Properties();
				if (!url.equals(DataSources.DUCKDB)) {
					properties.setProperty("duckdb.read_only", "true"); // a database file is read, never changed
					properties.setProperty("enable_external_access", "false"); // and its queries reach no other file
					properties.setProperty("lock_configuration", "true");
				}
				return driver.connect(url, properties);
			} catch (ReflectiveOperationException | LinkageError e) {
				throw new SQLException("DuckDB is not installed here (the csi CLI has it; in Eclipse, install the optional feature"
						+ " 'csi data: DuckDB')", e);
			}
		}

		List<Point> points(String url, String sql) throws SQLException {
			List<Point> points = new ArrayList<>();
			try (Statement statement = statement(url, sql); ResultSet rows = statement.executeQuery(sql)) {
				if (rows.getMetaData().getColumnCount() != 2) {
					throw new IllegalStateException("the query returns " + rows.getMetaData().getColumnCount()
							+ " columns; it must return two: the period (a date) and the value (a number).");
				}
				while (rows.next()) {
					Object period = rows.getObject(1);
					Object value = rows.getObject(2);
					if (period == null || value == null) {
						continue;
					}
					if (!(value instanceof Number number)) {
						throw new IllegalStateException("the query's second column holds '" + value + "'; it must be the value, a number.");
					}
					points.add(new Point(date(period), number.doubleValue()));
				}
			} finally {
				undo(url);
			}
			points.sort(Comparator.comparing(Point::period));
			return points;
		}

		/**
		 * A statement for {@code sql} that gives up after {@link #QUERY_TIMEOUT_SECONDS}, where the
		 * driver can; on DuckDB only when {@code sql} is one SELECT statement.
		 */
		private Statement statement(String url, String sql) throws SQLException {
			Connection connection = connection(url);
			if (url.startsWith(DataSources.DUCKDB)) {
				requireOneSelect(connection, sql);
			}
			Statement statement = connection.createStatement();
			try {
				statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
			} catch (SQLException e) {
				// this driver has no timeouts
			}
			return statement;
		}

		/**
		 * Refuses what DuckDB's own parser does not read as one SELECT statement: a query names
		 * rows, it never creates, changes or drops anything. (A SELECT that is not valid SQL
		 * runs, and fails with DuckDB's message.)
		 */
		private static void requireOneSelect(Connection connection, String sql) throws SQLException {
			try (java.sql.PreparedStatement parse = connection.prepareStatement(
					"SELECT json_serialize_sql(?::VARCHAR) ->> '$.error_message', json_array_length(json_serialize_sql(?::VARCHAR) -> '$.statements')")) {
				parse.setString(1, sql);
				parse.setString(2, sql);
				try (ResultSet result = parse.executeQuery()) {
					result.next();
					String error = result.getString(1);
					if (error != null && error.startsWith("Only SELECT")) {
						throw new SQLException("only a SELECT statement may read the data: a query cannot create, change or drop anything");
					}
					if (error == null && result.getLong(2) != 1) {
						throw new SQLException("a query must be one SELECT statement, found " + result.getLong(2));
					}
				}
			} finally {
				undo(connection);
			}
		}

		/** Rolls back whatever the last statement changed in DuckDB's memory (nothing, unless it tried). */
		private void undo(String url) throws SQLException {
			undo(open.get(url));
		}

		private static void undo(Connection connection) throws SQLException {
			if (connection != null && !connection.getAutoCommit()) {
				connection.rollback();
			}
		}

		/** The values of a breakdown query (period, the dimensions, value), per combination of the dimensions. */
		Map<Map<String, String>, List<Point>> pointsPer(String url, String sql, List<String> dimensions) throws SQLException {
			Map<Map<String, String>, List<Point>> values = new LinkedHashMap<>();
			try (Statement statement = statement(url, sql); ResultSet rows = statement.executeQuery(sql)) {
				while (rows.next()) {
					Object period = rows.getObject(1);
					Object value = rows.getObject(dimensions.size() + 2);
					if (period == null || !(value instanceof Number number)) {
						continue;
					}
					Map<String, String> key = new LinkedHashMap<>();
					for (int i = 0; i < dimensions.size(); i++) {
						key.put(dimensions.get(i), String.valueOf(rows.getObject(i + 2)));
					}
					values.computeIfAbsent(key, k -> new ArrayList<>()).add(new Point(date(period), number.doubleValue()));
				}
			} finally {
				undo(url);
			}
			values.values().forEach(points -> points.sort(Comparator.comparing(Point::period)));
			return values;
		}

		long[] counts(String url, String sql) throws SQLException {
			try (Statement statement = statement(url, sql); ResultSet rows = statement.executeQuery(sql)) {
				rows.next();
				return new long[] { rows.getLong(1), rows.getLong(2) };
			} finally {
				undo(url);
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
			try {
				return LocalDate.parse(period.toString().substring(0, Math.min(10, period.toString().length())));
			} catch (RuntimeException e) {
				throw new IllegalStateException("the query's first column holds '" + period + "'; it must be the period, a date.");
			}
		}

		@Override
		public void close() {
			open.values().forEach(Connections::close);
		}

		private static void close(Connection connection) {
			try {
				connection.close();
			} catch (SQLException e) {
				// nothing was written: closing cannot lose anything
			}
		}
	}
}
