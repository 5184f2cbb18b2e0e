package org.csi.dsl.validation;

/**
 * Every finding csi reports, as a stable code. Codes are public behaviour: they appear in
 * the CLI output, in SARIF and JUnit reports, and as keys of the severity configuration
 * file. Never rename one; add a new code instead. Default severities live in
 * {@link CsiIssueCodesProvider}; docs/issue-codes.md explains each code to users.
 */
public final class IssueCodes {

	private IssueCodes() {
	}

	private static final String PREFIX = "csi.";

	// ---- Step 1/2 gap analysis
	public static final String GAP_NO_SOURCE = PREFIX + "gap.no-source";
	public static final String GAP_FREQUENCY = PREFIX + "gap.frequency";
	public static final String GAP_UNIT = PREFIX + "gap.unit";
	public static final String GAP_BREAKDOWN = PREFIX + "gap.breakdown";
	public static final String GAP_TRACKED = PREFIX + "gap.tracked";
	public static final String GAP_ACCEPTED = PREFIX + "gap.accepted";
	public static final String GAP_NO_SUCH_GAP = PREFIX + "gap.no-such-gap";
	public static final String UNUSED_SOURCE = PREFIX + "gap.unused-source";
	public static final String UNUSED_DATA = PREFIX + "gap.unused-data";

	// ---- Alignment chain: vision, strategy, goals, measures, actions
	public static final String NO_VISION = PREFIX + "chain.no-vision";
	public static final String STRATEGY_UNLINKED = PREFIX + "chain.strategy-unlinked";
	public static final String TACTICAL_UNLINKED = PREFIX + "chain.tactical-unlinked";
	public static final String OPERATIONAL_UNLINKED = PREFIX + "chain.operational-unlinked";
	public static final String WRONG_LEVEL = PREFIX + "chain.wrong-level";
	public static final String CYCLE = PREFIX + "chain.cycle";
	public static final String GOAL_UNMEASURED = PREFIX + "chain.goal-unmeasured";
	public static final String MEASURE_UNALIGNED = PREFIX + "chain.measure-unaligned";
	public static final String ACTION_UNADDRESSED = PREFIX + "chain.action-unaddressed";

	// ---- Completeness of the cycle (steps 3-6) and KPI definition
	public static final String NOT_GATHERED = PREFIX + "step.not-gathered";
	public static final String NOT_PROCESSED = PREFIX + "step.not-processed";
	public static final String NOT_ANALYSED = PREFIX + "step.not-analysed";
	public static final String NOT_PRESENTED = PREFIX + "step.not-presented";
	public static final String SOURCE_MISMATCH = PREFIX + "step.source-mismatch";
	public static final String KPI_NO_TARGET = PREFIX + "kpi.no-target";
	public static final String KPI_NO_TOLERANCE = PREFIX + "kpi.no-tolerance";
	public static final String NO_BASELINE = PREFIX + "measure.no-baseline";
	public static final String UNIT_MISMATCH = PREFIX + "measure.unit-mismatch";
	public static final String UNIT_FRACTION = PREFIX + "measure.unit-fraction";
	public static final String TREND_ONLY_TARGET = PREFIX + "measure.trend-only-target";
	public static final String TRIGGER = PREFIX + "measure.trigger";
	public static final String CADENCE = PREFIX + "measure.cadence";
	public static final String NO_BENCHMARK = PREFIX + "measure.no-benchmark";

	// ---- CSI register and roles
	public static final String ACTION_NO_OWNER = PREFIX + "action.no-owner";
	public static final String ACTION_NO_DUE_DATE = PREFIX + "action.no-due-date";
	public static final String ACTION_DUE_BEFORE_RAISED = PREFIX + "action.due-before-raised";
	public static final String ACTION_OVERDUE = PREFIX + "action.overdue";
	public static final String ACTION_COMPLETED_OPEN = PREFIX + "action.completed-open";
	public static final String PROCESS_NO_OWNER = PREFIX + "process.no-owner";
	public static final String PROCESS_MANY_OWNERS = PREFIX + "process.many-owners";
	public static final String PLAN_PERIOD = PREFIX + "plan.period";
	public static final String DUPLICATE_NAME = PREFIX + "name.duplicate";
	public static final String UNKNOWN_IMPORT = PREFIX + "link.unknown-import";

