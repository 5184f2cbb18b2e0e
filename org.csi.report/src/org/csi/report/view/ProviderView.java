package org.csi.report.view;

import org.csi.report.PlanReport.ProviderRow;

/** A source that provides a measure (step 2), and what it provides. */
public final class ProviderView {

	private final ProviderRow row;
	private final TextFormat format;

	ProviderView(ProviderRow row, TextFormat format) {
		this.row = row;
		this.format = format;
	}

	/** The source's name. */
	public String source() {
		return format.text(row.source());
	}

	/** What it provides, in words: how often, in which unit, broken down by what. */
	public String need() {
		return format.text(MeasureWording.need(row.frequency(), row.unit(), row.breakdown()));
	}
}
