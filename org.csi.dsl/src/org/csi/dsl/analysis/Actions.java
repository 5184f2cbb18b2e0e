package org.csi.dsl.analysis;

import java.time.LocalDate;

import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.ActionStatus;

/** What the status of a register entry means, in one place for the checks and the reports. */
public final class Actions {

	private Actions() {
	}

	/** New, accepted, in progress or on hold: work remains. Monitoring, closed and cancelled actions need no more work. */
	public static boolean isOpen(ActionStatus status) {
		return switch (status) {
		case NEW, ACCEPTED, IN_PROGRESS, ON_HOLD -> true;
		case MONITORING, CLOSED, CANCELLED -> false;
		};
	}

	/** An open action whose due date lies before the reference date. */
	public static boolean isOverdue(Action action, LocalDate reference) {
		return isOpen(action.getStatus()) && action.getDue() != null && LocalDate.parse(action.getDue()).isBefore(reference);
	}

	/** Whether the action still tracks the gaps it addresses: closed and cancelled ones no longer do. */
	public static boolean tracksGaps(Action action) {
		return action.getStatus() != ActionStatus.CLOSED && action.getStatus() != ActionStatus.CANCELLED;
	}
}
