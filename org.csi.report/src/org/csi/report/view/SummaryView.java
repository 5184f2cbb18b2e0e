package org.csi.report.view;

import java.util.List;
import java.util.Map;

import org.csi.report.PlanReport.Summary;

/** The figures at the top of a report: counts of goals, measures, gaps, actions and findings. */
public final class SummaryView {

	private final Summary summary;
	private final TextFormat format;

	SummaryView(Summary summary, TextFormat format) {
		this.summary = summary;
		this.format = format;
	}

	Summary summary() {
		return summary;
	}

	public int goals() {
		return summary.goals();
	}

	public int shouldMeasures() {
		return summary.shouldMeasures();
	}

	/** The should-measures that some source provides (step 2). */
	public int measurable() {
		return summary.measurable();
	}

	public int coveragePercent() {
		return summary.coveragePercent();
	}

	public int openGaps() {
		return summary.openGaps();
	}

	public int trackedGaps() {
		return summary.trackedGaps();
	}

	public int acceptedGaps() {
		return summary.acceptedGaps();
	}

	public int openActions() {
		return summary.openActions();
	}

	public int overdueActions() {
		return summary.overdueActions();
	}

	public int errors() {
		return summary.errors();
	}

	public int warnings() {
		return summary.warnings();
	}

	public int infos() {
		return summary.infos();
	}

	/** How many actions have each status. */
	public List<CountView> actionsByStatus() {
		return counts(summary.actionsByStatus());
	}

	/** How many open actions are due in each month. */
	public List<CountView> actionsByDueMonth() {
		return counts(summary.actionsByDueMonth());
	}

	private List<CountView> counts(Map<String, Integer> counts) {
		return counts.entrySet().stream().map(e -> new CountView(format.text(e.getKey()), e.getValue())).toList();
	}
}
