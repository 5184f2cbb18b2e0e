package org.csi.dsl.sql;

import java.util.Locale;
import java.util.Set;

import org.csi.dsl.analysis.Cadence;
import org.csi.dsl.csi.Computation;
import org.csi.dsl.csi.Frequency;

/**
 * The SQL of a {@code compute} clause: one row per period (the period's first day, the value),
 * in the SQL that DuckDB and PostgreSQL both run.
 */
public final class SqlBuilder {

	/** The aggregation functions of {@code compute}, as a plan writes them. */
	public static final Set<String> FUNCTIONS = Set.of("count", "sum", "mean", "median", "percentile", "ratio");

	private SqlBuilder() {
	}

	/** What is wrong with a computation as written, or null when it can run. */
	public static String problemWith(Computation computation) {
		String function = computation.getFunction();
		if (!FUNCTIONS.contains(function)) {
			return "unknown aggregation '" + function + "' (expected count, sum, mean, median, percentile N or ratio)";
		}
		if (function.equals("percentile") != (computation.getRank() > 0)) {
			return function.equals("percentile") ? "percentile needs a rank between 1 and 99, as in 'percentile 90 of \"hours\"'"
					: "only percentile takes a number";
		}
		if (computation.getRank() > 99) {
			return "percentile needs a rank between 1 and 99, found " + computation.getRank();
		}
		if (function.equals("count") && computation.getExpression() != null) {
			return "count counts rows and takes no 'of': filter them with 'where'";
		}
		if (!function.equals("count") && computation.getExpression() == null) {
			return function + " needs 'of' and a column or expression";
		}
		return null;
	}

	/**
	 * Refuses a computation whose expression, filter or timestamp is not one SQL expression of its
	 * own (it could end the statement csi writes around it) or reaches outside the rows.
	 */
	public static void checkFragments(Computation computation) throws QueryGuard.Refused {
		if (computation.getExpression() != null) {
			QueryGuard.requireExpression(computation.getExpression(), "the 'of' expression");
		}
		if (computation.getFilter() != null) {
			QueryGuard.requireExpression(computation.getFilter(), "the 'where' filter");
		}
		if (computation.getTimestamp() != null) {
			QueryGuard.requireExpression(computation.getTimestamp(), "the 'on' timestamp");
		}
	}

	/** The expression where the filter holds, else NULL. */
	private static String only(String expression, String filter) {
		return filter == null ? expression : "CASE WHEN " + filter + " THEN " + expression + " END";
	}

	/** The query; {@code table} is the source's rows (a table name or a table function). */
	public static String sql(Computation computation, String table, Cadence cadence, boolean percent) {
		return sql(computation, table, cadence, percent, java.util.List.of());
	}

	/**
	 * The query per breakdown: one row per period and combination of the {@code dimensions}
	 * (columns of the source named as the measure's {@code per} names them), then the value, the rows
	 * behind it and the day of the period's first row.
	 * <p>
	 * The {@code where} filter is applied inside each aggregate ({@code FILTER}), not to the rows: a
	 * period whose rows all fail it still has a row here (a count of 0, no mean), so that the calendar
	 * knows the source reaches it.
	 */
	public static String sql(Computation computation, String table, Cadence cadence, boolean percent, java.util.List<String> dimensions) {
		String expression = computation.getExpression();
		String filter = computation.getFilter() == null ? null : "(" + computation.getFilter() + ")";
		String only = filter == null ? "" : " FILTER (WHERE " + filter + ")";
		String value = switch (computation.getFunction()) {
		case "count" -> "count(*)" + only;
		case "sum" -> "sum(" + expression + ")" + only;
		case "mean" -> "avg(" + expression + ")" + only;
		// an ordered-set aggregate takes its filter as a CASE (both engines ignore the NULLs it leaves), as the query checker reads no
		// FILTER after WITHIN GROUP
		case "median" -> "percentile_cont(0.5) WITHIN GROUP (ORDER BY " + only(expression, filter) + ")";
		case "percentile" -> "percentile_cont(" + computation.getRank() / 100.0 + ") WITHIN GROUP (ORDER BY " + only(expression, filter) + ")";
		case "ratio" -> (percent ? "100.0" : "1.0") + " * count(*) FILTER (WHERE " + (filter == null ? "" : filter + " AND ") + "(" + expression
				+ ")) / " + (filter == null ? "count(*)" : "NULLIF(count(*)" + only + ", 0)");
		default -> throw new IllegalArgumentException(computation.getFunction());
		};
		String timestamp = "CAST(" + computation.getTimestamp() + " AS TIMESTAMP)";
		String period;
		if (cadence.unit() == Frequency.YEAR && cadence.count() > 1) {
			String year = "CAST(extract(year FROM " + timestamp + ") AS INTEGER)";
			period = "make_date(" + year + " - " + year + " % " + cadence.count() + ", 1, 1)";
		} else {
			period = "date_trunc('" + cadence.unit().getLiteral().toLowerCase(Locale.ROOT) + "', " + timestamp + ")";
		}
		StringBuilder columns = new StringBuilder();
		StringBuilder groups = new StringBuilder("1");
		for (int i = 0; i < dimensions.size(); i++) {
			columns.append(", CAST(").append(dimensions.get(i)).append(" AS VARCHAR) AS ").append(dimensions.get(i));
			groups.append(", ").append(i + 2);
		}
		return "SELECT " + period + " AS period" + columns + ", CAST(" + value + " AS DOUBLE PRECISION) AS value, count(*)" + only
				+ " AS row_count, CAST(min(" + timestamp + ") AS DATE) AS first_day FROM " + table + " GROUP BY " + groups + " ORDER BY " + groups;
	}
}
