package org.csi.report.view;

/** A chart of the HTML report: its caption (escaped text) and the picture (inline SVG). */
public final class Chart {

	private final String caption;
	private final Markup svg;

	Chart(String caption, Markup svg) {
		this.caption = caption;
		this.svg = svg;
	}

	public String caption() {
		return caption;
	}

	public Markup svg() {
		return svg;
	}
}
