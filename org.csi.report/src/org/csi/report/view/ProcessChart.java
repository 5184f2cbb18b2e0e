package org.csi.report.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csi.dsl.common.Escape;
import org.csi.report.PlanReport.Figures;
import org.csi.report.PlanReport.PeriodFigure;
import org.csi.report.PlanReport.SignalFigure;
import org.csi.report.PlanReport.StretchFigure;

/**
 * A measure's process behaviour chart (an XmR chart as NHS England's "Making Data Count" draws it),
 * as inline SVG: the values per period, the mean and the natural process limits of each stretch
 * (dotted where a stretch still carries the limits of the one before), the target with its tolerance
 * band in the colour of "within tolerance", the baseline, a mark where the process changed (an
 * action's completion), points coloured by their special cause (blue improvement, orange concern,
 * grey common cause; hollow when not judged), a hollow mark on the axis for a period without data, a
 * value axis with the unit, period labels, and a legend of every mark it uses. Colours are
 * presentation attributes (the report's Content-Security-Policy allows no inline style); every text
 * from the plan is escaped as it is written.
 */
final class ProcessChart {

	static final String COMMON = "#57606a";
	static final String IMPROVEMENT = "#0969da";
	static final String CONCERN = "#bc4c00";
	static final String NEITHER = "#8250df";
	static final String TARGET = "#1a7f37";
	static final String BAND = "#fff1c2";
	static final String CHANGE = "#0b4f8a";

	private static final int WIDTH = 720;
	private static final int LEFT = 64;
	private static final int RIGHT = 96;
	private static final int TOP = 28;
	private static final int PLOT_HEIGHT = 220;
	private static final int LEGEND_ROW = 22;
	private static final double CHAR_WIDTH = 7.2;

	private final StringBuilder svg = new StringBuilder();
	private final List<String[]> legend = new ArrayList<>();
	private final Figures figures;
	private final List<PeriodFigure> periods;
	private final String unit;
	private double low;
	private double high;

	private ProcessChart(Figures figures, String unit) {
		this.figures = figures;
		this.periods = figures.periods();
		this.unit = unit;
	}

	/** The chart of a measure's figures; {@code unit} labels the value axis (null: none). */
	static Markup of(String id, String title, Figures figures, String unit) {
		return new ProcessChart(figures, unit).draw(id, title);
	}

