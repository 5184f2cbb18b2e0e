package org.csi.report.history;

import java.time.LocalDate;
import java.util.List;

import org.csi.dsl.common.Finding;
import org.csi.dsl.measures.Status;

/**
 * How the cycles of continual improvement of a plan set ended ("did we get there?"), oldest first:
 * what {@code csi history} computes and its reports show.
 *
 * @param title what the history is of: "plans/ in /work/repo"
 */
public record History(String title, List<Cycle> cycles) {

	/** How one cycle ended: its KPIs, the actions closed during it, the gaps opened and closed, files that could not be compared. */
	public record Cycle(String name, LocalDate date, List<Kpi> kpis, List<ClosedAction> closed, List<Finding> gapsOpened,
			List<Finding> gapsClosed, List<Finding> problems) {

		/** How many KPIs reached their target at the end of the cycle. */
		public long reached() {
			return kpis.stream().filter(kpi -> Boolean.TRUE.equals(kpi.reached())).count();
		}

		/** How many KPIs were judged against a target at the end of the cycle. */
		public long judged() {
			return kpis.stream().filter(kpi -> kpi.reached() != null).count();
		}
	}

	/**
	 * One KPI at the end of a cycle.
	 *
	 * @param target  the target of that version, or null
	 * @param value   the value of the latest period over at the cycle's end, or null when not computed
	 * @param period  that period, or null
	 * @param status  its status, or null when not computed
	 * @param stated  when not computed: what the plan states ("baseline 62% as of 2026-01-01"), else null
	 */
	public record Kpi(String name, String title, String unit, Double target, Double value, LocalDate period, Status status, String stated) {

		/** Whether the KPI met its target (within tolerance counts) at the end of the cycle; null when unknown. */
		public Boolean reached() {
			if (status == null || !status.judged() || status == Status.NO_TARGET) {
				return null;
			}
			return status != Status.MISSED;
		}
	}

	/**
	 * An action that left the open statuses during a cycle (monitoring, closed or cancelled).
	 *
	 * @param how     its status, and the outcome it records: "closed, outcome succeeded"
	 * @param verdict what the data says about it, or null when it says nothing
	 */
	public record ClosedAction(String name, String title, String how, String verdict) {
	}
}
