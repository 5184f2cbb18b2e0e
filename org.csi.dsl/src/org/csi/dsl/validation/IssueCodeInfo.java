package org.csi.dsl.validation;

import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_ERROR;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_INFO;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_WARNING;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every issue code means and how to fix it, with its default severity: the one source
 * of the rule descriptions in SARIF output, of the defaults in {@link CsiIssueCodesProvider}
 * and of the table in docs/issue-codes.md (a test keeps the two equal). Texts use Markdown
 * code spans for plan syntax.
 */
public final class IssueCodeInfo {

	/** One code: its default severity ("error", "warning" or "info"), meaning and fix. */
	public record Rule(String code, String defaultSeverity, String meaning, String fix, boolean configurable) {
	}

	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		add(IssueCodes.GAP_NO_SOURCE, SEVERITY_ERROR, "A should-measure that no source can provide (step 1 without step 2): a coverage gap.", "Add `provides <measure>` to a source, raise an action that `addresses coverage gap of <measure>`, or `accept coverage gap of <measure> because \"...\"`.");
		add(IssueCodes.GAP_FREQUENCY, SEVERITY_WARNING, "Every source provides the measure less often than the goals need it (frequencies are ordered hour, day, week, month, quarter, year).", "Get the data more often, or track or accept the `frequency gap`.");
		add(IssueCodes.GAP_UNIT, SEVERITY_WARNING, "The sources state units, and none is the unit the measure is needed in (compared without regard to case).", "Convert in step 4 and accept the `unit gap`, or change the source.");
		add(IssueCodes.GAP_BREAKDOWN, SEVERITY_WARNING, "The measure is needed per a dimension (`per service`, `per priority`) that no source provides.", "Add the dimension at the source, or track or accept the `breakdown gap`.");
		add(IssueCodes.GAP_TRACKED, SEVERITY_INFO, "A gap that a live corrective action addresses (an action that addresses the whole measure tracks all its gaps).", "Nothing: it is on the register. Close the action when the gap is gone.");
		add(IssueCodes.GAP_ACCEPTED, SEVERITY_INFO, "A gap that the team accepted, with the reason and who accepted it.", "Nothing; revisit the reason at the next review.");
		add(IssueCodes.GAP_NO_SUCH_GAP, SEVERITY_WARNING, "An acceptance, or a live action, names a gap that the measure does not have.", "Remove the acceptance, or close the action if its gap is gone.");
		add(IssueCodes.UNUSED_SOURCE, SEVERITY_WARNING, "A source that provides nothing: data collected without a purpose.", "Link it with `provides <measure>`, or stop collecting it.");
		add(IssueCodes.UNUSED_DATA, SEVERITY_WARNING, "A source provides data (`provides \"...\"`) that no should-measure needs.", "Link it to a should-measure, or stop collecting it.");
		add(IssueCodes.NO_VISION, SEVERITY_ERROR, "A plan whose package holds no vision.", "Add `vision <Name> \"...\"` in the plan's package (any file).");
		add(IssueCodes.STRATEGY_UNLINKED, SEVERITY_WARNING, "A strategy that supports no vision.", "Add `supports <vision>`.");
		add(IssueCodes.TACTICAL_UNLINKED, SEVERITY_WARNING, "A tactical goal that supports no strategy.", "Add `supports <strategy>`.");
		add(IssueCodes.OPERATIONAL_UNLINKED, SEVERITY_WARNING, "An operational goal that refines no tactical goal.", "Add `refines <tactical goal>`.");
		add(IssueCodes.WRONG_LEVEL, SEVERITY_ERROR, "A link to the wrong level: a strategy must support a vision, a tactical goal a strategy (or a broader tactical goal), an operational goal a tactical goal (or a broader operational goal).", "Point the link at an element of the right level.");
		add(IssueCodes.CYCLE, SEVERITY_ERROR, "Goals that, through each other, support themselves. The message shows the cycle.", "Break the cycle.");
		add(IssueCodes.GOAL_UNMEASURED, SEVERITY_WARNING, "A tactical or operational goal that no should-measure serves (for a tactical goal: neither directly nor through a goal that refines it).", "Add `serves <goal>` to the measure that shows whether it is met.");
		add(IssueCodes.MEASURE_UNALIGNED, SEVERITY_WARNING, "A should-measure that serves no goal: driven by the tools at hand, not by the goals.", "Add `serves <goal>`, or remove the measure.");
		add(IssueCodes.ACTION_UNADDRESSED, SEVERITY_WARNING, "A corrective action that addresses nothing.", "Add `addresses <measure, goal or gap>`.");
		add(IssueCodes.NOT_GATHERED, SEVERITY_WARNING, "A should-measure that step 2 can provide but that is never gathered (step 3).", "Add `gather <measure> from <source> ...`.");
		add(IssueCodes.NOT_PROCESSED, SEVERITY_WARNING, "A should-measure that step 2 can provide but that is never processed (step 4).", "Add `process <measure> as \"<formula>\"`.");
		add(IssueCodes.NOT_ANALYSED, SEVERITY_WARNING, "A should-measure that step 2 can provide but that is never analysed (step 5).", "Add `analyse <measure> against target`.");
		add(IssueCodes.NOT_PRESENTED, SEVERITY_WARNING, "A should-measure that step 2 can provide but that is never presented (step 6).", "Add `present <measure> to <role>`.");
		add(IssueCodes.SOURCE_MISMATCH, SEVERITY_WARNING, "Step 3 gathers a measure from a source that, in step 2, does not provide it.", "Add `provides <measure>` to that source, or gather from another one.");
		add(IssueCodes.KPI_NO_TARGET, SEVERITY_ERROR, "A KPI (a measure with `kpi of <csf>`) without a target: a metric is a KPI only with an agreed target.", "Add `target <value>`.");
		add(IssueCodes.KPI_NO_TOLERANCE, SEVERITY_WARNING, "A KPI without a tolerance.", "Add `tolerance <value>`.");
		add(IssueCodes.NO_BASELINE, SEVERITY_WARNING, "A should-measure without a baseline: you cannot tell whether you improved.", "Add `baseline <value> as of <date>`.");
		add(IssueCodes.UNIT_MISMATCH, SEVERITY_ERROR, "A target, tolerance, baseline, benchmark or trigger threshold in a unit that does not convert to the measure's unit. csi converts minutes, hours, days and weeks into each other, and `%` and `percent`; any other unit only fits itself.", "Write the value in a unit the message lists, or correct the measure's `unit`.");
		add(IssueCodes.UNIT_FRACTION, SEVERITY_WARNING, "A value between 0 and 1 on a measure in `%`: most likely a fraction written where a percentage is meant (`baseline 0.58` for 58%).", "Write it as a percentage (`58%`).");
		add(IssueCodes.TREND_ONLY_TARGET, SEVERITY_WARNING, "A measure marked `trend only` that states a target or a `missed` trigger anyway: it is judged by its direction of travel, so the target is never used.", "Remove `trend only`, or remove the target.");
		add(IssueCodes.TRIGGER, SEVERITY_ERROR, "An improvement trigger that cannot be evaluated: `missed` on a measure without a target, more misses than periods (`missed 4 of 3 periods`), or `for each` a dimension the measure is not broken down by.", "Give the measure a target, correct the numbers, or add the dimension to the measure's `per`.");
		add(IssueCodes.CADENCE, SEVERITY_ERROR, "A number of periods other than years (`every 2 months`): only years take a number (`every 2 years`).", "Write `every quarter`, or the number of years.");
		add(IssueCodes.NO_BENCHMARK, SEVERITY_WARNING, "A step 5 that analyses a measure `against benchmark`, while the measure states no benchmark to compare with.", "Add `benchmark <value> from \"<source>\"` to the measure.");
		add(IssueCodes.ACTION_NO_OWNER, SEVERITY_ERROR, "A register entry without an owner.", "Add `owner <role>`.");
		add(IssueCodes.ACTION_NO_DUE_DATE, SEVERITY_ERROR, "A register entry without a due date.", "Add `due <date>`.");
		add(IssueCodes.ACTION_DUE_BEFORE_RAISED, SEVERITY_ERROR, "An action due before the date it was raised.", "Correct one of the dates.");
		add(IssueCodes.ACTION_OVERDUE, SEVERITY_WARNING, "An open action (new, accepted, in-progress, on-hold) past its due date on the reference date (today, or `--reference-date`, or `reference-date` in csi.properties).", "Update its status or agree a new due date.");
		add(IssueCodes.ACTION_COMPLETED_OPEN, SEVERITY_WARNING, "An action with a `completed` date whose status says work remains (new, accepted, in-progress, on-hold): csi re-bases the measures it addresses at that date all the same.", "Set its status to monitoring or closed, or remove the completion date.");
		add(IssueCodes.PROCESS_NO_OWNER, SEVERITY_WARNING, "A process with no role that is its `process-owner`.", "Add a role with `process-owner of <process>`.");
		add(IssueCodes.PROCESS_MANY_OWNERS, SEVERITY_ERROR, "A process with more than one process owner: exactly one role is accountable.", "Make the others `process-manager`.");
		add(IssueCodes.PLAN_PERIOD, SEVERITY_ERROR, "A plan period that ends before it starts.", "Correct the dates.");
		add(IssueCodes.DUPLICATE_NAME, SEVERITY_ERROR, "Two elements with the same qualified name anywhere in the plan set. The message says where the other one is. A process named like a should-measure is step 4 written without its `as` (`process M \"mean\"`), and the message says so.", "Rename one of them.");
		add(IssueCodes.UNKNOWN_IMPORT, SEVERITY_WARNING, "An import that names no element or package of the plan set: every reference it was meant for will be unknown.", "Correct the imported name, or add the files of that package to the plan set.");
		add(IssueCodes.DATA_SOURCE, SEVERITY_ERROR, "A source's `data` that csi cannot read: a file that is not `.csv`, `.tsv`, `.parquet`, `.json` or `.ndjson`, a path with a glob character, a JDBC URL in the plan (other than a DuckDB database file) or one with a password, a database source without `table` or whose `table` is not a table name.", "Point `data` at a CSV, Parquet or JSON file relative to the plan, or name a connection (`data connection \"warehouse\" table \"incidents\"`) whose URL and password stay outside the plan.");
		add(IssueCodes.DATA_COMPUTATION, SEVERITY_ERROR, "A `compute` clause that cannot run: an unknown aggregation, `percentile` without a rank of 1 to 99, `count` with `of`, or another aggregation without `of`.", "Write it as `compute mean of \"hours\" where \"priority = 'P1'\" on \"opened\"` (count, sum, mean, median, percentile N, ratio).");
		add(IssueCodes.DATA_ERROR, SEVERITY_ERROR, "Reading a measure's data failed: a missing data file, a computed measure whose steps name no source with `data`, an SQL error, or a query that does not return two columns (the period, a date; the value, a number). Reported at the clause that declares the data or the query.", "Correct the path, the step 3 source or the query; `csi analyze` shows the figures once it runs.");
		add(IssueCodes.DATA_NO_DATA, SEVERITY_WARNING, "A measure's query over its source returns no rows: nothing to judge.", "Check the filter and the period column, or the export that fills the source.");
		add(IssueCodes.DATA_STALE, SEVERITY_WARNING, "A measure's latest value is older than its frequency allows: the last complete period before the reference date has no value.", "Refresh the source's data, or gather less often.");
		add(IssueCodes.DATA_CHECK_FAILED, SEVERITY_WARNING, "An integrity check of step 3 (`check \"...\" requires \"condition\"`) fails for some rows of the source; the message says how many.", "Clean the source, or correct the condition.");
		add(IssueCodes.DATA_KPI_MISSED, SEVERITY_WARNING, "An improvement trigger of a measure fired (its own `trigger when ...`, else the default: the target missed beyond the tolerance in 3 of the last 6 periods that are over), and no open corrective action addresses the measure, one of its gaps or a goal it serves.", "Raise an action that addresses the measure, or revisit the target.");
		add(IssueCodes.DATA_SMALL_SAMPLE, SEVERITY_WARNING, "A percentage measure with periods of fewer than 100 rows and no `minimum sample` of its own: those periods are shown but not judged, as ITIL advises against percentages of small numbers.", "Show counts instead, or state `minimum sample <rows>` if fewer rows are enough.");
		add(IssueCodes.DATA_TARGET_UNREACHABLE, SEVERITY_WARNING, "The target lies beyond the natural process limits of the measure's latest stretch, on the wrong side: the process as it runs today will miss it in every period (XmR assurance, docs/data.md), and no open corrective action addresses the measure, one of its gaps or a goal it serves.", "Change the process (raise an action that addresses the measure), or revisit the target.");
		add(IssueCodes.DATA_ACTION_IMPROVED, SEVERITY_INFO, "The data says a completed action worked (a sustained improvement signal since its completion date against the process limits of the periods before), and the action records no outcome.", "Record it: `outcome succeeded` (a quick fix in the editor).");
		add(IssueCodes.DATA_ACTION_NO_CHANGE, SEVERITY_INFO, "Enough periods have passed since a completed action without a signal against the limits of the periods before, and the action records no outcome.", "Record it: `outcome failed` (a quick fix in the editor), or say why in the outcome's text.");
		add(IssueCodes.DATA_ACTION_NO_IMPROVEMENT, SEVERITY_WARNING, "An action recorded as `outcome succeeded` whose measure shows no improvement since its completion date: no signal against the limits of the periods before, after enough periods for a run.", "Check the outcome against the data, or the measure the action addresses.");
		add(IssueCodes.DATA_ACTION_WORSENED, SEVERITY_WARNING, "Since an action's completion date its measure shows a sustained signal of concern against the limits of the periods before: things got worse.", "Review the change the action made; record `outcome failed` if it did not work.");
		add(IssueCodes.DATA_WRITABLE, SEVERITY_WARNING, "The database user of a connection may change a table that a plan reads (INSERT, UPDATE, DELETE or TRUNCATE). csi runs every query in a read-only transaction that it rolls back, but the database's own privileges are the last line of defence.", "Give csi a role that may only read: `GRANT SELECT ON incidents TO csi_reader`.");
		add(IssueCodes.DATA_BUDGET, SEVERITY_ERROR, "The run's time budget (`--time-budget`, 300 s unless set) was used up: the measures and checks left were not computed. Also when one query ran past its own limit.", "Make the query cheaper, or give the run more time with `--time-budget`.");
		add(IssueCodes.NUMBER_RANGE, SEVERITY_ERROR, "A number csi cannot judge with: a target, tolerance, baseline or benchmark with more than 15 significant digits or beyond 10^15, or a value from the data that is not a finite number (NaN, an infinity, an overflowing sum).", "Write the number as the measure's unit needs it; filter rows that hold NaN or infinities out with `where`.");
		add(IssueCodes.DIFF_TARGET_LOOSENED, SEVERITY_WARNING, "`csi diff`: a measure's target was made easier to meet (lower where higher is better, higher where lower is better), removed, moved into a unit that does not convert, or changed on a measure without a direction: the goalposts moved.", "Say in the pull request why the target changed, or keep it; `--fail-on warning` blocks such a change in CI.");
		add(IssueCodes.DIFF_TARGET_TIGHTENED, SEVERITY_INFO, "`csi diff`: a measure's target was made harder to meet, or set where there was none.", "Nothing: reviewers see it.");
		add(IssueCodes.DIFF_TOLERANCE_LOOSENED, SEVERITY_WARNING, "`csi diff`: a measure's tolerance was widened or added: a miss by more now counts as within tolerance.", "Say why, or keep the tolerance.");
		add(IssueCodes.DIFF_TOLERANCE_TIGHTENED, SEVERITY_INFO, "`csi diff`: a measure's tolerance was narrowed or removed.", "Nothing: reviewers see it.");
		add(IssueCodes.DIFF_DIRECTION_CHANGED, SEVERITY_WARNING, "`csi diff`: `higher is better` became `lower is better` (or was added or removed): every judgement of the measure's values is reversed.", "Check that the measure still means what its goals need.");
		add(IssueCodes.DIFF_BASELINE_CHANGED, SEVERITY_WARNING, "`csi diff`: a measure's baseline value or date changed, or the baseline was removed: the starting point improvement is measured from moved.", "Keep the baseline of record; state a new one only with a reason.");
		add(IssueCodes.DIFF_BASELINE_ADDED, SEVERITY_INFO, "`csi diff`: a measure got a baseline.", "Nothing.");
		add(IssueCodes.DIFF_SERIES_BREAK, SEVERITY_WARNING, "`csi diff`: a measure's definition changed (its `compute` clause, its query, its unit or its frequency), so its values before and after do not compare, and the plan does not say from when.", "Add `changed on <date> because \"...\"` to the measure: csi starts new process limits there and the diff reports the change as stated.");
		add(IssueCodes.DIFF_DEFINITION_CHANGED, SEVERITY_INFO, "`csi diff`: a measure's definition changed and the new version states it with a new `changed on` clause.", "Nothing: csi computes new limits from that date.");
		add(IssueCodes.DIFF_MEASURE_ADDED, SEVERITY_INFO, "`csi diff`: a should-measure was added.", "Nothing.");
		add(IssueCodes.DIFF_MEASURE_REMOVED, SEVERITY_WARNING, "`csi diff`: a should-measure was removed (reported at its place in the old version).", "Check that the goals it served are still measured.");
		add(IssueCodes.DIFF_GOAL_ADDED, SEVERITY_INFO, "`csi diff`: a vision, strategy or goal was added.", "Nothing.");
		add(IssueCodes.DIFF_GOAL_REMOVED, SEVERITY_WARNING, "`csi diff`: a vision, strategy or goal was removed (reported at its place in the old version).", "Check that nothing still needed it.");
		add(IssueCodes.DIFF_GOAL_UNMEASURED, SEVERITY_WARNING, "`csi diff`: a goal that measures served in the old version is served by none in the new one.", "Point a measure at the goal with `serves`, or remove the goal.");
		add(IssueCodes.DIFF_SOURCE_ADDED, SEVERITY_INFO, "`csi diff`: a source was added.", "Nothing.");
		add(IssueCodes.DIFF_SOURCE_REMOVED, SEVERITY_WARNING, "`csi diff`: a source was removed (reported at its place in the old version).", "Check the gaps it leaves (the diff reports them as opened).");
		add(IssueCodes.DIFF_BREAKDOWN_ADDED, SEVERITY_INFO, "`csi diff`: a measure is broken down per a new dimension.", "Nothing.");
		add(IssueCodes.DIFF_BREAKDOWN_REMOVED, SEVERITY_WARNING, "`csi diff`: a measure is no longer broken down per a dimension.", "Check that nobody needs the values per that dimension.");
		add(IssueCodes.DIFF_ACTION_ADDED, SEVERITY_INFO, "`csi diff`: an action was added to the CSI register.", "Nothing.");
		add(IssueCodes.DIFF_ACTION_CLOSED, SEVERITY_INFO, "`csi diff`: an action went from open (new, accepted, in progress, on hold) to monitoring or closed.", "Record its outcome.");
		add(IssueCodes.DIFF_ACTION_REOPENED, SEVERITY_WARNING, "`csi diff`: an action went from monitoring, closed or cancelled back to open.", "Nothing, if the work is needed again; say why.");
		add(IssueCodes.DIFF_ACTION_CANCELLED, SEVERITY_WARNING, "`csi diff`: an action was cancelled.", "Give a `justification`, and check what it addressed.");
		add(IssueCodes.DIFF_ACTION_REMOVED, SEVERITY_WARNING, "`csi diff`: an action was deleted from the register (reported at its place in the old version): the register loses its history.", "Close or cancel the action instead of deleting it.");
		add(IssueCodes.DIFF_DUE_SLIPPED, SEVERITY_WARNING, "`csi diff`: an action's due date moved later (the message says by how many days), or was removed.", "Agree the new date with the owner, and say why it slipped.");
		add(IssueCodes.DIFF_ACTION_CHANGED, SEVERITY_INFO, "`csi diff`: an action's owner changed, or its due date was brought forward.", "Nothing.");
		add(IssueCodes.DIFF_GAP_OPENED, SEVERITY_WARNING, "`csi diff`: a step 1/2 gap (coverage, frequency, unit, breakdown) that the old version did not have.", "Close, track or accept it (`csi validate` reports it too).");
		add(IssueCodes.DIFF_GAP_CLOSED, SEVERITY_INFO, "`csi diff`: a gap of the old version is gone.", "Nothing.");
		add(IssueCodes.DIFF_ACCEPTANCE_ADDED, SEVERITY_WARNING, "`csi diff`: a gap was accepted (`accept ... gap of ... because`): the team chose to live with it rather than close it.", "Check the reason; give the acceptance a review date with `until <date>`.");
		add(IssueCodes.DIFF_ACCEPTANCE_REMOVED, SEVERITY_INFO, "`csi diff`: the acceptance of a gap was removed.", "Nothing; the gap, if still there, is reported again.");
		add(IssueCodes.DIFF_ACCEPTANCE_EXPIRED, SEVERITY_WARNING, "`csi diff`: an acceptance whose review date (`until <date>`) lies before the reference date is still in the new version.", "Review it: close the gap, renew the date or remove the acceptance.");
		add(IssueCodes.DIFF_SETTINGS_CHANGED, SEVERITY_WARNING, "`csi diff`: the severities in csi.properties differ between the two versions. The diff judges both versions with the settings of the old one, so that a change cannot silence the report on itself.", "Review the change of settings on its own.");
		add(IssueCodes.DIFF_UNREADABLE, SEVERITY_ERROR, "`csi diff`: a plan file that does not parse, or cannot be read, in one of the two versions (the message says which): its elements are left out of the comparison, the rest is compared.", "Correct the file in that version.");
		add(IssueCodes.SYNTAX, SEVERITY_ERROR, "The text is not valid csi (including dates that do not exist, such as 2027-02-30, a text without its closing quote on its line, a reserved word where a name is expected, a name whose hyphen joins nothing, and words that start no element, which are skipped up to the next element). Not configurable.", "Correct the text at the position shown.");
		add(IssueCodes.REPEATED_CLAUSE, SEVERITY_ERROR, "A clause that an element takes once (`target`, `baseline`, `owner`, `due`, `data`, `compute`, ...) is written twice; only the last would count, so the plan is ambiguous. Not configurable; `csi format` leaves such a file alone.", "Keep one of them.");
		add(IssueCodes.UNRESOLVED, SEVERITY_ERROR, "A reference to an element that is not declared in the plan set or not visible (another package without an import), or to an element of another kind than its clause takes (the message says what it is). Not configurable.", "Correct the name, add an `import`, or declare the element; a reserved word as a name is written with a `^` (`^goal`).");
	}

	private IssueCodeInfo() {
	}

	private static void add(String code, String severity, String meaning, String fix) {
		boolean configurable = !code.equals(IssueCodes.SYNTAX) && !code.equals(IssueCodes.UNRESOLVED) && !code.equals(IssueCodes.REPEATED_CLAUSE);
		RULES.put(code, new Rule(code, severity, meaning, fix, configurable));
	}

	/** Every code, in the order of the documentation. */
	public static Collection<Rule> all() {
		return Collections.unmodifiableCollection(RULES.values());
	}

	/** The rule of a code, or null. */
	public static Rule get(String code) {
		return RULES.get(code);
	}
}