	private Markup draw(String id, String title) {
		scale();
		StringBuilder body = new StringBuilder();
		StringBuilder description = new StringBuilder();
		svg.setLength(0);
		axis();
		band(description);
		stretches(description);
		baseline(description);
		values(description);
		body.append(svg);
		svg.setLength(0);
		int legendRows = legendRows();
		int height = TOP + PLOT_HEIGHT + 40 + legendRows * LEGEND_ROW + 6;
		StringBuilder out = new StringBuilder();
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
				.append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" aria-labelledby=\"")
				.append(id).append("-t ").append(id).append("-d\">");
		out.append("<title id=\"").append(id).append("-t\">").append(Escape.html(title)).append("</title>");
		out.append("<desc id=\"").append(id).append("-d\">").append(Escape.html(description.toString().strip())).append("</desc>");
		out.append(body);
		out.append(svg);
		return new Markup(out.append("</svg>").toString());
	}

	/** The value axis spans the values, the limits, the target's band and the baseline, with a margin. */
	private void scale() {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		List<Double> shown = new ArrayList<>();
		periods.stream().map(PeriodFigure::actual).forEach(shown::add);
		for (StretchFigure s : figures.variation().stretches()) {
			shown.add(s.lower());
			shown.add(s.upper());
		}
		if (figures.target() != null) {
			double band = figures.tolerance() == null ? 0 : Math.abs(figures.tolerance());
			shown.add(figures.target() - band);
			shown.add(figures.target() + band);
		}
		shown.add(figures.baseline());
		for (Double value : shown) {
			if (value != null) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
		}
		ValueAxis axis = ValueAxis.spanning(min, max);
		low = axis.low();
		high = axis.high();
	}

	private double y(double value) {
		return TOP + PLOT_HEIGHT * (high - value) / (high - low);
	}

	private double x(int index) {
		double plot = WIDTH - LEFT - RIGHT;
		return LEFT + (periods.size() <= 1 ? plot / 2 : plot * index / (periods.size() - 1));
	}

	/** Grid lines with their values, the unit above them, and period labels under the axis (at most about 8). */
	private void axis() {
		double step = ValueAxis.niceStep((high - low) / 5);
		for (double v = low; v <= high + step / 2; v += step) {
			double at = y(v);
			line(LEFT, at, WIDTH - RIGHT, at, "#eaeef2", null, 1);
			text(LEFT - 6, at + 4, "end", COMMON, org.csi.dsl.common.Figures.number(v));
		}
		if (unit != null) {
			text(LEFT - 6, TOP - 12, "end", COMMON, "%".equals(unit) || "percent".equalsIgnoreCase(unit) ? "%" : unit);
		}
		line(LEFT, TOP + PLOT_HEIGHT, WIDTH - RIGHT, TOP + PLOT_HEIGHT, "#8c959f", null, 1);
		int every = Math.max(1, (int) Math.ceil(periods.size() / 8.0));
		boolean months = periods.stream().allMatch(p -> p.period().endsWith("-01"));
		for (int i = 0; i < periods.size(); i += every) {
			String label = months ? periods.get(i).period().substring(0, 7) : periods.get(i).period();
			line(x(i), TOP + PLOT_HEIGHT, x(i), TOP + PLOT_HEIGHT + 4, "#8c959f", null, 1);
			text(x(i), TOP + PLOT_HEIGHT + 18, "middle", COMMON, label);
		}
	}

	/** The target as a dashed line, over its tolerance band in the colour of "within tolerance". */
	private void band(StringBuilder description) {
		if (figures.target() == null) {
			return;
		}
		double band = figures.tolerance() == null ? 0 : Math.abs(figures.tolerance());
		if (band > 0) {
			double top = y(figures.target() + band);
			rect(LEFT, top, WIDTH - LEFT - RIGHT, y(figures.target() - band) - top, BAND);
			legend.add(new String[] { "band", BAND, "within tolerance" });
		}
		double at = y(figures.target());
		line(LEFT, at, WIDTH - RIGHT, at, TARGET, "6 4", 2);
		text(WIDTH - RIGHT + 6, at + 4, "start", TARGET, "target " + org.csi.dsl.common.Figures.number(figures.target()));
		legend.add(new String[] { "dash", TARGET, "target" });
		description.append("Target ").append(org.csi.dsl.common.Figures.number(figures.target()))
				.append(band > 0 ? " ± " + org.csi.dsl.common.Figures.number(band) : "").append(". ");
	}

	/** Per stretch: its mean and limits, and where it started after a change. */
	private void stretches(StringBuilder description) {
		boolean own = false;
		boolean carried = false;
		for (StretchFigure s : figures.variation().stretches()) {
			double from = s.from() == 0 ? LEFT : (x(s.from() - 1) + x(s.from())) / 2;
			double to = s.to() >= periods.size() - 1 ? WIDTH - RIGHT : (x(s.to()) + x(s.to() + 1)) / 2;
			if (s.cause() != null) {
				line(from, TOP, from, TOP + PLOT_HEIGHT, CHANGE, "3 3", 1.5);
				boolean right = from > LEFT + (WIDTH - LEFT - RIGHT) / 2.0;
				text(right ? from - 4 : from + 4, TOP - 4, right ? "end" : "start", CHANGE, shorten(s.cause(), 48));
				legend.add(new String[] { "change", CHANGE, "process changed: limits computed afresh" });
				description.append("From ").append(s.start()).append(": ").append(s.cause()).append(". ");
			}
			if (s.mean() == null) {
				continue;
			}
			String dash = s.own() ? "5 3" : "1.5 3";
			own |= s.own();
			carried |= !s.own();
			line(from, y(s.mean()), to, y(s.mean()), COMMON, s.own() ? null : "1.5 3", 1.2);
			line(from, y(s.upper()), to, y(s.upper()), COMMON, dash, 1.2);
			line(from, y(s.lower()), to, y(s.lower()), COMMON, dash, 1.2);
			description.append(s.own() ? "Process limits " : "Limits carried from before ").append(org.csi.dsl.common.Figures.number(s.lower()))
					.append(" to ").append(org.csi.dsl.common.Figures.number(s.upper())).append(" around a mean of ")
					.append(org.csi.dsl.common.Figures.number(s.mean())).append(" from ").append(s.start()).append(". ");
		}
		if (own) {
			legend.add(new String[] { "solid", COMMON, "mean" });
			legend.add(new String[] { "limits", COMMON, "process limits" });
		}
		if (carried) {
			legend.add(new String[] { "dotted", COMMON, "limits before the change" });
		}
	}

	private void baseline(StringBuilder description) {
		if (figures.baseline() == null) {
			return;
		}
		double at = y(figures.baseline());
		line(LEFT, at, WIDTH - RIGHT, at, "#6e7781", "8 3 2 3", 1.2);
		boolean nearTarget = figures.target() != null && Math.abs(y(figures.target()) - at) < 16;
		text(WIDTH - RIGHT + 6, at + (nearTarget ? (at < y(figures.target()) ? -6 : 14) : 4), "start", "#6e7781",
				"baseline " + org.csi.dsl.common.Figures.number(figures.baseline()));
		legend.add(new String[] { "dashdot", "#6e7781", "baseline" });
		description.append("Baseline ").append(org.csi.dsl.common.Figures.number(figures.baseline())).append(". ");
	}

	/** The values as a line broken where a period has no data, each point coloured by its signal. */
	private void values(StringBuilder description) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i <= periods.size(); i++) {
			if (i == periods.size() || periods.get(i).actual() == null) {
				if (points.indexOf(" ") > 0) {
					svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1.5\"/>");
				}
				points.setLength(0);
				continue;
			}
			points.append(points.length() > 0 ? " " : "").append(fixed(x(i))).append(',').append(fixed(y(periods.get(i).actual())));
		}
		boolean[] used = new boolean[6];
		for (int i = 0; i < periods.size(); i++) {
			PeriodFigure period = periods.get(i);
			description.append(i > 0 ? ", " : "").append(period.period()).append(": ");
			if (period.actual() == null) {
				svg.append("<circle cx=\"").append(fixed(x(i))).append("\" cy=\"").append(TOP + PLOT_HEIGHT)
						.append("\" r=\"4\" fill=\"#ffffff\" stroke=\"").append(COMMON).append("\" stroke-width=\"1.5\"/>");
				description.append("no data");
				used[4] = true;
				continue;
			}
			boolean judged = !List.of("partial period", "too few rows").contains(period.status());
			String side = side(i);
			String colour = switch (side) {
			case "improvement" -> IMPROVEMENT;
			case "concern" -> CONCERN;
			case "higher", "lower" -> NEITHER;
			default -> COMMON;
			};
			used[switch (side) {
			case "improvement" -> 1;
			case "concern" -> 2;
			case "higher", "lower" -> 3;
			default -> 0;
			}] = true;
			used[5] |= !judged;
			svg.append("<circle cx=\"").append(fixed(x(i))).append("\" cy=\"").append(fixed(y(period.actual()))).append("\" r=\"4.5\" fill=\"")
					.append(judged ? colour : "#ffffff").append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"/>");
			description.append(org.csi.dsl.common.Figures.number(period.actual())).append(" (").append(period.status())
					.append(side.isEmpty() ? "" : ", special cause: " + side).append(')');
		}
		description.append(". ");
		for (SignalFigure signal : figures.variation().signals()) {
			description.append("Signal (").append(signal.side()).append("): ").append(signal.text()).append(". ");
		}
		String[][] labels = { { "dot", COMMON, "common cause" }, { "dot", IMPROVEMENT, "improvement" }, { "dot", CONCERN, "concern" },
				{ "dot", NEITHER, "special cause" }, { "hollow", COMMON, "no data" }, { "hollow", COMMON, "not judged (partial, few rows)" } };
		for (int k = 0; k < labels.length; k++) {
			if (used[k]) {
				legend.add(labels[k]);
			}
		}
	}

	/** The side of the special cause a period is part of ("concern" before "improvement"), or "". */
	private String side(int index) {
		String found = "";
		for (SignalFigure signal : figures.variation().signals()) {
			if (signal.from() <= index && index <= signal.to() && (found.isEmpty() || "concern".equals(signal.side()))) {
				found = signal.side();
			}
		}
		return found;
	}

	/** The legend under the axis, item after item, wrapping at the chart's width; returns its rows. */
	private int legendRows() {
		List<String[]> items = new ArrayList<>();
		for (String[] item : legend) {
			if (items.stream().noneMatch(seen -> seen[2].equals(item[2]))) {
				items.add(item);
			}
		}
		double x = LEFT;
		int row = 0;
		double top = TOP + PLOT_HEIGHT + 34;
		for (String[] item : items) {
			double width = 26 + item[2].length() * CHAR_WIDTH + 18;
			if (x + width > WIDTH - RIGHT && x > LEFT) {
				x = LEFT;
				row++;
			}
			double y = top + row * LEGEND_ROW;
			switch (item[0]) {
			case "dot" -> svg.append("<circle cx=\"").append(fixed(x + 10)).append("\" cy=\"").append(fixed(y)).append("\" r=\"4.5\" fill=\"")
					.append(item[1]).append("\"/>");
			case "hollow" -> svg.append("<circle cx=\"").append(fixed(x + 10)).append("\" cy=\"").append(fixed(y))
					.append("\" r=\"4\" fill=\"#ffffff\" stroke=\"").append(item[1]).append("\" stroke-width=\"1.5\"/>");
			case "band" -> rect(x, y - 6, 20, 12, item[1]);
			case "change" -> line(x + 10, y - 8, x + 10, y + 8, item[1], "3 3", 1.5);
			default -> line(x, y, x + 20, y, item[1], switch (item[0]) {
			case "dash" -> "6 4";
			case "limits" -> "5 3";
			case "dotted" -> "1.5 3";
			case "dashdot" -> "8 3 2 3";
			default -> null;
			}, item[0].equals("dash") ? 2 : 1.2);
			}
			text(x + 26, y + 4, "start", "#1f2328", item[2]);
			x += width;
		}
		return items.isEmpty() ? 0 : row + 1;
	}

	private void line(double x1, double y1, double x2, double y2, String colour, String dash, double width) {
		svg.append("<line x1=\"").append(fixed(x1)).append("\" y1=\"").append(fixed(y1)).append("\" x2=\"").append(fixed(x2)).append("\" y2=\"")
				.append(fixed(y2)).append("\" stroke=\"").append(colour).append('"');
		if (dash != null) {
			svg.append(" stroke-dasharray=\"").append(dash).append('"');
		}
		svg.append(" stroke-width=\"").append(fixed(width)).append("\"/>");
	}

	private void rect(double x, double y, double width, double height, String colour) {
		svg.append("<rect x=\"").append(fixed(x)).append("\" y=\"").append(fixed(y)).append("\" width=\"").append(fixed(width))
				.append("\" height=\"").append(fixed(height)).append("\" fill=\"").append(colour).append("\"/>");
	}

	private void text(double x, double y, String anchor, String colour, String text) {
		svg.append("<text x=\"").append(fixed(x)).append("\" y=\"").append(fixed(y)).append("\" text-anchor=\"").append(anchor)
				.append("\" font-size=\"13\" fill=\"").append(colour).append("\">").append(Escape.html(text)).append("</text>");
	}

	private static String shorten(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
	}

	private static String fixed(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
