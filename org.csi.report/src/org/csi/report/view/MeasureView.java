package org.csi.report.view;

import java.util.List;

import org.csi.report.PlanReport.MeasureRow;

/**
 * A should-measure as a report shows it: what step 1 needs, what step 2 provides, its gaps,
 * which of the seven steps it has and, when it is computed from data, its figures.
 */
public final class MeasureView extends View<MeasureRow> {

	MeasureView(MeasureRow value, TextFormat format) {
		super(value, format);
	}

	public String name() {
		return format.text(value.name());
	}

	public String title() {
		return format.text(value.title());
	}

	public boolean hasTargets() {
		return MeasureWording.targets(value) != null;
	}

	/** Its target, tolerance, direction and baseline in words. */
	public String targets() {
		return format.text(MeasureWording.targets(value));
	}

	/** What step 1 needs, in words: how often, in which unit, broken down by what. */
	public String need() {
		return format.text(MeasureWording.need(value.frequency(), value.unit(), value.breakdown()));
	}

	/** The dimensions it is broken down by, such as "channel, priority". */
	public String breakdown() {
		return format.text(String.join(", ", value.breakdown()));
	}

	/** The sources that provide it (step 2). */
	public List<ProviderView> providers() {
		return value.providers().stream().map(p -> new ProviderView(p, format)).toList();
	}

	/** Its step 1/2 gaps. */
	public List<GapView> gaps() {
		return value.gaps().stream().map(g -> new GapView(g, format)).toList();
	}

	/** Steps 1 to 7, each done or not. */
	public List<StepView> steps() {
		return value.steps().stream().map(s -> new StepView(s, format)).toList();
	}

	/** Whether it is computed from data, so that it has figures. */
	public boolean hasFigures() {
		return value.figures() != null;
	}

	/** Its latest value, target, trend and gaps in a few sentences. */
	public String figuresSummary() {
		return format.text(MeasureWording.figuresSummary(value));
	}

	/** Its values, one per period. */
	public List<PeriodView> periods() {
		return value.figures().periods().stream().map(p -> new PeriodView(p, format)).toList();
	}

	public boolean hasBreakdownFigures() {
		return !value.figures().breakdown().isEmpty();
	}

	/** Its values per combination of the breakdown dimensions. */
	public List<BreakdownView> breakdownFigures() {
		return value.figures().breakdown().stream().map(b -> new BreakdownView(b, format)).toList();
	}

	/** Whether the plan describes the measure, or a source of it (proxies, data-quality caveats). */
	public boolean hasNotes() {
		return value.description() != null || !value.sourceNotes().isEmpty();
	}

	/** The measure's description, or empty. */
	public String description() {
		return value.description() == null ? "" : format.text(value.description());
	}

	/** "Tickets: exported nightly; reopened tickets count once" per source that has a description. */
	public List<String> sourceNotes() {
		return value.sourceNotes().stream().map(format::text).toList();
	}

	/** Whether the measure states how it is judged beyond its target: trend only, a minimum sample, triggers, a benchmark. */
	public boolean hasJudgement() {
		return value.judgement() != null;
	}

	/** "trend only; minimum sample 30 rows; trigger when missed 3 of 6 periods; benchmark 66% (HDI 2024)". */
	public String judgement() {
		return value.judgement() == null ? "" : format.text(value.judgement());
	}
}
