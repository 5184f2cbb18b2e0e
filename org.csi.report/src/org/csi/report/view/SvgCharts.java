package org.csi.report.view;

import org.csi.dsl.common.Escape;
import java.util.List;
import java.util.Map;

import org.csi.report.PlanReport.GoalNode;

/**
 * Inline SVG for the HTML report: bar charts and the goal tree. Every picture has a title
 * and a description that says in words what it shows, for screen readers and for mail
 * clients that do not draw SVG. Colours are presentation attributes, not styles, so the
 * report's Content-Security-Policy can stay strict. Every text from the plan is escaped here,
 * as it is written into the picture; the picture itself is {@link Markup}.
 */
final class SvgCharts {

	private static final int BAR_HEIGHT = 22;
	private static final int LABEL_WIDTH = 120;
	private static final int BAR_WIDTH = 220;

	private SvgCharts() {
	}

	/** Horizontal bars, one per entry, each labelled with its value. */
	static Markup bars(String id, String title, Map<String, Integer> values, Map<String, String> colours) {
		int max = Math.max(1, values.values().stream().mapToInt(Integer::intValue).max().orElse(1));
		int height = Math.max(1, values.size()) * (BAR_HEIGHT + 6) + 6;
		int width = LABEL_WIDTH + BAR_WIDTH + 50;
		StringBuilder description = new StringBuilder();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
				.append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" aria-labelledby=\"").append(id)
				.append("-t ").append(id).append("-d\">");
		int y = 6;
		for (Map.Entry<String, Integer> entry : values.entrySet()) {
			if (description.length() > 0) {
				description.append(", ");
			}
			description.append(entry.getKey()).append(": ").append(entry.getValue());
			int length = entry.getValue() == 0 ? 0 : Math.max(2, BAR_WIDTH * entry.getValue() / max);
			String colour = colours.getOrDefault(entry.getKey(), "#3b6ea8");
			svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15)
					.append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2328\">").append(Escape.html(entry.getKey())).append("</text>");
			svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(length)
					.append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"3\" fill=\"").append(colour).append("\"/>");
			svg.append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 15)
					.append("\" font-size=\"13\" fill=\"#1f2328\">").append(entry.getValue()).append("</text>");
			y += BAR_HEIGHT + 6;
		}
		if (values.isEmpty()) {
			description.append("none");
			svg.append("<text x=\"").append(8).append("\" y=\"").append(21).append("\" font-size=\"13\" fill=\"#57606a\">None to show.</text>");
		}
		svg.insert(svg.indexOf(">") + 1, "<title id=\"" + id + "-t\">" + Escape.html(title) + "</title><desc id=\"" + id + "-d\">"
				+ Escape.html(description.toString()) + "</desc>");
		return new Markup(svg.append("</svg>").toString());
	}

	/** A coordinate with one decimal. */
	private static String fixed(double value) {
		return String.format(java.util.Locale.ROOT, "%.1f", value);
	}

	private static String number(double value) {
		return org.csi.dsl.common.Figures.number(value);
	}

	/** A share as one bar split into its two parts, e.g. measurable and not measurable. */
	static Markup share(String id, String title, int part, int whole, String partLabel, String restLabel) {
		int width = 360;
		int filled = whole == 0 ? 0 : width * part / whole;
		String description = part + " of " + whole + " " + partLabel + (whole == 0 ? "" : " (" + (100 * part / whole) + "%)") + ", "
				+ (whole - part) + " " + restLabel;
		return new Markup("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + (width + 2) + " 62\" width=\"" + (width + 2)
				+ "\" height=\"62\" aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\"" + id + "-t\">" + Escape.html(title)
				+ "</title><desc id=\"" + id + "-d\">" + Escape.html(description) + "</desc>"
				+ "<rect x=\"1\" y=\"1\" width=\"" + width + "\" height=\"28\" rx=\"4\" fill=\"#f4d8d4\" stroke=\"#8a2a1f\"/>"
				+ "<rect x=\"1\" y=\"1\" width=\"" + filled + "\" height=\"28\" rx=\"4\" fill=\"#2f7a46\"/>"
				+ "<text x=\"1\" y=\"50\" font-size=\"13\" fill=\"#1f2328\">" + Escape.html(part + " of " + whole + " " + partLabel)
				+ (whole == 0 ? "" : " (" + (100 * part / whole) + "%)") + "</text></svg>");
	}

	private static final int ROW = 30;
	private static final int INDENT = 28;
	private static final double CHAR_WIDTH = 7.6;

	/** The goal tree as an outline: one row per goal or measure, connectors from each parent to its children. */
	static Markup goalTree(String id, List<GoalNode> roots) {
		StringBuilder body = new StringBuilder();
		StringBuilder description = new StringBuilder();
		int[] row = { 0 };
		int[] maxWidth = { 300 };
		for (GoalNode root : roots) {
			drawNode(root, 0, -1, body, description, row, maxWidth);
		}
		int height = Math.max(1, row[0]) * ROW + 8;
		int width = maxWidth[0] + 20;
		return new Markup("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"wide\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
				+ "\" height=\"" + height + "\" aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\"" + id
				+ "-t\">Goal tree from vision to measures</title><desc id=\"" + id + "-d\">"
				+ Escape.html(description.length() == 0 ? "No goals." : description.toString()) + "</desc>" + body + "</svg>");
	}

	private static void drawNode(GoalNode node, int depth, int parentRow, StringBuilder body, StringBuilder description, int[] row,
			int[] maxWidth) {
		int myRow = row[0]++;
		String label = node.kind() + " " + node.name() + ": " + node.title();
		description.append(label).append(parentRow < 0 ? "" : " (under the row above it)").append(". ");
		box(body, depth, myRow, parentRow, label, fill(node.kind()), maxWidth);
		for (String measure : node.measures()) {
			int measureRow = row[0]++;
			String measureLabel = "measure " + measure;
			description.append(node.name()).append(" is measured by ").append(measure).append(". ");
			box(body, depth + 1, measureRow, myRow, measureLabel, "#fff4d6", maxWidth);
		}
		for (GoalNode child : node.children()) {
			drawNode(child, depth + 1, myRow, body, description, row, maxWidth);
		}
	}

	private static void box(StringBuilder body, int depth, int row, int parentRow, String label, String fill, int[] maxWidth) {
		String text = label.length() > 90 ? label.substring(0, 89) + "\u2026" : label;
		int x = 4 + depth * INDENT;
		int y = 4 + row * ROW;
		int width = (int) (text.length() * CHAR_WIDTH) + 16;
		maxWidth[0] = Math.max(maxWidth[0], x + width);
		if (parentRow >= 0) {
			int parentX = 4 + (depth - 1) * INDENT + 10;
			int parentBottom = 4 + parentRow * ROW + 24;
			body.append("<path d=\"M").append(parentX).append(' ').append(parentBottom).append(" V").append(y + 12).append(" H").append(x)
					.append("\" fill=\"none\" stroke=\"#57606a\"/>");
		}
		body.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
				.append("\" height=\"24\" rx=\"5\" fill=\"").append(fill).append("\" stroke=\"#57606a\"/>");
		body.append("<text x=\"").append(x + 8).append("\" y=\"").append(y + 17).append("\" font-size=\"13\" fill=\"#1f2328\">")
				.append(Escape.html(text)).append("</text>");
	}

	private static String fill(String kind) {
		return switch (kind) {
		case "vision" -> "#dbe9ff";
		case "strategy" -> "#e3dcff";
		case "tactical goal" -> "#d8f0e0";
		case "operational goal" -> "#e6f4d7";
		default -> "#eeeeee";
		};
	}
}
