package org.csi.report.view;

import org.csi.report.PlanReport.ProviderRow;

/** A source that provides a measure (step 2), and what it provides. */
public final class ProviderView extends View<ProviderRow> {

	ProviderView(ProviderRow value, TextFormat format) {
		super(value, format);
	}

	/** The source's name. */
	public String source() {
		return format.text(value.source());
	}

	/** What it provides, in words: how often, in which unit, broken down by what. */
	public String need() {
		return format.text(MeasureWording.need(value.frequency(), value.unit(), value.breakdown()));
	}
}
