package org.csi.report.view;

import java.util.List;

import org.csi.report.PlanReport;
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

	/** Its latest value, target, variation and gaps in a few sentences. */
	public String figuresSummary() {
		return format.text(MeasureWording.figuresSummary(value));
	}

	/** Its values, one per period. */
	public List<PeriodView> periods() {
		List<PlanReport.PeriodFigure> periods = value.figures().periods();
		List<PeriodView> views = new java.util.ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			views.add(new PeriodView(periods.get(i), format, MeasureWording.signalAt(value.figures().variation().signals(), periods.get(i), i)));
		}
		return views;
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

	/** "72.4% (2026-10)": the latest value that is over, with its unit, or "no data" for it. */
	public String latestValue() {
		PlanReport.PeriodFigure latest = MeasureWording.latest(value.figures().periods());
		if (latest == null || latest.actual() == null) {
			return format.text("no data" + (latest == null ? "" : " (" + latest.period() + ")"));
		}
		return format.text(org.csi.dsl.common.Figures.number(latest.actual()) + org.csi.dsl.measures.Units.suffix(value.unit()) + " ("
				+ latest.period() + ")");
	}

	/** The latest period's status: "met", "missed", "no data"... */
	public String latestStatus() {
		PlanReport.PeriodFigure latest = MeasureWording.latest(value.figures().periods());
		return format.text(latest == null ? "no data" : latest.status());
	}

	/** The badge class of the latest status: done (met), tracked (within tolerance), missing (missed), none. */
	public String latestStatusClass() {
		return MeasureWording.statusClass(MeasureWording.latest(value.figures().periods()) == null ? "no data"
				: MeasureWording.latest(value.figures().periods()).status());
	}

	/** What the latest value says about variation, with its symbol: "▲ special cause: improvement", "● common cause". */
	public String variation() {
		String label = value.figures().variation().variation();
		return format.text(MeasureWording.variationSymbol(label) + " " + label);
	}

	/** The badge class of the variation: improvement, concern, common or none. */
	public String variationClass() {
		return MeasureWording.variationClass(value.figures().variation().variation());
	}

	public boolean hasAssurance() {
		return value.figures().variation().assurance() != null;
	}

	/** Whether the process meets its target, with its symbol: "✓ consistently met", "~ hit and miss", "✗ consistently missed". */
	public String assurance() {
		String label = value.figures().variation().assurance();
		if (label != null) {
			return format.text(MeasureWording.assuranceSymbol(label) + " " + label);
		}
		List<PlanReport.StretchFigure> stretches = value.figures().variation().stretches();
		PlanReport.StretchFigure latest = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
		if (value.figures().target() == null) {
			return format.text("no target");
		}
		return format.text(latest == null ? "no data" : "not yet: " + latest.points() + " of " + org.csi.dsl.measures.ProcessBehaviour.MIN_POINTS
				+ " periods" + (latest.cause() == null ? "" : " since the change"));
	}

	/** The badge class of the assurance: done (met), tracked (hit and miss), missing (missed), none. */
	public String assuranceClass() {
		String label = value.figures().variation().assurance();
		return label == null ? "none" : switch (label) {
		case "consistently met" -> "done";
		case "consistently missed" -> "missing";
		default -> "tracked";
		};
	}

	/** The process behaviour in one sentence. */
	public String variationStatement() {
		return format.text(value.figures().variation().statement());
	}

	/** What is being done about it: the actions that address it (step 7), or that none does. */
	public String doing() {
		return format.text(value.steps().stream().filter(step -> step.number() == 7 && step.done()).findFirst()
				.map(step -> step.detail()).orElse("no action addresses it"));
	}
}
