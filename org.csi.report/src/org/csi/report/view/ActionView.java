package org.csi.report.view;

import java.util.Objects;
import java.util.stream.Stream;

import org.csi.report.PlanReport.ActionRow;

/** An entry of the CSI register: a corrective action (step 7), who owns it and how it stands. */
public final class ActionView {

	private final ActionRow row;
	private final TextFormat format;

	ActionView(ActionRow row, TextFormat format) {
		this.row = row;
		this.format = format;
	}

	/** The action's name. */
	public String id() {
		return format.text(row.id());
	}

	public String title() {
		return format.text(row.title());
	}

	public String status() {
		return format.text(row.status());
	}

	/** Whether it is open past its due date. */
	public boolean overdue() {
		return row.overdue();
	}

	/** What it addresses: measures, goals, gaps of measures. */
	public String addresses() {
		return format.text(String.join(", ", row.addresses()));
	}

	/** The role that owns it. */
	public String owner() {
		return format.text(row.owner());
	}

	/** "Lead on 2027-01-02": who raised it, and when. */
	public String raised() {
		String by = row.raisedBy();
		String on = row.raisedOn();
		return format.text(by == null ? on : on == null ? by : by + " on " + on);
	}

	public String due() {
		return format.text(row.due());
	}

	public String priority() {
		return format.text(row.priority());
	}

	public String type() {
		return format.text(row.type());
	}

	/** "high, small, technology": its priority, size and type, those it states. */
	public String prioritySizeType() {
		return format.text(String.join(", ", Stream.of(row.priority(), row.size(), row.type()).filter(Objects::nonNull).toList()));
	}

	public String justification() {
		return format.text(row.justification());
	}

	/** How it ended, once done or cancelled. */
	public String outcome() {
		return format.text(row.outcome());
	}
}
