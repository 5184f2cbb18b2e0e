package org.csi.report.view;

import java.util.List;
import java.util.Map;

import org.csi.report.PlanReport.Summary;

/** The figures at the top of a report: counts of goals, measures, gaps, actions and findings. */
public final class SummaryView extends View<Summary> {

	SummaryView(Summary value, TextFormat format) {
		super(value, format);
	}

	public int goals() {
		return value.goals();
	}

	public int shouldMeasures() {
		return value.shouldMeasures();
	}

	/** The should-measures that some source provides (step 2). */
	public int measurable() {
		return value.measurable();
	}

	public int coveragePercent() {
		return value.coveragePercent();
	}

	public int openGaps() {
		return value.openGaps();
	}

	public int trackedGaps() {
		return value.trackedGaps();
	}

	public int acceptedGaps() {
		return value.acceptedGaps();
	}

	public int openActions() {
		return value.openActions();
	}

	public int overdueActions() {
		return value.overdueActions();
	}

	public int errors() {
		return value.errors();
	}

	public int warnings() {
		return value.warnings();
	}

	public int infos() {
		return value.infos();
	}

	/** How many actions have each status. */
	public List<CountView> actionsByStatus() {
		return counts(value.actionsByStatus());
	}

	/** How many open actions are due in each month. */
	public List<CountView> actionsByDueMonth() {
		return counts(value.actionsByDueMonth());
	}

	private List<CountView> counts(Map<String, Integer> counts) {
		return counts.entrySet().stream().map(e -> new CountView(format.text(e.getKey()), e.getValue())).toList();
	}

	public boolean hasDataDate() {
		return value.dataDate() != null;
	}

	/** The latest period with data of any measure: the figures are as of it. */
	public String dataDate() {
		return format.date(value.dataDate());
	}
}
