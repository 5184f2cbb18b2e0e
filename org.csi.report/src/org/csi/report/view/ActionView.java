package org.csi.report.view;

import java.util.Objects;
import java.util.stream.Stream;

import org.csi.report.PlanReport.ActionRow;

/** An entry of the CSI register: a corrective action (step 7), who owns it and how it stands. */
public final class ActionView extends View<ActionRow> {

	ActionView(ActionRow value, TextFormat format) {
		super(value, format);
	}

	/** The action's name. */
	public String id() {
		return format.text(value.id());
	}

	public String title() {
		return format.text(value.title());
	}

	public String status() {
		return format.text(value.status());
	}

	/** Whether it is open past its due date. */
	public boolean overdue() {
		return value.overdue();
	}

	/** What it addresses: measures, goals, gaps of measures. */
	public String addresses() {
		return format.text(String.join(", ", value.addresses()));
	}

	/** The role that owns it. */
	public String owner() {
		return format.text(value.owner());
	}

	/** "Lead on 2027-01-02": who raised it, and when. */
	public String raised() {
		String by = value.raisedBy();
		String on = value.raisedOn();
		return format.text(by == null ? on : on == null ? by : by + " on " + on);
	}

	public String due() {
		return format.text(value.due());
	}

	public String priority() {
		return format.text(value.priority());
	}

	public String type() {
		return format.text(value.type());
	}

	/** "high, small, technology": its priority, size and type, those it states. */
	public String prioritySizeType() {
		return format.text(String.join(", ", Stream.of(value.priority(), value.size(), value.type()).filter(Objects::nonNull).toList()));
	}

	public String justification() {
		return format.text(value.justification());
	}

	/** How it ended, once done or cancelled. */
	public String outcome() {
		return format.text(value.outcome());
	}

	/** The date it was completed, or empty. */
	public String completed() {
		return format.date(value.completed());
	}

	public boolean hasVerdicts() {
		return !value.verdicts().isEmpty();
	}

	/** What the data says since its completion, per measure: "FirstContactResolution: improved: 7 periods in a row ...". */
	public java.util.List<String> verdicts() {
		return value.verdicts().stream().map(v -> format.text(v.measure() + ": " + v.verdict() + ": " + v.summary())).toList();
	}

	/** "improved", "no change"...: the verdicts of its measures, each once, the short form for a badge. */
	public String verdictLabels() {
		return format.text(String.join(", ", value.verdicts().stream().map(org.csi.report.PlanReport.VerdictRow::verdict).distinct().toList()));
	}

	/** The badge class of its verdict: done (improved), missing (worsened), tracked (no change), none; the worst of its measures. */
	public String verdictClass() {
		java.util.List<String> verdicts = value.verdicts().stream().map(org.csi.report.PlanReport.VerdictRow::verdict).toList();
		return verdicts.contains("worsened") ? "missing" : verdicts.contains("no change") ? "tracked" : verdicts.contains("improved") ? "done" : "none";
	}

	public boolean hasJustification() {
		return value.justification() != null;
	}

	public boolean hasRaised() {
		return value.raisedBy() != null || value.raisedOn() != null;
	}

	public boolean hasCompleted() {
		return value.completed() != null;
	}
}
