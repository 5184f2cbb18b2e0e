package org.csi.report.view;

import org.csi.report.PlanReport.BreakdownFigure;

/** A measure's values for one combination of its breakdown dimensions, such as EHR, P1. */
public final class BreakdownView {

	private final BreakdownFigure figure;
	private final TextFormat format;

	BreakdownView(BreakdownFigure figure, TextFormat format) {
		this.figure = figure;
		this.format = format;
	}

	/** The combination's values of the dimensions, such as "EHR, P1". */
	public String dimensions() {
		return format.text(String.join(", ", figure.dimensions().values()));
	}

	/** Its value in the latest period. */
	public PeriodView latest() {
		return new PeriodView(figure.periods().get(figure.periods().size() - 1), format);
	}
}
