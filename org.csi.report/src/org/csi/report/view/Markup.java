package org.csi.report.view;

/**
 * Text that is markup on purpose and goes into a report as it is: an inline SVG chart in the
 * HTML report, the Mermaid diagram of the goal tree in the Markdown one. Only the classes of
 * this package make it, each escaping the plan's text it draws on as it writes the markup
 * ({@link SvgCharts}, {@link MermaidGraph}); a template can insert markup, never make it.
 */
public final class Markup {

	private final String text;

	Markup(String text) {
		this.text = text;
	}

	/** The markup, to be written as it is. */
	@Override
	public String toString() {
		return text;
	}
}
