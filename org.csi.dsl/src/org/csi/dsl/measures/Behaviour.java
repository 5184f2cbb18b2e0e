package org.csi.dsl.measures;

import java.util.List;

import org.csi.dsl.common.Figures;
import org.csi.dsl.measures.ProcessBehaviour.Limits;
import org.csi.dsl.measures.ProcessBehaviour.Rule;

/**
 * The process behaviour of one series of a measure (step 5): its stretches between known changes,
 * each with the natural process limits of its first periods; the special-cause signals against them,
 * each classed by the measure's direction; what the latest point says (variation); and whether the
 * process as it runs in its latest stretch can meet the target (assurance). Indexes are positions in
 * the measure's calendar of periods.
 *
 * @param assurance null without a target, or without limits of the latest stretch's own
 */
public record Behaviour(List<Stretch> stretches, List<Signal> signals, Variation variation, Assurance assurance) {

	/**
	 * The periods from {@code from} to {@code to} (inclusive) between two known changes.
	 *
	 * @param change what started the stretch, null for the first
	 * @param limits the stretch's own limits, else those carried from the stretch before (own false),
	 *               else null
	 * @param points the values of the stretch, at most {@code spc.baseline} of which make its limits
	 */
	public record Stretch(int from, int to, Change change, Limits limits, boolean own, int points) {
	}

	/** Which way a signal points: better or worse by the measure's direction, or higher or lower without one. */
	public enum Side {
		IMPROVEMENT("improvement"), CONCERN("concern"), HIGHER("higher"), LOWER("lower");

		private final String label;

		Side(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A special cause: the rule, the periods that make it, and which way it points; {@code high} when it lies above the mean. */
	public record Signal(Rule rule, int from, int to, Side side, boolean high) {
	}

	/** What the latest point says: common-cause variation, a special cause of either kind, or nothing without limits. */
	public enum Variation {
		COMMON_CAUSE("common cause"), IMPROVEMENT("special cause: improvement"), CONCERN("special cause: concern"),
		HIGHER("special cause: higher"), LOWER("special cause: lower"), NO_LIMITS("no limits yet");

		private final String label;

		Variation(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Whether the process as it runs meets its target: always, by chance, or never (without a change). */
	public enum Assurance {
		CONSISTENTLY_MET("consistently met"), HIT_AND_MISS("hit and miss"), CONSISTENTLY_MISSED("consistently missed");

		private final String label;

		Assurance(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The latest stretch, or null for a series without values. */
	public Stretch latest() {
		return stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
	}

	/** The stretch a period belongs to, or null. */
	public Stretch stretchOf(int index) {
		return stretches.stream().filter(s -> s.from() <= index && index <= s.to()).findFirst().orElse(null);
	}

	/**
	 * The special causes a period with a value is part of, in words: "concern (outside)",
	 * "improvement (outside, run)" (a concern before an improvement), or "" for none.
	 */
	public String signalAt(int index, List<PeriodResult> periods) {
		if (!periods.get(index).judged()) {
			return "";
		}
		List<Signal> here = signals.stream().filter(s -> s.from() <= index && index <= s.to()).toList();
		if (here.isEmpty()) {
			return "";
		}
		Side side = here.stream().anyMatch(s -> s.side() == Side.CONCERN) ? Side.CONCERN : here.get(0).side();
		return side.label() + " (" + String.join(", ", here.stream().filter(s -> s.side() == side).map(s -> s.rule().id()).distinct().toList()) + ")";
	}

	/** "limits 62.1 to 80.5 around a mean of 71.3 (from 12 periods)". */
	public static String limits(Limits limits, String unit) {
		return "limits " + Figures.number(limits.lower()) + " to " + Figures.number(limits.upper()) + Units.suffix(unit)
				+ " around a mean of " + Figures.number(limits.mean());
	}

	/** A signal in words: "7 periods in a row above the mean (2026-03-01 to 2026-09-01)". */
	public static String describe(Signal signal, List<PeriodResult> periods, Limits limits) {
		String side = signal.high() ? "above" : "below";
		String span = periods.get(signal.from()).period() + (signal.from() == signal.to() ? "" : " to " + periods.get(signal.to()).period());
		int length = 0;
		for (int i = signal.from(); i <= signal.to(); i++) {
			length += periods.get(i).judged() ? 1 : 0;
		}
		return switch (signal.rule()) {
		case OUTSIDE_LIMITS -> Figures.number(periods.get(signal.from()).actual()) + " in the period of " + span + ", " + side + " the "
				+ (signal.high() ? "upper limit " + Figures.number(limits.upper()) : "lower limit " + Figures.number(limits.lower()));
		case RUN -> length + " periods in a row " + side + " the mean of " + Figures.number(limits.mean()) + " (" + span + ")";
		case TREND -> length + " periods each " + (signal.high() ? "higher" : "lower") + " than the one before (" + span + ")";
		case NEAR_LIMIT -> "2 of 3 periods close to the " + (signal.high() ? "upper" : "lower") + " limit (" + span + ")";
		};
	}
}
