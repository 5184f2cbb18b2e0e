package org.csi.report.view;

import org.csi.report.PlanReport.PeriodFigure;

/** A measure's value in one period, and how it stands against the target. */
public final class PeriodView {

	private final PeriodFigure figure;
	private final TextFormat format;

	PeriodView(PeriodFigure figure, TextFormat format) {
		this.figure = figure;
		this.format = format;
	}

	/** The period's first day. */
	public String period() {
		return format.date(figure.period());
	}

	/** The value, as a number. */
	public String actual() {
		return format.number(figure.actual());
	}

	/** "met", "within tolerance", "missed" or "no target". */
	public String status() {
		return format.text(figure.status());
	}
}
