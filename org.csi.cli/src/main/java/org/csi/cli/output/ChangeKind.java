package org.csi.cli.output;

import java.util.List;

import org.csi.dsl.validation.IssueCodes;

/**
 * The kinds of change {@code csi diff} groups its findings in, in the order a reviewer reads them
 * when they are equally severe: what kept the versions from being compared, the goalposts, the
 * series, the scope, the register, the gaps.
 */
public enum ChangeKind {

	NOT_COMPARED("Read first", IssueCodes.DIFF_UNREADABLE, IssueCodes.DIFF_SETTINGS_CHANGED),
	GOALPOSTS("Goalposts moved", IssueCodes.DIFF_TARGET_LOOSENED, IssueCodes.DIFF_TARGET_TIGHTENED, IssueCodes.DIFF_TOLERANCE_LOOSENED,
			IssueCodes.DIFF_TOLERANCE_TIGHTENED, IssueCodes.DIFF_DIRECTION_CHANGED, IssueCodes.DIFF_BASELINE_CHANGED, IssueCodes.DIFF_BASELINE_ADDED),
	DEFINITIONS("Definitions changed", IssueCodes.DIFF_SERIES_BREAK, IssueCodes.DIFF_DEFINITION_CHANGED),
	SCOPE("Scope", IssueCodes.DIFF_MEASURE_ADDED, IssueCodes.DIFF_MEASURE_REMOVED, IssueCodes.DIFF_GOAL_ADDED, IssueCodes.DIFF_GOAL_REMOVED,
			IssueCodes.DIFF_GOAL_UNMEASURED, IssueCodes.DIFF_SOURCE_ADDED, IssueCodes.DIFF_SOURCE_REMOVED, IssueCodes.DIFF_BREAKDOWN_ADDED,
			IssueCodes.DIFF_BREAKDOWN_REMOVED),
	REGISTER("Register", IssueCodes.DIFF_ACTION_ADDED, IssueCodes.DIFF_ACTION_CLOSED, IssueCodes.DIFF_ACTION_REOPENED, IssueCodes.DIFF_ACTION_CANCELLED,
			IssueCodes.DIFF_ACTION_REMOVED, IssueCodes.DIFF_DUE_SLIPPED, IssueCodes.DIFF_ACTION_CHANGED),
	GAPS("Gaps and acceptances", IssueCodes.DIFF_GAP_OPENED, IssueCodes.DIFF_GAP_CLOSED, IssueCodes.DIFF_ACCEPTANCE_ADDED,
			IssueCodes.DIFF_ACCEPTANCE_REMOVED, IssueCodes.DIFF_ACCEPTANCE_EXPIRED);

	private final String title;
	private final List<String> codes;

	ChangeKind(String title, String... codes) {
		this.title = title;
		this.codes = List.of(codes);
	}

	public String title() {
		return title;
	}

	/** The kind of a change's code; every csi.diff code has one (a test checks it). */
	public static ChangeKind of(String code) {
		for (ChangeKind kind : values()) {
			if (kind.codes.contains(code)) {
				return kind;
			}
		}
		return NOT_COMPARED;
	}
}
