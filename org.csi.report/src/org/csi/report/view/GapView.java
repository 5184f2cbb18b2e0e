package org.csi.report.view;

import org.csi.report.PlanReport.GapRow;

/**
 * A step 1/2 gap of a measure: what the sources lack, and whether the gap is open, tracked by
 * an action or accepted by a role for a reason.
 */
public final class GapView {

	private final GapRow row;
	private final TextFormat format;

	GapView(GapRow row, TextFormat format) {
		this.row = row;
		this.format = format;
	}

	/** "open", "tracked" or "accepted". */
	public String status() {
		return format.text(row.status());
	}

	/** Which need the sources miss: "frequency", "unit" or "breakdown". */
	public String kind() {
		return format.text(row.kind());
	}

	public String problem() {
		return format.text(row.problem());
	}

	/** Whether an action addresses it. */
	public boolean hasTracker() {
		return row.trackedBy() != null;
	}

	/** Whether its acceptance names who accepted it. */
	public boolean hasAccepter() {
		return row.acceptedBy() != null;
	}

	/** Whether it is accepted for a reason. */
	public boolean hasReason() {
		return row.reason() != null;
	}

	/** " (action Alerts)": the action that addresses it. */
	public String trackerNote() {
		return " (action " + format.text(row.trackedBy()) + ")";
	}

	/** " (accepted by Lead: One channel until the app launches)": who accepted it, and why. */
	public String acceptanceNote() {
		return " (accepted" + (row.acceptedBy() == null ? "" : " by " + format.text(row.acceptedBy())) + ": " + format.text(row.reason()) + ")";
	}
}
