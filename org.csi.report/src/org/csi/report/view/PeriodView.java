package org.csi.report.view;

import org.csi.report.PlanReport.PeriodFigure;

/** A measure's value in one period, and how it stands against the target. */
public final class PeriodView extends View<PeriodFigure> {

	private final String signal;

	PeriodView(PeriodFigure value, TextFormat format) {
		this(value, format, "");
	}

	PeriodView(PeriodFigure value, TextFormat format, String signal) {
		super(value, format);
		this.signal = signal;
	}

	/** The special cause the period is part of: "concern (run)", or empty for common-cause variation. */
	public String signal() {
		return format.text(signal);
	}

	/** The period's first day. */
	public String period() {
		return format.date(value.period());
	}

	/** The value, as a number, or "no data". */
	public String actual() {
		return value.actual() == null ? format.text("no data") : format.number(value.actual());
	}

	/** The rows behind the value, or empty when not known. */
	public String rows() {
		return value.rows() < 0 ? "" : format.text(String.valueOf(value.rows()));
	}

	/** "met", "within tolerance", "missed", "no target", "no data", "partial period" or "too few rows". */
	public String status() {
		return format.text(value.status());
	}
}
