package org.csi.report.view;

import org.csi.report.PlanReport.GapRow;

/**
 * A step 1/2 gap of a measure: what the sources lack, and whether the gap is open, tracked by
 * an action or accepted by a role for a reason.
 */
public final class GapView extends View<GapRow> {

	GapView(GapRow value, TextFormat format) {
		super(value, format);
	}

	/** "open", "tracked" or "accepted". */
	public String status() {
		return format.text(value.status());
	}

	/** Which need the sources miss: "frequency", "unit" or "breakdown". */
	public String kind() {
		return format.text(value.kind());
	}

	public String problem() {
		return format.text(value.problem());
	}

	/** Whether an action addresses it. */
	public boolean hasTracker() {
		return value.trackedBy() != null;
	}

	/** Whether its acceptance names who accepted it. */
	public boolean hasAccepter() {
		return value.acceptedBy() != null;
	}

	/** Whether it is accepted for a reason. */
	public boolean hasReason() {
		return value.reason() != null;
	}

	/** " (action Alerts)": the action that addresses it. */
	public String trackerNote() {
		return " (action " + format.text(value.trackedBy()) + ")";
	}

	/** " (accepted by Lead: One channel until the app launches)": who accepted it, and why. */
	public String acceptanceNote() {
		return " (accepted" + (value.acceptedBy() == null ? "" : " by " + format.text(value.acceptedBy())) + ": " + format.text(value.reason()) + ")";
	}
}
