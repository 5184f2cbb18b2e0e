package org.csi.report.view;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.common.Figures;
import org.csi.report.PlanReport;
import org.csi.report.PlanReport.GapRow;
import org.csi.report.PlanReport.MeasureRow;
import org.csi.report.PlanReport.PeriodFigure;

/**
 * How every report says in words what a measure needs, what it aims at and how its figures
 * stand, so that the HTML and the Markdown report phrase it alike. Plain text: the views
 * escape it for their format.
 */
final class MeasureWording {

	private MeasureWording() {
	}

	/** "every week, in minutes, per channel", or "(not stated)". */
	static String need(String frequency, String unit, List<String> breakdown) {
		StringBuilder text = new StringBuilder();
		if (frequency != null) {
			text.append("every ").append(frequency);
		}
		if (unit != null) {
			text.append(text.length() > 0 ? ", " : "").append("in ").append(unit);
		}
		if (!breakdown.isEmpty()) {
			text.append(text.length() > 0 ? ", " : "").append("per ").append(String.join(", ", breakdown));
		}
		return text.length() == 0 ? "(not stated)" : text.toString();
	}

	/** "target 4 hours, tolerance 1 hours, lower is better; baseline 5.2 hours as of 2026-06-30", or null. */
	static String targets(MeasureRow m) {
		List<String> parts = new ArrayList<>();
		if (m.target() != null) {
			parts.add("target " + m.target());
		}
		if (m.tolerance() != null) {
			parts.add("tolerance " + m.tolerance());
		}
		if (m.direction() != null) {
			parts.add(m.direction());
		}
		String text = String.join(", ", parts);
		if (m.baseline() != null) {
			text += (text.isEmpty() ? "" : "; ") + "baseline " + m.baseline();
		}
		return text.isEmpty() ? null : text;
	}

	/** The latest period that is over (a partial period at the end is only shown), or null for an empty calendar. */
	static PeriodFigure latest(List<PeriodFigure> periods) {
		int end = periods.size();
		while (end > 0 && "partial period".equals(periods.get(end - 1).status())) {
			end--;
		}
		return end == 0 ? null : periods.get(end - 1);
	}

	/**
	 * "Latest 4.5 (within tolerance, 120 rows); target 4 ± 1; against the baseline -1.5. Variation: common
	 * cause (limits ...); target 4: hit and miss, ...", the triggers that fired, then how its gaps stand and
	 * which actions address it.
	 */
	static String figuresSummary(MeasureRow m) {
		PlanReport.Figures f = m.figures();
		List<String> parts = new ArrayList<>();
		PeriodFigure latest = latest(f.periods());
		if (latest != null && latest.actual() != null) {
			parts.add("Latest " + Figures.number(latest.actual()) + (m.unit() == null ? "" : " " + m.unit()) + " (" + latest.status()
					+ (latest.rows() >= 0 ? ", " + latest.rows() + " rows" : "") + ")");
		} else if (latest != null) {
			parts.add("No data for the latest period (" + latest.period() + ")");
		} else {
			parts.add("No data yet");
		}
		if (f.target() != null) {
			parts.add("target " + Figures.number(f.target()) + (f.tolerance() == null ? "" : " ± " + Figures.number(f.tolerance())));
		}
		if (f.baselineChange() != null) {
			parts.add("against the baseline " + (f.baselineChange() > 0 ? "+" : "") + Figures.number(f.baselineChange()));
		}
		if (f.benchmark() != null && latest != null && latest.actual() != null) {
			parts.add("benchmark " + Figures.number(f.benchmark()) + (m.benchmark() != null && m.benchmark().contains("(")
					? " " + m.benchmark().substring(m.benchmark().indexOf('(')) : ""));
		}
		if (f.missedInARow() > 0) {
			parts.add("missed " + f.missedInARow() + " period" + (f.missedInARow() == 1 ? "" : "s") + " in a row");
		}
		StringBuilder text = new StringBuilder(String.join("; ", parts)).append('.');
		text.append(" Variation: ").append(f.variation().statement()).append('.');
		for (String fired : f.fired()) {
			text.append(" Improvement trigger: ").append(fired).append('.');
		}
		for (GapRow g : m.gaps()) {
			text.append(' ').append(Labels.capitalized(g.kind())).append(" gap ").append(g.status())
					.append(g.trackedBy() != null && g.reason() == null ? " by action " + g.trackedBy() : "")
					.append(g.reason() != null && g.acceptedBy() != null ? " by " + g.acceptedBy() : "").append('.');
		}
		m.steps().stream().filter(step -> step.number() == 7 && step.done()).findFirst()
				.ifPresent(step -> text.append(" Actions addressing it: ").append(step.detail()).append('.'));
		return text.toString();
	}

	/** The badge class of a period's status: met done, within tolerance tracked, missed missing, else none. */
	static String statusClass(String status) {
		return switch (status) {
		case "met" -> "done";
		case "within tolerance" -> "tracked";
		case "missed" -> "missing";
		default -> "none";
		};
	}

	/** A symbol for a variation, as the Making Data Count icons say it: ▲ improvement, ▼ concern, ● common cause. */
	static String variationSymbol(String variation) {
		return switch (variation) {
		case "special cause: improvement" -> "\u25b2";
		case "special cause: concern" -> "\u25bc";
		case "special cause: higher", "special cause: lower" -> "\u25c6";
		case "common cause" -> "\u25cf";
		default -> "\u25cb";
		};
	}

	/** The badge class of a variation: improvement, concern, common (also higher or lower) or none. */
	static String variationClass(String variation) {
		return switch (variation) {
		case "special cause: improvement" -> "improvement";
		case "special cause: concern" -> "concern";
		case "no limits yet" -> "none";
		default -> "common";
		};
	}

	/** ✓ consistently met, ~ hit and miss, ✗ consistently missed. */
	static String assuranceSymbol(String assurance) {
		return switch (assurance) {
		case "consistently met" -> "\u2713";
		case "consistently missed" -> "\u2717";
		default -> "~";
		};
	}

	/** The special causes a period with a value is part of: "improvement (outside, run)", a concern first; "" for none. */
	static String signalAt(List<PlanReport.SignalFigure> signals, PeriodFigure period, int index) {
		if (period.actual() == null || "partial period".equals(period.status()) || "too few rows".equals(period.status())) {
			return "";
		}
		List<PlanReport.SignalFigure> here = signals.stream().filter(s -> s.from() <= index && index <= s.to()).toList();
		if (here.isEmpty()) {
			return "";
		}
		String side = here.stream().anyMatch(s -> s.side().equals("concern")) ? "concern" : here.get(0).side();
		return side + " (" + String.join(", ", here.stream().filter(s -> s.side().equals(side)).map(PlanReport.SignalFigure::rule).distinct().toList())
				+ ")";
	}
}
