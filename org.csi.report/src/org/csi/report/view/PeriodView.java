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

	/** The value, as a number. */
	public String actual() {
		return format.number(value.actual());
	}

	/** "met", "within tolerance", "missed" or "no target". */
	public String status() {
		return format.text(value.status());
	}
}
