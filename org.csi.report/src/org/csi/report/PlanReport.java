package org.csi.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a report shows about one plan, computed once from the plan set and its findings
 * and then rendered as HTML, Markdown, JSON or CSV. Plain values only: every renderer escapes
 * them for its own format. Lists keep the order of the plan files.
 */
public record PlanReport(String name, String qualifiedName, String title, String periodStart, String periodEnd, String owner,
		String description, String reportDate, Summary summary, List<GoalNode> goalTree, List<MeasureRow> measures,
		List<SourceRow> sources, List<ActionRow> register, List<FindingRow> findings, People people) {

	/** The four Ps of the plan's package that the other parts refer to: services, processes, roles, CSFs. */
	public record People(List<NamedRow> services, List<ProcessRow> processes, List<RoleRow> roles, List<CsfRow> csfs) {
	}

	public record NamedRow(String name, String title, String description) {
	}

	public record ProcessRow(String name, String title, List<String> services, List<String> owners) {
	}

	public record RoleRow(String name, String title, String kind, String process, List<String> services) {
	}

	public record CsfRow(String name, String title, String subject, List<String> kpis) {
	}

	/** Steps 3 to 6 of a measure as the plan declares them. */
	public record StepDetails(List<GatherRow> gather, List<ProcessingRow> process, List<AnalysisRow> analyse,
			List<PresentationRow> present) {
	}

	public record GatherRow(String source, String frequency, String by, String how, List<String> checks) {
	}

	public record ProcessingRow(String formula, String tool, String frequency, String by) {
	}

	public record AnalysisRow(List<String> against, Integer trendPeriods, String by, String frequency) {
	}

	public record PresentationRow(List<String> to, String as, String frequency, String feeds) {
	}

	/** The figures at the top of a report; {@code dataDate} is the latest period with data of any measure, null without data. */
	public record Summary(int goals, int shouldMeasures, int measurable, int coveragePercent, int openGaps, int trackedGaps,
			int acceptedGaps, int openActions, int overdueActions, Map<String, Integer> actionsByStatus,
			Map<String, Integer> actionsByDueMonth, int errors, int warnings, int infos, String dataDate) {
	}

	/** A node of the goal tree: a vision, strategy, tactical or operational goal, and the measures serving it. */
	public record GoalNode(String kind, String name, String title, List<String> measures, List<GoalNode> children) {
	}

	/** One should-measure: what step 1 needs, what step 2 provides, its gaps and its steps. */
	public record MeasureRow(String name, String title, String kind, String unit, String direction, String target, String tolerance,
			String frequency, List<String> breakdown, String baseline, String kpiOf, List<String> serves, List<ProviderRow> providers,
			List<GapRow> gaps, List<StepRow> steps, StepDetails details, Figures figures, String description, String benchmark,
			boolean trendOnly, Integer minimumSample, List<String> triggers, List<String> sourceNotes, String judgement) {
	}

	/**
	 * Steps 3 to 5 on data for a measure that the plan computes: its values per period with their
	 * status, target and tolerance, change against the baseline, process behaviour and misses in a
	 * row. Null for a measure without data.
	 */
	public record Figures(String source, Double target, Double tolerance, String direction, List<PeriodFigure> periods,
			Double baseline, Double baselineChange, Variation variation, int missedInARow, List<BreakdownFigure> breakdown, Double benchmark,
			int minimumSample, List<String> fired) {
	}

	/**
	 * The process behaviour of a series (XmR): what its latest value says ("common cause",
	 * "special cause: concern"...), whether it meets its target ("consistently missed"...; null
	 * without a target or limits), its stretches and signals, and all of it in one sentence.
	 */
	public record Variation(String variation, String assurance, List<StretchFigure> stretches, List<SignalFigure> signals, String statement) {
	}

	/**
	 * Periods {@code from} to {@code to} (indexes of the calendar) between two known changes, with the
	 * limits they are judged against: their own ({@code own}), else those of the stretch before, else none.
	 *
	 * @param cause what started the stretch ("action 'FasterTriage' completed"), null for the first
	 */
	public record StretchFigure(int from, int to, String start, String cause, Double mean, Double lower, Double upper, boolean own, int points) {
	}

	/** A special cause: its rule (outside, run, trend, near), periods, side (improvement, concern, higher, lower) and words. */
	public record SignalFigure(String rule, int from, int to, String side, String text) {
	}

	/** What the data says about a completed action, by one measure it addresses. */
	public record VerdictRow(String measure, String verdict, String completed, String firstAfter, Double meanBefore, Double lower,
			Double upper, Double meanAfter, int periodsAfter, int needed, String evidence, String summary) {
	}

	/** The values of one combination of the breakdown dimensions, such as service=EHR, priority=P1. */
	public record BreakdownFigure(java.util.Map<String, String> dimensions, List<PeriodFigure> periods, Variation variation) {

		public String label() {
			return String.join(", ", dimensions.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
		}
	}

	/**
	 * One period of the calendar: its value (null without data), the rows behind it (-1: not known)
	 * and its status.
	 */
	public record PeriodFigure(String period, Double actual, long rows, String status) {
	}

	/** What one source provides for a measure. */
	public record ProviderRow(String source, String frequency, String unit, List<String> breakdown) {
	}

	/** A step 1/2 gap and whether it is open, tracked (by an action) or accepted (by a role, for a reason). */
	public record GapRow(String kind, String status, String problem, String trackedBy, String acceptedBy, String reason) {
	}

	/** Whether a measure has step 1 to 7, and what stands for it. */
	public record StepRow(int number, String step, boolean done, String detail) {
	}

	/** A source and what it provides, including data nobody asked for. */
	public record SourceRow(String name, String title, String owner, List<String> provides, String description) {
	}

	/** An entry of the CSI register. */
	public record ActionRow(String id, String title, String status, String priority, String size, String type, List<String> addresses,
			String owner, String raisedBy, String raisedOn, String due, String justification, String outcome, boolean overdue, String completed,
			List<VerdictRow> verdicts) {
	}

	/** A finding in one of the plan's files. */
	public record FindingRow(String file, int line, int column, String severity, String code, String message) {
	}
}
