package org.csi.report.view;

import java.util.List;

import org.csi.report.PlanReport.MeasureRow;

/**
 * A should-measure as a report shows it: what step 1 needs, what step 2 provides, its gaps,
 * which of the seven steps it has and, when it is computed from data, its figures.
 */
public final class MeasureView {

	private final MeasureRow row;
	private final TextFormat format;

	MeasureView(MeasureRow row, TextFormat format) {
		this.row = row;
		this.format = format;
	}

	MeasureRow row() {
		return row;
	}

	public String name() {
		return format.text(row.name());
	}

	public String title() {
		return format.text(row.title());
	}

	public boolean hasTargets() {
		return MeasureWording.targets(row) != null;
	}

	/** Its target, tolerance, direction and baseline in words. */
	public String targets() {
		return format.text(MeasureWording.targets(row));
	}

	/** What step 1 needs, in words: how often, in which unit, broken down by what. */
	public String need() {
		return format.text(MeasureWording.need(row.frequency(), row.unit(), row.breakdown()));
	}

	/** The dimensions it is broken down by, such as "channel, priority". */
	public String breakdown() {
		return format.text(String.join(", ", row.breakdown()));
	}

	/** The sources that provide it (step 2). */
	public List<ProviderView> providers() {
		return row.providers().stream().map(p -> new ProviderView(p, format)).toList();
	}

	/** Its step 1/2 gaps. */
	public List<GapView> gaps() {
		return row.gaps().stream().map(g -> new GapView(g, format)).toList();
	}

	/** Steps 1 to 7, each done or not. */
	public List<StepView> steps() {
		return row.steps().stream().map(s -> new StepView(s, format)).toList();
	}

	/** Whether it is computed from data, so that it has figures. */
	public boolean hasFigures() {
		return row.figures() != null;
	}

	/** Its latest figure, target, trend and gaps in a few sentences. */
	public String figuresSummary() {
		return format.text(MeasureWording.figuresSummary(row));
	}

	/** Its values, one per period. */
	public List<PeriodView> periods() {
		return row.figures().periods().stream().map(p -> new PeriodView(p, format)).toList();
	}

	public boolean hasBreakdownFigures() {
		return !row.figures().breakdown().isEmpty();
	}

	/** Its values per combination of the breakdown dimensions. */
	public List<BreakdownView> breakdownFigures() {
		return row.figures().breakdown().stream().map(b -> new BreakdownView(b, format)).toList();
	}
}
