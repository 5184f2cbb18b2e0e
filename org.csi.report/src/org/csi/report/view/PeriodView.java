package org.csi.report.view;

import org.csi.report.PlanReport.PeriodFigure;

/** A measure's value in one period, and how it stands against the target. */
public final class PeriodView extends View<PeriodFigure> {

	PeriodView(PeriodFigure value, TextFormat format) {
		super(value, format);
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
