package org.csi.report.view;

import org.csi.report.PlanReport.BreakdownFigure;

/** A measure's values for one combination of its breakdown dimensions, such as EHR, P1. */
public final class BreakdownView extends View<BreakdownFigure> {

	BreakdownView(BreakdownFigure value, TextFormat format) {
		super(value, format);
	}

	/** The combination's values of the dimensions, such as "EHR, P1". */
	public String dimensions() {
		return format.text(String.join(", ", value.dimensions().values()));
	}

	/** Its latest period that is over, else the last of the calendar. */
	public PeriodView latest() {
		var latest = MeasureWording.latest(value.periods());
		return new PeriodView(latest != null ? latest : value.periods().get(value.periods().size() - 1), format);
	}

	/** What its latest value says about variation, with its symbol, and whether it meets the target. */
	public String variation() {
		String label = value.variation().variation();
		return format.text(MeasureWording.variationSymbol(label) + " " + label
				+ (value.variation().assurance() == null ? "" : "; " + value.variation().assurance()));
	}

	/** The badge class of the variation. */
	public String variationClass() {
		return MeasureWording.variationClass(value.variation().variation());
	}
}
