package org.csi.report.history;

import static org.csi.report.history.HistoryMarkdown.endOfCycle;
import static org.csi.report.history.HistoryMarkdown.figure;
import static org.csi.report.history.HistoryMarkdown.gotThere;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csi.dsl.common.Escape;
import org.csi.dsl.common.Figures;
import org.csi.dsl.common.Finding;
import org.csi.dsl.measures.Status;
import org.csi.report.HtmlStyle;
import org.csi.report.view.ValueAxis;
import org.csi.report.history.History.ClosedAction;
import org.csi.report.history.History.Cycle;
import org.csi.report.history.History.Kpi;

/**
 * The history of a plan set's cycles as one HTML page, with the report's style sheet and its
 * Content-Security-Policy (no script): a table of the cycles, then per KPI a chart of its value at
 * the end of each cycle against the target of that cycle's plan (a moved target shows as a step),
 * and a table; then what changed in each cycle. Everything from the plans is escaped.
 */
public final class HistoryHtml {

	private static final int WIDTH = 640;
	private static final int LEFT = 64;
	private static final int RIGHT = 24;
	private static final int TOP = 16;
	private static final int PLOT = 160;

	private HistoryHtml() {
	}

	public static String render(History history) {
		StringBuilder out = new StringBuilder();
		out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '").append(HtmlStyle.hash())
				.append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
				.append("<title>Did we get there? ").append(Escape.html(history.title())).append("</title>\n<style>").append(HtmlStyle.SHEET)
				.append("</style>\n</head>\n<body>\n<header><h1>Did we get there?</h1><p>").append(Escape.html(history.title()))
				.append(": how each cycle ended</p></header>\n<main>\n");
		if (history.cycles().isEmpty()) {
			return out.append("<p class=\"none\">No cycle to show.</p>\n</main>\n</body>\n</html>\n").toString();
		}
		out.append("<h2>Cycles</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Cycle</th><th scope=\"col\">Ended</th>")
				.append("<th scope=\"col\">KPIs on target</th><th scope=\"col\">Actions closed</th><th scope=\"col\">Gaps opened</th>")
				.append("<th scope=\"col\">Gaps closed</th></tr></thead>\n<tbody>\n");
		for (Cycle cycle : history.cycles()) {
			out.append("<tr><th scope=\"row\">").append(Escape.html(cycle.name())).append("</th><td>").append(cycle.date()).append("</td><td>")
					.append(HistoryMarkdown.onTarget(cycle)).append("</td><td>").append(cycle.closed().size()).append("</td><td>")
					.append(cycle.gapsOpened().size()).append("</td><td>").append(cycle.gapsClosed().size()).append("</td></tr>\n");
		}
		out.append("</tbody></table></div>\n<h2>KPIs at the end of each cycle</h2>\n");
		int index = 0;
		for (Map.Entry<String, List<Kpi>> kpi : HistoryMarkdown.kpis(history).entrySet()) {
			Kpi last = HistoryMarkdown.lastOf(kpi.getValue());
			String id = "kpi-" + index++;
			out.append("<h3>").append(Escape.html(kpi.getKey())).append(": ").append(Escape.html(last.title())).append("</h3>\n<figure>").append(chart(id, history.cycles(), kpi.getValue(), last)).append("\n<div class=\"scroll\"><table>")
					.append("<thead><tr><th scope=\"col\">Cycle</th><th scope=\"col\">Target</th><th scope=\"col\">End of cycle</th>")
					.append("<th scope=\"col\">Got there?</th></tr></thead><tbody>\n");
			for (int i = 0; i < history.cycles().size(); i++) {
				Kpi at = kpi.getValue().get(i);
				out.append("<tr><th scope=\"row\">").append(Escape.html(history.cycles().get(i).name())).append("</th><td>")
						.append(at == null ? "" : Escape.html(HistoryMarkdown.target(kpi.getValue(), i))).append("</td><td>")
						.append(at == null ? "<span class=\"none\">not in the plan</span>" : Escape.html(endOfCycle(at))).append("</td><td>")
						.append(at == null ? "" : badge(at)).append("</td></tr>\n");
			}
			out.append("</tbody></table></div></figure>\n");
		}
		out.append("<h2>What changed in each cycle</h2>\n");
		boolean any = false;
		for (Cycle cycle : history.cycles()) {
			StringBuilder items = new StringBuilder();
			for (ClosedAction action : cycle.closed()) {
				items.append("<li>Action <strong>").append(Escape.html(action.name())).append("</strong> (").append(Escape.html(action.title()))
						.append("): ").append(Escape.html(action.how()))
						.append(action.verdict() == null ? "" : "; the data says " + Escape.html(action.verdict())).append("</li>\n");
			}
			for (List<Finding> gaps : List.of(cycle.gapsOpened(), cycle.gapsClosed(), cycle.problems())) {
				for (Finding gap : gaps) {
					items.append("<li>").append(Escape.html(gap.message())).append("</li>\n");
				}
			}
			if (!items.isEmpty()) {
				any = true;
				out.append("<h3>").append(Escape.html(cycle.name())).append("</h3>\n<ul>\n").append(items).append("</ul>\n");
			}
		}
		if (!any) {
			out.append("<p class=\"none\">No action was closed and no gap opened or closed in these cycles.</p>\n");
		}
		return out.append("</main>\n</body>\n</html>\n").toString();
	}

