package org.csi.report.view;

import java.util.LinkedHashMap;
import java.util.Map;

import org.csi.report.PlanReport.Summary;

/** The charts of the HTML report, drawn by {@link SvgCharts} from a plan's report, each with its caption. */
public final class HtmlCharts {

	private static final Map<String, String> GAP_COLOURS = Map.of("open", "#b42318", "tracked", "#b7791f", "accepted", "#2f7a46");

	private final ReportView page;

	public HtmlCharts(ReportView page) {
		this.page = page;
	}

	/** Which share of the should-measures some source provides. */
	public Chart coverage() {
		Summary s = page.report().summary();
		return chart("Coverage of step 1 by step 2", SvgCharts.share("chart-coverage", "Coverage of step 1 by step 2", s.measurable(),
				s.shouldMeasures(), "should-measures can be measured", "cannot"));
	}

	public Chart gapsByStatus() {
		Summary s = page.report().summary();
		Map<String, Integer> gaps = new LinkedHashMap<>();
		gaps.put("open", s.openGaps());
		gaps.put("tracked", s.trackedGaps());
		gaps.put("accepted", s.acceptedGaps());
		return chart("Gaps by status", SvgCharts.bars("chart-gaps", "Gaps by status", gaps, GAP_COLOURS));
	}

	public Chart actionsByStatus() {
		return chart("Actions by status",
				SvgCharts.bars("chart-actions", "Actions by status", page.report().summary().actionsByStatus(), Map.of()));
	}

	public Chart openActionsByMonthDue() {
		return chart("Open actions by month due",
				SvgCharts.bars("chart-due", "Open actions by month due", page.report().summary().actionsByDueMonth(), Map.of()));
	}

	/** The goals from the vision down, with the measures serving them. */
	public Chart goalTree() {
		return chart("From vision through strategy, tactical and operational goals to the measures",
				SvgCharts.goalTree("chart-tree", page.report().goalTree()));
	}

	/**
	 * A computed measure's process behaviour chart: values, mean and limits, target, signals.
	 *
	 * @param number the measure's place among the computed measures, which names the chart in the page
	 */
	public Chart figures(MeasureView measure, int number) {
		String name = measure.value.name();
		return new Chart(TextFormat.HTML.text(name + " per period, from source " + measure.value.figures().source()),
				ProcessChart.of("chart-figures-" + number, name + " per period", measure.value.figures(), measure.value.unit()));
	}

	private static Chart chart(String caption, Markup svg) {
		return new Chart(TextFormat.HTML.text(caption), svg);
	}
}