	// ---- Steps 3-5 on the team's data (the first two as you type, the others when the data is read)
	public static final String DATA_SOURCE = PREFIX + "data.source";
	public static final String DATA_COMPUTATION = PREFIX + "data.computation";
	public static final String DATA_ERROR = PREFIX + "data.error";
	public static final String DATA_NO_DATA = PREFIX + "data.no-data";
	public static final String DATA_STALE = PREFIX + "data.stale";
	public static final String DATA_CHECK_FAILED = PREFIX + "data.check-failed";
	public static final String DATA_KPI_MISSED = PREFIX + "data.kpi-missed";
	public static final String DATA_SMALL_SAMPLE = PREFIX + "data.small-sample";
	public static final String DATA_TARGET_UNREACHABLE = PREFIX + "data.target-unreachable";
	public static final String DATA_ACTION_IMPROVED = PREFIX + "data.action-improved";
	public static final String DATA_ACTION_NO_CHANGE = PREFIX + "data.action-no-change";
	public static final String DATA_ACTION_NO_IMPROVEMENT = PREFIX + "data.action-no-improvement";
	public static final String DATA_ACTION_WORSENED = PREFIX + "data.action-worsened";
	public static final String DATA_WRITABLE = PREFIX + "data.writable";
	public static final String DATA_BUDGET = PREFIX + "data.budget";
	public static final String NUMBER_RANGE = PREFIX + "number.range";

	// ---- csi diff: what changed between two versions of a plan set
	public static final String DIFF_TARGET_LOOSENED = PREFIX + "diff.target-loosened";
	public static final String DIFF_TARGET_TIGHTENED = PREFIX + "diff.target-tightened";
	public static final String DIFF_TOLERANCE_LOOSENED = PREFIX + "diff.tolerance-loosened";
	public static final String DIFF_TOLERANCE_TIGHTENED = PREFIX + "diff.tolerance-tightened";
	public static final String DIFF_DIRECTION_CHANGED = PREFIX + "diff.direction-changed";
	public static final String DIFF_BASELINE_CHANGED = PREFIX + "diff.baseline-changed";
	public static final String DIFF_BASELINE_ADDED = PREFIX + "diff.baseline-added";
	public static final String DIFF_SERIES_BREAK = PREFIX + "diff.series-break";
	public static final String DIFF_DEFINITION_CHANGED = PREFIX + "diff.definition-changed";
	public static final String DIFF_MEASURE_ADDED = PREFIX + "diff.measure-added";
	public static final String DIFF_MEASURE_REMOVED = PREFIX + "diff.measure-removed";
	public static final String DIFF_GOAL_ADDED = PREFIX + "diff.goal-added";
	public static final String DIFF_GOAL_REMOVED = PREFIX + "diff.goal-removed";
	public static final String DIFF_GOAL_UNMEASURED = PREFIX + "diff.goal-unmeasured";
	public static final String DIFF_SOURCE_ADDED = PREFIX + "diff.source-added";
	public static final String DIFF_SOURCE_REMOVED = PREFIX + "diff.source-removed";
	public static final String DIFF_BREAKDOWN_ADDED = PREFIX + "diff.breakdown-added";
	public static final String DIFF_BREAKDOWN_REMOVED = PREFIX + "diff.breakdown-removed";
	public static final String DIFF_ACTION_ADDED = PREFIX + "diff.action-added";
	public static final String DIFF_ACTION_CLOSED = PREFIX + "diff.action-closed";
	public static final String DIFF_ACTION_REOPENED = PREFIX + "diff.action-reopened";
	public static final String DIFF_ACTION_CANCELLED = PREFIX + "diff.action-cancelled";
	public static final String DIFF_ACTION_REMOVED = PREFIX + "diff.action-removed";
	public static final String DIFF_DUE_SLIPPED = PREFIX + "diff.due-slipped";
	public static final String DIFF_ACTION_CHANGED = PREFIX + "diff.action-changed";
	public static final String DIFF_GAP_OPENED = PREFIX + "diff.gap-opened";
	public static final String DIFF_GAP_CLOSED = PREFIX + "diff.gap-closed";
	public static final String DIFF_ACCEPTANCE_ADDED = PREFIX + "diff.acceptance-added";
	public static final String DIFF_ACCEPTANCE_REMOVED = PREFIX + "diff.acceptance-removed";
	public static final String DIFF_ACCEPTANCE_EXPIRED = PREFIX + "diff.acceptance-expired";
	public static final String DIFF_SETTINGS_CHANGED = PREFIX + "diff.settings-changed";
	public static final String DIFF_UNREADABLE = PREFIX + "diff.unreadable";

	// ---- Not configurable: the text cannot be read as a plan
	public static final String SYNTAX = PREFIX + "syntax";
	public static final String UNRESOLVED = PREFIX + "link.unresolved";
	public static final String REPEATED_CLAUSE = PREFIX + "clause.repeated";
}
