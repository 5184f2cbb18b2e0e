package org.csi.dsl.analysis;

import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.GapKind;
import org.csi.dsl.csi.ShouldMeasure;

/**
 * A difference between what step 1 needs and what step 2 can provide for one
 * should-measure. {@code problem} says what is missing in the user's words. A gap is open,
 * tracked by an action, or accepted with a reason.
 */
public record Gap(GapKind kind, ShouldMeasure measure, String problem, Action trackedBy, GapAcceptance acceptance) {

	public enum Status {
		OPEN, TRACKED, ACCEPTED
	}

	public Status status() {
		if (acceptance != null) {
			return Status.ACCEPTED;
		}
		return trackedBy != null ? Status.TRACKED : Status.OPEN;
	}
}
