package org.csi.dsl.measures;

import java.util.ArrayList;
import java.util.List;

/**
 * Process behaviour of a series (an XmR chart, after Wheeler's "Understanding Variation" and NHS
 * England's "Making Data Count"): the mean and the average moving range of a baseline stretch give the
 * natural process limits, mean ± 2.66 × average moving range; points then signal special causes by the
 * usual rules, everything else is common-cause variation. A value may be null (a period without a
 * judgement): moving ranges, runs and trends never join the values on either side of it.
 *
 * <p>{@link BehaviourAnalyzer} applies it to a measure's calendar, stretch by stretch; the rules are
 * tested on hand-made series in {@code ProcessBehaviourTest}.
 */
public final class ProcessBehaviour {

	/** Fewer values than this in the baseline stretch give no limits, only the values. */
	public static final int MIN_POINTS = 12;

	/** 3 / d2 for moving ranges of two values (d2 = 1.128). */
	public static final double SCALE = 2.66;

	/** The special-cause rules, each with the id {@code csi.properties} names it by ({@code spc.rules}). */
	public enum Rule {
		/** A point beyond a natural process limit. */
		OUTSIDE_LIMITS("outside"),
		/** A run of points on one side of the mean. */
		RUN("run"),
		/** Points steadily rising or falling. */
		TREND("trend"),
		/** Two of three points beyond two thirds of the distance to a limit, on the same side. */
		NEAR_LIMIT("near");

		private final String id;

		Rule(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

		/** The rule with this id, or null. */
		public static Rule of(String id) {
			return java.util.Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst().orElse(null);
		}
	}

	/**
	 * The rules in use and their lengths, as {@code csi.properties} sets them ({@code spc.rules},
	 * {@code spc.run}, {@code spc.trend}, {@code spc.baseline}).
	 *
	 * @param run      points on one side of the mean that make a run (7)
	 * @param trend    points rising or falling that make a trend (6)
	 * @param baseline how many points of a stretch its limits are computed from (12, never fewer)
	 */
	public record Settings(java.util.Set<Rule> rules, int run, int trend, int baseline) {
		public static final Settings DEFAULT = new Settings(java.util.EnumSet.allOf(Rule.class), 7, 6, MIN_POINTS);

		public Settings {
			rules = rules.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(java.util.EnumSet.copyOf(rules));
		}
	}

	/** The limits of a baseline stretch. */
	public record Limits(double mean, double averageMovingRange, double lower, double upper) {
	}

	/** A signal: its rule, and the first and last index of the values that make it. */
	public record Signal(Rule rule, int from, int to) {
	}

	private ProcessBehaviour() {
	}

	/** The limits of these values, or null with fewer than {@link #MIN_POINTS} values or no moving range. */
	public static Limits limits(List<Double> baseline) {
		double sum = 0;
		int n = 0;
		double ranges = 0;
		int m = 0;
		for (int i = 0; i < baseline.size(); i++) {
			Double value = baseline.get(i);
			if (value == null) {
				continue;
			}
			sum += value;
			n++;
			if (i > 0 && baseline.get(i - 1) != null) {
				ranges += Math.abs(value - baseline.get(i - 1));
				m++;
			}
		}
		if (n < MIN_POINTS || m == 0) {
			return null;
		}
		double mean = sum / n;
		double averageMovingRange = ranges / m;
		return new Limits(mean, averageMovingRange, mean - SCALE * averageMovingRange, mean + SCALE * averageMovingRange);
	}

	/** The signals of the values against the limits, in the order of their first value. */
	public static List<Signal> signals(List<Double> values, Limits limits, Settings settings) {
		List<Signal> signals = new ArrayList<>();
		for (int i = 0; i < values.size() && settings.rules().contains(Rule.OUTSIDE_LIMITS); i++) {
			Double value = values.get(i);
			if (value != null && (value > limits.upper() || value < limits.lower())) {
				signals.add(new Signal(Rule.OUTSIDE_LIMITS, i, i));
			}
		}
		if (settings.rules().contains(Rule.RUN)) {
			runs(values, limits.mean(), settings.run(), signals);
		}
		if (settings.rules().contains(Rule.TREND)) {
			trends(values, settings.trend(), signals);
		}
		if (settings.rules().contains(Rule.NEAR_LIMIT)) {
			nearLimits(values, limits, signals);
		}
		signals.sort(java.util.Comparator.comparingInt(Signal::from).thenComparing(Signal::rule));
		return signals;
	}

	/** Runs of {@code length} or more values strictly on one side of the mean; a value on the mean or a gap ends a run. */
	private static void runs(List<Double> values, double mean, int length, List<Signal> signals) {
		int start = 0;
		int side = 0;
		for (int i = 0; i <= values.size(); i++) {
			int here = i == values.size() || values.get(i) == null ? 0 : Double.compare(values.get(i), mean);
			if (here != side || here == 0) {
				if (side != 0 && i - start >= length) {
					signals.add(new Signal(Rule.RUN, start, i - 1));
				}
				start = i;
				side = here;
			}
		}
	}

	/** {@code length} or more values each higher (or each lower) than the one before; an equal value or a gap ends it. */
	private static void trends(List<Double> values, int length, List<Signal> signals) {
		int start = 0;
		int direction = 0;
		for (int i = 1; i <= values.size(); i++) {
			int step = i == values.size() || values.get(i) == null || values.get(i - 1) == null ? 0
					: Double.compare(values.get(i), values.get(i - 1));
			if (step != direction || step == 0) {
				if (direction != 0 && i - start >= length) {
					signals.add(new Signal(Rule.TREND, start, i - 1));
				}
				start = step == 0 ? i : i - 1;
				direction = step;
			}
		}
	}

	/**
	 * Two of three consecutive values beyond two thirds of the way to the same limit. Overlapping
	 * windows on the same side make one signal that spans them all, so that every period of the
	 * pattern is marked, the last ones included.
	 */
	private static void nearLimits(List<Double> values, Limits limits, List<Signal> signals) {
		double high = limits.mean() + 2.0 / 3 * (limits.upper() - limits.mean());
		double low = limits.mean() - 2.0 / 3 * (limits.mean() - limits.lower());
		Signal open = null;
		int openSide = 0;
		for (int i = 0; i + 2 < values.size(); i++) {
			int above = 0;
			int below = 0;
			for (int j = i; j < i + 3; j++) {
				Double value = values.get(j);
				above += value != null && value > high ? 1 : 0;
				below += value != null && value < low ? 1 : 0;
			}
			int side = above >= 2 ? 1 : below >= 2 ? -1 : 0;
			if (side == 0) {
				continue;
			}
			if (open != null && openSide == side && i <= open.to()) {
				open = new Signal(Rule.NEAR_LIMIT, open.from(), i + 2);
				signals.set(signals.size() - 1, open);
			} else {
				open = new Signal(Rule.NEAR_LIMIT, i, i + 2);
				openSide = side;
				signals.add(open);
			}
		}
	}
}
