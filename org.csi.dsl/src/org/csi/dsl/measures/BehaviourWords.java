package org.csi.dsl.measures;

import java.util.List;

import org.csi.dsl.common.Figures;
import org.csi.dsl.measures.Behaviour.Assurance;
import org.csi.dsl.measures.Behaviour.Signal;
import org.csi.dsl.measures.Behaviour.Stretch;
import org.csi.dsl.measures.Behaviour.Variation;

/** The process behaviour of a series in one sentence, the same in {@code csi analyze} and every report. */
public final class BehaviourWords {

	private BehaviourWords() {
	}

	/**
	 * "common cause (limits 62.1 to 80.5 around a mean of 71.3, from 12 periods since 2025-01-01);
	 * target 85: consistently missed, it lies beyond the limits", or why there are no limits yet.
	 */
	public static String of(Behaviour behaviour, List<PeriodResult> periods, Double target, String unit) {
		Stretch latest = behaviour.latest();
		if (latest == null) {
			return "no values to judge their variation";
		}
		String since = latest.change() == null ? "" : " since " + latest.change().cause() + " (" + periods.get(latest.from()).period() + ")";
		if (latest.limits() == null) {
			return "no process limits yet: " + latest.points() + " of " + ProcessBehaviour.MIN_POINTS + " periods with data" + since;
		}
		StringBuilder text = new StringBuilder(behaviour.variation().label());
		Signal signal = latestSignal(behaviour, periods);
		if (signal != null) {
			text.append(", ").append(Behaviour.describe(signal, periods, latest.limits()));
		}
		if (latest.own()) {
			text.append(" (").append(Behaviour.limits(latest.limits(), unit)).append(", from ").append(latest.points()).append(" periods")
					.append(latest.change() == null ? " from " + periods.get(latest.from()).period() : since).append(')');
		} else {
			text.append(" (against the ").append(Behaviour.limits(latest.limits(), unit)).append(" before;").append(since).append(": ")
					.append(latest.points()).append(" of ").append(ProcessBehaviour.MIN_POINTS).append(" periods for limits of its own)");
		}
		if (behaviour.assurance() != null) {
			text.append("; target ").append(Figures.number(target)).append(Units.suffix(unit)).append(": ").append(behaviour.assurance().label())
					.append(", ").append(assuranceReason(behaviour.assurance()));
		}
		return text.toString();
	}

	private static String assuranceReason(Assurance assurance) {
		return switch (assurance) {
		case CONSISTENTLY_MET -> "every value the process makes meets it";
		case HIT_AND_MISS -> "it lies between the limits, so variation alone makes it pass and fail";
		case CONSISTENTLY_MISSED -> "it lies beyond the limits: the process as it runs will not reach it";
		};
	}

	/** The signal the latest value is part of (a concern first), or null. */
	public static Signal latestSignal(Behaviour behaviour, List<PeriodResult> periods) {
		if (behaviour.variation() == Variation.COMMON_CAUSE || behaviour.variation() == Variation.NO_LIMITS) {
			return null;
		}
		int latest = -1;
		for (int i = periods.size() - 1; i >= 0 && latest < 0; i--) {
			latest = periods.get(i).judged() ? i : -1;
		}
		int at = latest;
		return behaviour.signals().stream().filter(s -> s.from() <= at && at <= s.to() && s.side().name().equals(behaviour.variation().name()))
				.findFirst().orElse(null);
	}
}
