package org.csi.dsl.tests;

import static org.csi.dsl.validation.IssueCodes.*;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/**
 * Every issue code with a case that triggers it (exact location and message) and a case
 * that does not. Each case is a small change to {@link #BASE}, a plan without findings.
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class ValidationTest {

	static final String BASE = """
			package t

			plan P "Plan" owner Owner
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S
			operational goal O "Operational" refines T
			process Pr "Process"
			role Owner "Owner" process-owner of Pr
			csf C "Success" for Pr
			should measure M "Measure"
			    serves O
			    kpi of C
			    unit hours
			    target 4 hours
			    tolerance 1 hours
			    every week
			    per service
			    baseline 5 hours as of 2026-01-01
			source Src "Source"
			    provides M every week unit hours per service
			gather M from Src
			process M as "mean"
			analyse M against target
			present M to Owner
			action A "Action"
			    addresses M
			    owner Owner
			    raised by Owner on 2026-01-01
			    due 2027-01-01
			""";

	@Inject
	private PlanSetFixture fixture;

	@Before
	public void reset() {
		fixture.reset();
	}

	private List<String> findings(String code, String text) {
		return fixture.findings(code, text);
	}

	private static String base(String target, String replacement) {
		if (!BASE.contains(target)) {
			throw new IllegalArgumentException("not in the base plan: " + target);
		}
		return BASE.replace(target, replacement);
	}

	@Test
	public void baseHasNoFindings() {
		assertEquals(List.of(), PlanSetFixture.render(fixture.validate("plan.csi", BASE)));
	}

	// ---------------------------------------------------------------- structure

	@Test
	public void aClauseGivenTwice() {
		// found by the fuzzer: a repeated single clause parsed, and made csi format crash
		assertEquals(List.of("16:12 error: Should-measure 'M' gives its target more than once: keep one."),
				findings(REPEATED_CLAUSE, base("    tolerance 1 hours", "    target 5 hours\n    tolerance 1 hours")));
		assertEquals(List.of("20:14 error: Should-measure 'M' gives its baseline more than once: keep one."),
				findings(REPEATED_CLAUSE, base("    baseline 5 hours as of 2026-01-01", "    baseline 5 hours as of 2026-01-01\n    baseline 6 hours")));
		assertEquals(List.of(), findings(REPEATED_CLAUSE, BASE));
	}

	// ---------------------------------------------------------------- data

	private static String withData(String data) {
		return base("source Src \"Source\"", "source Src \"Source\"\n    data " + data);
	}

	@Test
	public void dataThatCannotBeRead() {
		assertEquals(List.of("21:10 error: Source data 'tickets.xlsx' cannot be read: csi reads .csv, .tsv, .parquet, .json and .ndjson files."),
				findings(DATA_SOURCE, withData("\"tickets.xlsx\"")));
		assertEquals(List.of("21:10 error: Source data 'jdbc:postgresql://db/itsm' cannot be read: a database is named by a connection (data"
				+ " connection \"warehouse\" table \"...\"), whose URL and credentials stay outside the plan; a plan names only DuckDB database"
				+ " files by URL."), findings(DATA_SOURCE, withData("\"jdbc:postgresql://db/itsm\" table \"incidents\"")));
		assertEquals(List.of("21:10 error: Source data 'jdbc:postgresql://csi:***@db/itsm?password=***' cannot be read: a JDBC URL in a plan"
				+ " must not hold a password, which would be in git for everyone to read: name a connection instead (data connection"
				+ " \"warehouse\" table \"...\") and keep its URL and password in the environment or the user's connections file."),
				findings(DATA_SOURCE, withData("\"jdbc:postgresql://csi:pw1@db/itsm?password=pw2\" table \"t\"")));
		assertEquals(List.of("21:21 error: Source data connection 'warehouse' cannot be read: a database source needs the table that holds its"
				+ " rows: add 'table \"incidents\"'."), findings(DATA_SOURCE, withData("connection \"warehouse\"")));
		assertEquals(List.of("21:10 error: Source data 'data/*.csv' cannot be read: a data path names one file; csi does not expand '*', '?',"
				+ " '[' or '{' (list each file as its own source)."), findings(DATA_SOURCE, withData("\"data/*.csv\"")));
		assertEquals(List.of("21:10 error: Source data 'tickets.parquet' cannot be read: 'missing' describes a CSV or TSV file; Parquet and"
				+ " JSON mark an empty value themselves."), findings(DATA_SOURCE, withData("\"tickets.parquet\" missing \"?\"")));
		assertEquals(List.of(), findings(DATA_SOURCE, withData("\"data/tickets.csv\"")));
		assertEquals(List.of(), findings(DATA_SOURCE, withData("connection \"warehouse\" table \"itsm.incidents\" case \"number\" latest by \"updated\"")));
		assertEquals(List.of(), findings(DATA_SOURCE, withData("\"jdbc:duckdb:itsm.duckdb\" table \"incidents\"")));
	}

	@Test
	public void sqlThatIsNotOneReadOnlyQueryAsYouType() {
		assertEquals(List.of("24:13 error: This computation cannot run: the function read_text() reaches outside the rows a plan may read"
				+ " (files, the environment, other servers, settings or SQL in a string); a query may only read its source's rows."),
				findings(DATA_COMPUTATION, computing("sum of \"length(read_text('/etc/passwd'))\" on \"opened\"")));
		assertEquals(List.of("24:13 error: This computation cannot run: the 'where' filter must be one SQL expression, such as \"priority ="
				+ " 'P1'\" (it ends after \"1 = 1\"; what follows is not part of it)."),
				findings(DATA_COMPUTATION, computing("count where \"1 = 1; DROP TABLE t\" on \"opened\"")));
		assertEquals(List.of("24:11 error: This query cannot run: only a SELECT may read the data; found an UPDATE, which could create, change or"
				+ " drop things."), findings(DATA_COMPUTATION, base("process M as \"mean\"", "process M as \"mean\"\n    query \"UPDATE t SET"
						+ " v = 1 RETURNING v, 1\"")));
		assertEquals(List.of(), findings(DATA_COMPUTATION, base("process M as \"mean\"", "process M as \"mean\"\n    query \"SELECT"
				+ " date_trunc('month', opened), count(*) FROM {source} GROUP BY 1\"")));
	}

	@Test
	public void numbersCsiCannotJudgeWith() {
		assertEquals(List.of("15:12 error: The number 1000000000000000 is too large: csi compares figures below 10^15."),
				findings(NUMBER_RANGE, base("target 4", "target 1000000000000000")));
		assertEquals(List.of("15:12 error: The number 1.0000000000000001 has more than 15 significant digits, more than csi can compare"
				+ " exactly."), findings(NUMBER_RANGE, base("target 4", "target 1.0000000000000001")));
		assertEquals(List.of(), findings(NUMBER_RANGE, base("target 4", "target 99.5")));
	}

	private static String computing(String computation) {
		return base("process M as \"mean\"", "process M as \"mean\"\n    compute " + computation);
	}

	@Test
	public void computationThatCannotRun() {
		assertEquals(List.of("24:13 error: This computation cannot run: unknown aggregation 'average' (expected count, sum, mean, median,"
				+ " percentile N or ratio)."), findings(DATA_COMPUTATION, computing("average of \"hours\" on \"opened\"")));
		assertEquals(List.of("24:13 error: This computation cannot run: percentile needs a rank between 1 and 99, as in 'percentile 90 of"
				+ " \"hours\"'."), findings(DATA_COMPUTATION, computing("percentile of \"hours\" on \"opened\"")));
		assertEquals(List.of("24:13 error: This computation cannot run: count counts rows and takes no 'of': filter them with 'where'."),
				findings(DATA_COMPUTATION, computing("count of \"hours\" on \"opened\"")));
		assertEquals(List.of("24:13 error: This computation cannot run: mean needs 'of' and a column or expression."),
				findings(DATA_COMPUTATION, computing("mean where \"priority = 'P1'\" on \"opened\"")));
		assertEquals(List.of(), findings(DATA_COMPUTATION, computing("percentile 90 of \"hours\" where \"priority = 'P1'\" on \"opened\"")));
		assertEquals(List.of(), findings(DATA_COMPUTATION, computing("count where \"sla_met\" on \"opened\"")));
	}

	// ---------------------------------------------------------------- gaps

	@Test
	public void measureWithoutSource() {
		assertEquals(List.of("11:16 error: Should-measure 'M' cannot be measured: no source provides it. Add 'provides M' to a source, "
				+ "raise an action that addresses 'coverage gap of M', or accept the gap."),
				findings(GAP_NO_SOURCE, base("provides M every week unit hours per service", "provides \"Other data\"")
						.replace("    addresses M", "    addresses O")));
		assertEquals(List.of(), findings(GAP_NO_SOURCE, BASE));
	}

	@Test
	public void measureProvidedLessOftenThanNeeded() {
		String text = base("provides M every week", "provides M every month").replace("    addresses M", "    addresses O");
		assertEquals(List.of("17:11 warning: Should-measure 'M' has a frequency gap: it is needed every week but can be provided only every month. "
				+ "Raise an action that addresses 'frequency gap of M', or accept the gap."), findings(GAP_FREQUENCY, text));
		assertEquals(List.of(), findings(GAP_FREQUENCY, base("provides M every week", "provides M every day")));
	}

	@Test
	public void everyHourCountsAsAFrequency() {
		String text = base("    every week", "    every hour").replace("    addresses M", "    addresses O");
		assertEquals(List.of("17:11 warning: Should-measure 'M' has a frequency gap: it is needed every hour but can be provided only every week. "
				+ "Raise an action that addresses 'frequency gap of M', or accept the gap."), findings(GAP_FREQUENCY, text));
	}

	@Test
	public void measureProvidedInAnotherUnit() {
		String text = base("unit hours per service", "unit minutes per service").replace("    addresses M", "    addresses O");
		assertEquals(List.of("14:10 warning: Should-measure 'M' has a unit gap: it is needed in hours but can be provided only in minutes. "
				+ "Raise an action that addresses 'unit gap of M', or accept the gap."), findings(GAP_UNIT, text));
		assertEquals(List.of(), findings(GAP_UNIT, base("unit hours per service", "unit HOURS per service")));
	}

	@Test
	public void measureProvidedWithoutNeededBreakdown() {
		String text = base("unit hours per service", "unit hours per priority").replace("    addresses M", "    addresses O");
		assertEquals(List.of("18:9 warning: Should-measure 'M' has a breakdown gap: it is needed per service but no source provides that breakdown. "
				+ "Raise an action that addresses 'breakdown gap of M', or accept the gap."), findings(GAP_BREAKDOWN, text));
	}

	@Test
	public void gapTrackedByAnAction() {
		String text = base("provides M every week", "provides M every month").replace("    addresses M", "    addresses frequency gap of M");
		assertEquals(List.of("17:11 info: Frequency gap of 'M' is tracked by action 'A': it is needed every week but can be provided only every month."),
				findings(GAP_TRACKED, text));
		assertEquals(List.of(), findings(GAP_FREQUENCY, text));
	}

	@Test
	public void actionOnTheWholeMeasureTracksItsGaps() {
		String text = base("provides M every week", "provides M every month");
		assertEquals(List.of("17:11 info: Frequency gap of 'M' is tracked by action 'A': it is needed every week but can be provided only every month."),
				findings(GAP_TRACKED, text));
	}

	@Test
	public void closedActionNoLongerTracksAGap() {
		String text = base("provides M every week", "provides M every month").replace("    due 2027-01-01", "    due 2027-01-01 status closed");
		assertEquals(List.of(), findings(GAP_TRACKED, text));
		assertEquals(1, findings(GAP_FREQUENCY, text).size());
	}

	@Test
	public void gapAcceptedWithAReason() {
		String text = base("provides M every week", "provides M every month").replace("    addresses M", "    addresses O")
				+ "accept frequency gap of M by Owner on 2026-02-01 because \"Monthly is enough for the review\"\n";
		assertEquals(List.of("17:11 info: Frequency gap of 'M' is accepted by 'Owner' (it is needed every week but can be provided only every month): "
				+ "Monthly is enough for the review"), findings(GAP_ACCEPTED, text));
		assertEquals(List.of(), findings(GAP_FREQUENCY, text));
	}

	@Test
	public void acceptingAGapThatDoesNotExist() {
		assertEquals(List.of("31:8 warning: Should-measure 'M' has no unit gap to accept: remove this acceptance."),
				findings(GAP_NO_SUCH_GAP, BASE + "accept unit gap of M because \"x\"\n"));
	}

	@Test
	public void actionOnAGapThatDoesNotExist() {
		assertEquals(List.of("27:15 warning: Action 'A' addresses the breakdown gap of 'M', but 'M' has no such gap."),
				findings(GAP_NO_SUCH_GAP, base("    addresses M", "    addresses breakdown gap of M")));
		assertEquals(List.of(), findings(GAP_NO_SUCH_GAP,
				base("    addresses M", "    addresses breakdown gap of M").replace("    due 2027-01-01", "    due 2027-01-01 status closed")));
	}

	@Test
	public void sourceThatProvidesNothing() {
		assertEquals(List.of("31:8 warning: Source 'Empty' provides nothing that a should-measure needs: its data is collected without a purpose. "
				+ "Add 'provides <should-measure>' or remove the source."), findings(UNUSED_SOURCE, BASE + "source Empty \"Nothing\"\n"));
		assertEquals(List.of(), findings(UNUSED_SOURCE, BASE));
	}

	@Test
	public void dataThatNoMeasureNeeds() {
		assertEquals(List.of("22:14 warning: Source 'Src' provides \"Chat sessions\", which no should-measure needs: data collected without a purpose. "
				+ "Link it to a should-measure or stop collecting it."),
				findings(UNUSED_DATA, base("per service\ngather", "per service\n    provides \"Chat sessions\"\ngather")));
	}

	// ---------------------------------------------------------------- chain

	@Test
	public void planWithoutVision() {
		assertEquals(List.of("2:6 error: Plan 'P' has no vision: add 'vision <Name> \"<where the organisation wants to be>\"' to package 'x'."),
				findings(NO_VISION, "package x\nplan P \"Plan\"\n"));
		assertEquals(List.of(), findings(NO_VISION, BASE));
	}

	@Test
	public void visionInAnotherFileOfTheSamePackageCounts() {
		List<String> rendered = PlanSetFixture.render(fixture.validate("a.csi", "package x\nplan P \"Plan\"\n", "b.csi", "package x\nvision V \"v\"\n"));
		assertEquals(List.of(), rendered.stream().filter(f -> f.contains(NO_VISION)).toList());
	}

	@Test
	public void strategyWithoutVision() {
		assertEquals(List.of("5:10 warning: Strategy 'S' supports no vision: add 'supports <vision>'."),
				findings(STRATEGY_UNLINKED, base("strategy S \"Strategy\" supports V", "strategy S \"Strategy\"")));
	}

	@Test
	public void tacticalGoalWithoutStrategy() {
		assertEquals(List.of("6:15 warning: Tactical goal 'T' supports no strategy: add 'supports <strategy>'."),
				findings(TACTICAL_UNLINKED, base("\"Tactical\" supports S", "\"Tactical\"")));
	}

	@Test
	public void operationalGoalRefiningNothing() {
		assertEquals(List.of("7:18 warning: Operational goal 'O' refines no tactical goal: add 'refines <tactical goal>'."),
				findings(OPERATIONAL_UNLINKED, base("\"Operational\" refines T", "\"Operational\"")));
	}

	@Test
	public void goalLinkedToTheWrongLevel() {
		assertEquals(List.of("6:37 error: Tactical goal 'T' must support a strategy or another tactical goal, not vision 'V'."),
				findings(WRONG_LEVEL, base("\"Tactical\" supports S", "\"Tactical\" supports V")));
		assertEquals(List.of("7:42 error: Operational goal 'O' must refine a tactical goal or another operational goal, not strategy 'S'."),
				findings(WRONG_LEVEL, base("\"Operational\" refines T", "\"Operational\" refines S")));
		assertEquals(List.of(), findings(WRONG_LEVEL, BASE));
	}

	@Test
	public void cycleInTheChain() {
		String text = base("\"Tactical\" supports S", "\"Tactical\" supports S, T2") + "tactical goal T2 \"Two\" supports T\n";
		assertEquals(List.of(
				"6:15 error: Tactical goal 'T' is part of a cycle: T -> T2 -> T. A goal cannot, through other goals, serve itself.",
				"31:15 error: Tactical goal 'T2' is part of a cycle: T2 -> T -> T2. A goal cannot, through other goals, serve itself."),
				findings(CYCLE, text));
		assertEquals(List.of(), findings(CYCLE, BASE + "tactical goal T2 \"Two\" supports T\n"));
	}

	@Test
	public void goalWithoutMeasure() {
		assertEquals(List.of("7:18 warning: Operational goal 'O' has no measure: add 'serves O' to the should-measure that shows whether it is met."),
				findings(GOAL_UNMEASURED, base("    serves O", "    serves T")));
		assertEquals(List.of("31:15 warning: Tactical goal 'T2' has no measure: no should-measure serves it or a goal that refines it."),
				findings(GOAL_UNMEASURED, BASE + "tactical goal T2 \"Two\" supports S\n"));
		assertEquals(List.of(), findings(GOAL_UNMEASURED, BASE));
	}

	@Test
	public void measureServingNoGoal() {
		assertEquals(List.of("11:16 warning: Should-measure 'M' serves no goal: add 'serves <goal>' so that it is driven by the goals, not by the tools at hand."),
				findings(MEASURE_UNALIGNED, base("    serves O", "    description \"x\"")));
	}

	@Test
	public void actionAddressingNothing() {
		assertEquals(List.of("26:8 warning: Action 'A' addresses nothing: add 'addresses <measure, gap or goal>' so that the register shows what it improves."),
				findings(ACTION_UNADDRESSED, base("    addresses M", "    justification \"x\"")));
	}

	// ---------------------------------------------------------------- steps 3-6, KPI, baseline

	@Test
	public void stepsMissing() {
		String text = base("gather M from Src\nprocess M as \"mean\"\nanalyse M against target\npresent M to Owner\n", "");
		assertEquals(List.of("11:16 warning: Should-measure 'M' is never gathered (step 3): add 'gather M from <source> by <role>'."),
				findings(NOT_GATHERED, text));
		assertEquals(List.of("11:16 warning: Should-measure 'M' is never processed (step 4): add 'process M as \"<formula>\"'."),
				findings(NOT_PROCESSED, text));
		assertEquals(List.of("11:16 warning: Should-measure 'M' is never analysed (step 5): add 'analyse M against target'."),
				findings(NOT_ANALYSED, text));
		assertEquals(List.of("11:16 warning: Should-measure 'M' is never presented (step 6): add 'present M to <role>'."),
				findings(NOT_PRESENTED, text));
	}

	@Test
	public void stepsAreNotAskedOfAMeasureNobodyCanProvide() {
		String text = base("provides M every week unit hours per service", "provides \"Other\"").replace(
				"gather M from Src\nprocess M as \"mean\"\nanalyse M against target\npresent M to Owner\n", "");
		assertEquals(List.of(), findings(NOT_GATHERED, text));
	}

	@Test
	public void gatheringFromASourceThatDoesNotProvideTheMeasure() {
		assertEquals(List.of("22:15 warning: Source 'Src2' does not provide 'M' (step 2), yet step 3 gathers it from there: add 'provides M' to 'Src2' or gather from another source."),
				findings(SOURCE_MISMATCH, base("gather M from Src", "gather M from Src2") + "source Src2 \"Two\"\n"));
		assertEquals(List.of(), findings(SOURCE_MISMATCH, BASE));
	}

	@Test
	public void kpiWithoutTargetOrTolerance() {
		assertEquals(List.of("13:12 error: KPI 'M' of critical success factor 'C' has no target: a measure is a KPI only with an agreed target. Add 'target <value>'."),
				findings(KPI_NO_TARGET, base("    target 4 hours", "    description \"x\"")));
		assertEquals(List.of("13:12 warning: KPI 'M' of critical success factor 'C' has no tolerance: say how far from the target is still acceptable. Add 'tolerance <value>'."),
				findings(KPI_NO_TOLERANCE, base("    tolerance 1 hours", "    description \"x\"")));
		assertEquals(List.of(), findings(KPI_NO_TARGET, base("    kpi of C\n", "").replace("    target 4 hours\n", "")));
	}

	@Test
	public void measureWithoutBaseline() {
		assertEquals(List.of("11:16 warning: Should-measure 'M' has no baseline: without one you cannot tell whether the service improved. Add 'baseline <value> as of <date>'."),
				findings(NO_BASELINE, base("    baseline 5 hours as of 2026-01-01", "    description \"x\"")));
	}

	// ---------------------------------------------------------------- register and roles

	@Test
	public void actionWithoutOwner() {
		assertEquals(List.of("26:8 error: Action 'A' has no owner: add 'owner <role>' so that someone is accountable for it."),
				findings(ACTION_NO_OWNER, base("    owner Owner\n", "    size small\n")));
	}

	@Test
	public void actionWithoutDueDate() {
		assertEquals(List.of("26:8 error: Action 'A' has no due date: add 'due <date>', such as 'due 2027-03-31'."),
				findings(ACTION_NO_DUE_DATE, base("    due 2027-01-01", "    priority high")));
	}

	@Test
	public void actionDueBeforeItWasRaised() {
		assertEquals(List.of("30:9 error: Action 'A' is due on 2025-12-31, before it was raised on 2026-01-01."),
				findings(ACTION_DUE_BEFORE_RAISED, base("    due 2027-01-01", "    due 2025-12-31")));
	}

	/** A completion date on an action whose status still says work remains (new when it states none). */
	@Test
	public void completedActionStillOpen() {
		assertEquals(List.of("30:30 warning: Action 'A' was completed on 2026-04-01 but its status is new (no status is new): set 'status"
				+ " monitoring' or 'status closed', or remove the completion date."),
				findings(ACTION_COMPLETED_OPEN, base("    due 2027-01-01", "    due 2027-01-01 completed 2026-04-01")));
		assertEquals(List.of("30:30 warning: Action 'A' was completed on 2026-04-01 but its status is in-progress: set 'status monitoring' or"
				+ " 'status closed', or remove the completion date."),
				findings(ACTION_COMPLETED_OPEN, base("    due 2027-01-01", "    due 2027-01-01 completed 2026-04-01 status in-progress")));
		assertEquals(List.of(), findings(ACTION_COMPLETED_OPEN, base("    due 2027-01-01", "    due 2027-01-01 completed 2026-04-01 status closed")));
	}

	@Test
	public void openActionPastItsDueDate() {
		assertEquals(List.of("30:9 warning: Action 'A' is overdue: it was due on 2026-05-31 and is still new on 2026-06-01. Update its status or agree a new due date."),
				findings(ACTION_OVERDUE, base("    due 2027-01-01", "    due 2026-05-31")));
		assertEquals(List.of(), findings(ACTION_OVERDUE, base("    due 2027-01-01", "    due 2026-06-01")));
		assertEquals(List.of(), findings(ACTION_OVERDUE, base("    due 2027-01-01", "    due 2026-05-31 status monitoring")));
	}

	@Test
	public void referenceDateDecidesWhatIsOverdue() {
		fixture.setReferenceDate(java.time.LocalDate.of(2027, 1, 2));
		assertEquals(List.of("30:9 warning: Action 'A' is overdue: it was due on 2027-01-01 and is still in-progress on 2027-01-02. Update its status or agree a new due date."),
				findings(ACTION_OVERDUE, base("    due 2027-01-01", "    due 2027-01-01 status in-progress")));
	}

	@Test
	public void processWithoutOwner() {
		assertEquals(List.of("8:9 warning: Process 'Pr' has no process owner: add a role with 'process-owner of Pr'."),
				findings(PROCESS_NO_OWNER, base("process-owner of Pr", "process-manager of Pr")));
	}

	@Test
	public void processWithTwoOwners() {
		assertEquals(List.of("8:9 error: Process 'Pr' has 2 process owners ('Owner', 'Owner2'): exactly one role is accountable for a process. Make the others process managers."),
				findings(PROCESS_MANY_OWNERS, BASE + "role Owner2 \"Second\" process-owner of Pr\n"));
	}

	@Test
	public void planEndingBeforeItStarts() {
		assertEquals(List.of("3:36 error: Plan 'P' ends on 2026-12-31, before it starts on 2027-01-01."),
				findings(PLAN_PERIOD, base("plan P \"Plan\" owner Owner", "plan P \"Plan\" period 2027-01-01 to 2026-12-31 owner Owner")));
	}

	@Test
	public void duplicateNamesAcrossFiles() {
		List<String> rendered = PlanSetFixture.render(fixture.validate("a.csi", "package x\nrole R \"One\"\n", "b.csi", "package x\n\nrole R \"Two\"\n"));
		assertEquals(List.of(
				"a.csi:2:6 error csi.name.duplicate: Name 'x.R' is declared more than once: this role and the role at b.csi:3. Rename one of them.",
				"b.csi:3:6 error csi.name.duplicate: Name 'x.R' is declared more than once: this role and the role at a.csi:2. Rename one of them."),
				rendered);
		assertEquals(List.of(), PlanSetFixture.render(fixture.validate("a.csi", "package x\nrole R \"One\"\n", "b.csi", "package y\nrole R \"Two\"\n")));
	}

	// ---------------------------------------------------------------- linking and syntax

	@Test
	public void importOfSomethingThatDoesNotExist() {
		List<String> rendered = PlanSetFixture.render(fixture.validate("a.csi", "package org.shared\nrole R \"r\"\n", "b.csi",
				"package p\nimport org.shared.*\nimport org.shraed.*\nimport org.shared.R\nimport org.shared.Q\n"));
		assertEquals(List.of(
				"b.csi:3:8 warning csi.link.unknown-import: Import 'org.shraed.*' names nothing in this plan set: no package 'org.shraed' is declared in any of its files.",
				"b.csi:5:8 warning csi.link.unknown-import: Import 'org.shared.Q' names nothing in this plan set: no element 'org.shared.Q' is declared in any of its files."),
				rendered);
	}

	@Test
	public void unknownReference() {
		assertEquals(List.of("12:12 error: Unknown goal 'Nope': no goal of that name is declared in this plan set or imported here."),
				findings(UNRESOLVED, base("    serves O", "    serves Nope")));
	}

	@Test
	public void syntaxError() {
		assertEquals(List.of("17:11 error: 'fortnight' is not allowed after 'every': expected hour, day, week, month, quarter, year or a number of years (every 2 years)."),
				findings(SYNTAX, base("    every week", "    every fortnight")));
	}

	@Test
	public void unknownElementKeyword() {
		assertEquals(List.of("31:1 error: 'rol' does not start an element: did you mean 'role'? The words up to the next element are skipped."),
				findings(SYNTAX, BASE + "rol CIO \"Chief information officer\"\n"));
	}

	@Test
	public void invalidDate() {
		assertEquals(List.of("30:9 error: '2027-02-30' is not a calendar date (expected year-month-day, such as 2027-03-31)."),
				findings(SYNTAX, base("    due 2027-01-01", "    due 2027-02-30")));
		// the date is there, only wrong: no second finding that says it is missing
		assertEquals(List.of(), findings(ACTION_NO_DUE_DATE, base("    due 2027-01-01", "    due 2027-02-30")));
	}

	// ---------------------------------------------------------------- severities

	@Test
	public void severityCanBeRaisedOrIgnored() {
		String text = base("    baseline 5 hours as of 2026-01-01", "    description \"x\"");
		fixture.setSeverity(NO_BASELINE, "error");
		assertEquals(List.of("11:16 error: Should-measure 'M' has no baseline: without one you cannot tell whether the service improved. Add 'baseline <value> as of <date>'."),
				findings(NO_BASELINE, text));
		fixture.setSeverity(NO_BASELINE, "ignore");
		assertEquals(List.of(), findings(NO_BASELINE, text));
	}
}
