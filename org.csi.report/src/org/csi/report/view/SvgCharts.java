package org.csi.report.view;

import org.csi.dsl.common.Escape;
import java.util.List;
import java.util.Map;

import org.csi.report.PlanReport.Figures;
import org.csi.report.PlanReport.GoalNode;
import org.csi.report.PlanReport.PeriodFigure;

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
			description.append("no data");
		}
		svg.insert(svg.indexOf(">") + 1, "<title id=\"" + id + "-t\">" + Escape.html(title) + "</title><desc id=\"" + id + "-d\">"
				+ Escape.html(description.toString()) + "</desc>");
		return new Markup(svg.append("</svg>").toString());
	}

	/**
	 * A measure's values per period as a line, with the band of target ± tolerance and the target
	 * as a dashed line; each point is coloured by its status.
	 */
	static Markup line(String id, String title, Figures figures) {
		int width = 560;
		int height = 220;
		int left = 56;
		int right = 16;
		int top = 12;
		int bottom = 36;
		List<PeriodFigure> periods = figures.periods();
		// the value axis spans the values there are (0 to 1 when no period has one), and the target's band
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (PeriodFigure period : periods) {
			if (period.actual() != null) {
				min = Math.min(min, period.actual());
				max = Math.max(max, period.actual());
			}
		}
		if (min > max) {
			min = 0;
			max = 1;
		}
		if (figures.target() != null) {
			double band = figures.tolerance() == null ? 0 : Math.abs(figures.tolerance());
			min = Math.min(min, figures.target() - band);
			max = Math.max(max, figures.target() + band);
		}
		if (max - min < 1e-9) {
			max = min + 1;
		}
		double pad = (max - min) * 0.08;
		double low = min - pad;
		double high = max + pad;
		double plotWidth = width - left - right;
		double plotHeight = height - top - bottom;
		java.util.function.DoubleUnaryOperator y = v -> top + plotHeight * (high - v) / (high - low);
		java.util.function.IntToDoubleFunction x = i -> left + (periods.size() == 1 ? plotWidth / 2 : plotWidth * i / (periods.size() - 1));
		StringBuilder svg = new StringBuilder();
		StringBuilder description = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
				.append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" aria-labelledby=\"").append(id)
				.append("-t ").append(id).append("-d\">");
		svg.append("<title id=\"").append(id).append("-t\">").append(Escape.html(title)).append("</title>");
		if (figures.target() != null) {
			double band = figures.tolerance() == null ? 0 : Math.abs(figures.tolerance());
			double bandTop = y.applyAsDouble(figures.target() + band);
			double bandBottom = y.applyAsDouble(figures.target() - band);
			if (band > 0) {
				svg.append("<rect x=\"").append(left).append("\" y=\"").append(fixed(bandTop)).append("\" width=\"").append(fixed(plotWidth))
						.append("\" height=\"").append(fixed(bandBottom - bandTop)).append("\" fill=\"#dafbe1\"/>");
			}
			double target = y.applyAsDouble(figures.target());
			svg.append("<line x1=\"").append(left).append("\" y1=\"").append(fixed(target)).append("\" x2=\"").append(width - right)
					.append("\" y2=\"").append(fixed(target)).append("\" stroke=\"#1a7f37\" stroke-dasharray=\"6 4\"/>");
			svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(fixed(target + 4))
					.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1a7f37\">").append(Escape.html(number(figures.target())))
					.append("</text>");
			description.append("Target ").append(number(figures.target()));
			if (band > 0) {
				description.append(" ± ").append(number(band));
			}
			description.append(". ");
		}
		svg.append("<line x1=\"").append(left).append("\" y1=\"").append(height - bottom).append("\" x2=\"").append(width - right)
				.append("\" y2=\"").append(height - bottom).append("\" stroke=\"#8c959f\"/>");
		// the line is broken where a period has no data: it never joins periods that are not neighbours
		StringBuilder points = new StringBuilder();
		for (int i = 0; i <= periods.size(); i++) {
			if (i == periods.size() || periods.get(i).actual() == null) {
				if (points.indexOf(" ") > 0) {
					svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"#3b6ea8\" stroke-width=\"2\"/>");
				}
				points.setLength(0);
				continue;
			}
			points.append(points.length() > 0 ? " " : "").append(fixed(x.applyAsDouble(i))).append(',')
					.append(fixed(y.applyAsDouble(periods.get(i).actual())));
		}
		for (int i = 0; i < periods.size(); i++) {
			PeriodFigure period = periods.get(i);
			String colour = switch (period.status()) {
			case "met" -> "#1a7f37";
			case "within tolerance" -> "#9a6700";
			case "missed" -> "#cf222e";
			default -> "#57606a";
			};
			description.append(i > 0 ? ", " : "").append(period.period()).append(": ");
			if (period.actual() == null) {
				// a period without data: a hollow grey mark on the axis
				svg.append("<circle cx=\"").append(fixed(x.applyAsDouble(i))).append("\" cy=\"").append(height - bottom)
						.append("\" r=\"3.5\" fill=\"#ffffff\" stroke=\"#57606a\"/>");
				description.append("no data");
				continue;
			}
			boolean judged = !List.of("partial period", "too few rows").contains(period.status());
			svg.append("<circle cx=\"").append(fixed(x.applyAsDouble(i))).append("\" cy=\"").append(fixed(y.applyAsDouble(period.actual())))
					.append("\" r=\"3.5\" fill=\"").append(judged ? colour : "#ffffff").append(judged ? "" : "\" stroke=\"" + colour).append("\"/>");
			description.append(number(period.actual())).append(" (").append(period.status()).append(')');
		}
		if (!periods.isEmpty()) {
			svg.append("<text x=\"").append(left).append("\" y=\"").append(height - bottom + 18).append("\" font-size=\"12\" fill=\"#57606a\">")
					.append(Escape.html(periods.get(0).period())).append("</text>");
			svg.append("<text x=\"").append(width - right).append("\" y=\"").append(height - bottom + 18)
					.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#57606a\">").append(Escape.html(periods.get(periods.size() - 1).period()))
					.append("</text>");
		}
		svg.append("<desc id=\"").append(id).append("-d\">").append(Escape.html(description.append('.').toString())).append("</desc>");
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
		return new Markup("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
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
