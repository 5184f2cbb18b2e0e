package org.csi.report.view;

import org.csi.report.PlanReport.FindingRow;

/** A finding in one of the plan's files: its severity, its code, where it is and what it says. */
public final class FindingView extends View<FindingRow> {

	FindingView(FindingRow value, TextFormat format) {
		super(value, format);
	}

	/** "error", "warning" or "info". */
	public String severity() {
		return format.text(value.severity());
	}

	/** The finding's code, such as csi.gap.open, shown as code. */
	public String code() {
		return format.code(value.code());
	}

	/** "plans/shop.csi:12:5", shown as code. */
	public String where() {
		return format.code(value.file() + ":" + value.line() + ":" + value.column());
	}

	public String message() {
		return format.text(value.message());
	}
}