	private static String badge(Kpi kpi) {
		Boolean reached = kpi.reached();
		String kind = reached == null ? "none" : kpi.status() == Status.WITHIN_TOLERANCE ? "tracked" : reached ? "done" : "missing";
		return "<span class=\"badge " + kind + "\">" + gotThere(kpi) + "</span>";
	}

	/**
	 * The value at the end of each cycle (a point coloured by its status, joined by a line) and the
	 * target of each cycle's plan (a dashed step line), with a value axis and the cycles' names; a
	 * cycle without a value has no point, and the text alternative says so.
	 */
	static String chart(String id, List<Cycle> cycles, List<Kpi> row, Kpi last) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (Kpi kpi : row) {
			for (Double value : new Double[] { kpi == null ? null : kpi.value(), kpi == null ? null : kpi.target() }) {
				if (value != null) {
					min = Math.min(min, value);
					max = Math.max(max, value);
				}
			}
		}
		ValueAxis axis = ValueAxis.spanning(min, max);
		double low = axis.low();
		double high = axis.high();
		double step = axis.step();
		int height = TOP + PLOT + 56;
		StringBuilder description = new StringBuilder();
		StringBuilder svg = new StringBuilder();
		for (double value = low; value <= high + step / 2; value += step) {
			double y = y(value, low, high);
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d7de\"/>", LEFT, WIDTH - RIGHT, y, y));
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#57606a\">%s</text>", LEFT - 6,
					y + 4, Escape.html(Figures.number(value))));
		}
		if (last.unit() != null) {
			svg.append("<text x=\"4\" y=\"12\" font-size=\"11\" fill=\"#57606a\">").append(Escape.html(last.unit())).append("</text>");
		}
		StringBuilder line = new StringBuilder();
		StringBuilder target = new StringBuilder();
		for (int i = 0; i < cycles.size(); i++) {
			Kpi kpi = row.get(i);
			double x = x(i, cycles.size());
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#57606a\">%s</text>", x,
					TOP + PLOT + 18, Escape.html(cycles.get(i).name().replaceFirst(" \\(.*", ""))));
			description.append(cycles.get(i).name()).append(": ").append(kpi == null ? "not in the plan" : endOfCycle(kpi)
					+ (kpi.target() == null ? "" : ", target " + figure(kpi.target(), kpi.unit()))).append(". ");
			if (kpi != null && kpi.target() != null) {
				double half = (WIDTH - LEFT - RIGHT) / (2.0 * cycles.size());
				double y = y(kpi.target(), low, high);
				target.append(target.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f L%.1f %.1f", Math.max(LEFT, x - half), y,
						Math.min(WIDTH - RIGHT, x + half), y)).append(' ');
			}
			if (kpi != null && kpi.value() != null) {
				line.append(line.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y(kpi.value(), low, high)));
			}
		}
		if (!target.isEmpty()) {
			svg.append("<path d=\"").append(target.toString().strip()).append("\" fill=\"none\" stroke=\"#57606a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
		}
		if (!line.isEmpty()) {
			svg.append("<path d=\"").append(line.toString().strip()).append("\" fill=\"none\" stroke=\"#0b4f8a\" stroke-width=\"2\"/>");
		}
		for (int i = 0; i < cycles.size(); i++) {
			Kpi kpi = row.get(i);
			if (kpi != null && kpi.value() != null) {
				String colour = kpi.reached() == null ? "#57606a" : kpi.status() == Status.WITHIN_TOLERANCE ? "#bf8700" : kpi.reached() ? "#1a7f37"
						: "#cf222e";
				svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>", x(i, cycles.size()),
						y(kpi.value(), low, high), colour));
			}
		}
		int legend = TOP + PLOT + 40;
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#57606a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
				LEFT, LEFT + 24, legend, legend));
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">target of the cycle's plan</text>", LEFT + 30, legend + 4));
		int x = LEFT + 200;
		for (String[] key : new String[][] { { "#1a7f37", "met" }, { "#bf8700", "within tolerance" }, { "#cf222e", "missed" } }) {
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", x,
					legend, key[0], x + 9, legend + 4, key[1]));
			x += 30 + key[1].length() * 6;
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"" + WIDTH
				+ "\" height=\"" + height + "\" aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\"" + id + "-t\">" + Escape.html(last.name())
				+ " at the end of each cycle</title><desc id=\"" + id + "-d\">" + Escape.html(description.toString().strip()) + "</desc>" + svg
				+ "</svg>";
	}

	private static double y(double value, double low, double high) {
		return TOP + PLOT * (high - value) / (high - low);
	}

	private static double x(int index, int count) {
		double plot = WIDTH - LEFT - RIGHT;
		return LEFT + plot * (index + 0.5) / count;
	}
}
