package org.csi.report.view;

import org.csi.report.PlanReport.FindingRow;

/** A finding in one of the plan's files: its severity, its code, where it is and what it says. */
public final class FindingView {

	private final FindingRow row;
	private final TextFormat format;

	FindingView(FindingRow row, TextFormat format) {
		this.row = row;
		this.format = format;
	}

	/** "error", "warning" or "info". */
	public String severity() {
		return format.text(row.severity());
	}

	/** The finding's code, such as csi.gap.open, shown as code. */
	public String code() {
		return format.code(row.code());
	}

	/** "plans/shop.csi:12:5", shown as code. */
	public String where() {
		return format.code(row.file() + ":" + row.line() + ":" + row.column());
	}

	public String message() {
		return format.text(row.message());
	}
}
