package org.csi.dsl.measures;

import java.time.LocalDate;

import org.csi.dsl.csi.Action;
import org.csi.dsl.measures.ProcessBehaviour.Limits;

/**
 * Did a completed action work, by the data of one measure it addresses: the values from the first
 * period after its completion, against the process limits of the periods before.
 *
 * @param firstAfter  the first period that starts on or after the completion date
 * @param before      the limits of the periods before, null when there are too few
 * @param meanAfter   the mean of the values after, null without any
 * @param periodsAfter the values after (periods with a judgement)
 * @param needed      for {@link Verdict#NO_SIGNAL_YET}: how many more periods a run needs
 * @param evidence    the sustained signal behind the verdict, in words, or null
 * @param summary     the verdict with its figures, in one sentence after the verdict's label
 */
public record ActionVerdict(Action action, String measure, Verdict verdict, LocalDate completed, LocalDate firstAfter, Limits before,
		Double meanAfter, int periodsAfter, int needed, String evidence, String summary) {

	/** What the data says about the action. */
	public enum Verdict {
		IMPROVED("improved"), NO_SIGNAL_YET("no signal yet"), NO_CHANGE("no change"), WORSENED("worsened"), SHIFTED("changed"),
		TOO_FEW_BEFORE("too few periods before");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** "improved: 7 periods in a row above ..." */
	public String sentence() {
		return verdict.label() + ": " + summary;
	}
}
