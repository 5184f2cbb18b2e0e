package org.csi.report.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.common.Escape;
import org.csi.dsl.common.Figures;
import org.csi.dsl.common.Finding;
import org.csi.dsl.measures.Units;
import org.csi.report.history.History.ClosedAction;
import org.csi.report.history.History.Cycle;
import org.csi.report.history.History.Kpi;

/**
 * The history of a plan set's cycles in Markdown: one line per cycle (KPIs that got there, actions
 * closed, gaps opened and closed), then each KPI across the cycles, then the actions and gaps of
 * each cycle. Everything from the plans is escaped ({@link Escape#markdown}).
 */
public final class HistoryMarkdown {

	private HistoryMarkdown() {
	}

	public static String render(History history) {
		StringBuilder out = new StringBuilder();
		out.append("## Did we get there? ").append(Escape.markdown(history.title())).append("\n\n");
		if (history.cycles().isEmpty()) {
			return out.append("No cycle to show.\n").toString();
		}
		out.append("| Cycle | Ended | KPIs on target | Actions closed | Gaps opened | Gaps closed |\n|---|---|---|---|---|---|\n");
		for (Cycle cycle : history.cycles()) {
			out.append("| ").append(Escape.markdown(cycle.name())).append(" | ").append(cycle.date()).append(" | ").append(onTarget(cycle))
					.append(" | ").append(cycle.closed().size()).append(" | ").append(cycle.gapsOpened().size()).append(" | ")
					.append(cycle.gapsClosed().size()).append(" |\n");
		}
		for (Map.Entry<String, List<Kpi>> kpi : kpis(history).entrySet()) {
			Kpi last = lastOf(kpi.getValue());
			out.append("\n### ").append(Escape.markdown(kpi.getKey())).append(": ").append(Escape.markdown(last.title())).append("\n\n");
			out.append("| Cycle | Target | End of cycle | Got there? |\n|---|---|---|---|\n");
			for (int i = 0; i < history.cycles().size(); i++) {
				Kpi at = kpi.getValue().get(i);
				out.append("| ").append(Escape.markdown(history.cycles().get(i).name())).append(" | ")
						.append(at == null ? "" : Escape.markdown(target(kpi.getValue(), i))).append(" | ")
						.append(at == null ? "not in the plan" : Escape.markdown(endOfCycle(at))).append(" | ").append(at == null ? "" : gotThere(at))
						.append(" |\n");
			}
		}
		boolean anything = history.cycles().stream().anyMatch(c -> !c.closed().isEmpty() || !c.gapsOpened().isEmpty() || !c.gapsClosed().isEmpty()
				|| !c.problems().isEmpty());
		if (anything) {
			out.append("\n### What changed in each cycle\n\n");
			for (Cycle cycle : history.cycles()) {
				List<String> lines = new ArrayList<>();
				for (ClosedAction action : cycle.closed()) {
					lines.add("Action " + Escape.markdown(action.name()) + " (" + Escape.markdown(action.title()) + "): " + Escape.markdown(action.how())
							+ (action.verdict() == null ? "" : "; the data says " + Escape.markdown(action.verdict())));
				}
				for (Finding gap : cycle.gapsOpened()) {
					lines.add(Escape.markdown(gap.message()));
				}
				for (Finding gap : cycle.gapsClosed()) {
					lines.add(Escape.markdown(gap.message()));
				}
				for (Finding problem : cycle.problems()) {
					lines.add(Escape.markdown(problem.message()));
				}
				if (!lines.isEmpty()) {
					out.append("**").append(Escape.markdown(cycle.name())).append("**\n\n");
					lines.forEach(line -> out.append("- ").append(line).append('\n'));
					out.append('\n');
				}
			}
		}
		return out.toString();
	}

	/** "1 of 2", or "none judged". */
	public static String onTarget(Cycle cycle) {
		return cycle.judged() == 0 ? "none judged" : cycle.reached() + " of " + cycle.judged();
	}

	/** Each KPI by name, with its state at the end of each cycle (null where the cycle's plan does not have it), in order of first appearance. */
	static Map<String, List<Kpi>> kpis(History history) {
		Map<String, List<Kpi>> kpis = new LinkedHashMap<>();
		int cycles = history.cycles().size();
		for (int i = 0; i < cycles; i++) {
			for (Kpi kpi : history.cycles().get(i).kpis()) {
				List<Kpi> row = kpis.computeIfAbsent(kpi.name(), k -> {
					List<Kpi> empty = new ArrayList<>();
					for (int j = 0; j < cycles; j++) {
						empty.add(null);
					}
					return empty;
				});
				row.set(i, kpi);
			}
		}
		return kpis;
	}

	static Kpi lastOf(List<Kpi> row) {
		for (int i = row.size() - 1; i >= 0; i--) {
			if (row.get(i) != null) {
				return row.get(i);
			}
		}
		throw new IllegalStateException("a KPI row without a KPI");
	}

	/** "71.2% in 2026-03-01, missed", or what the plan states when it was not computed. */
	public static String endOfCycle(Kpi kpi) {
		if (kpi.stated() != null) {
			return kpi.stated();
		}
		if (kpi.value() == null) {
			return "no data for " + kpi.period() + " (" + kpi.status().label() + ")";
		}
		return figure(kpi.value(), kpi.unit()) + " in " + kpi.period() + ", " + kpi.status().label();
	}

	/** The target of the KPI in cycle {@code i}, and the one before when it moved: "70% (was 75%)". */
	public static String target(List<Kpi> row, int i) {
		Kpi at = row.get(i);
		Kpi before = i == 0 ? null : row.get(i - 1);
		String now = figure(at.target(), at.unit());
		if (before == null || java.util.Objects.equals(before.target(), at.target())) {
			return now;
		}
		return now + " (was " + figure(before.target(), before.unit()) + ")";
	}

	public static String gotThere(Kpi kpi) {
		Boolean reached = kpi.reached();
		return reached == null ? "-" : reached ? "yes" : "no";
	}

	public static String figure(Double value, String unit) {
		return value == null ? "-" : Figures.number(value) + Units.suffix(unit);
	}
}
