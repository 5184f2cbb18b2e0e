package org.csi.dsl.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.csi.dsl.common.Figures;
import org.csi.dsl.csi.Direction;
import org.csi.dsl.measures.ActionVerdict.Verdict;
import org.csi.dsl.measures.Behaviour.Assurance;
import org.csi.dsl.measures.Behaviour.Side;
import org.csi.dsl.measures.Behaviour.Signal;
import org.csi.dsl.measures.Behaviour.Stretch;
import org.csi.dsl.measures.Behaviour.Variation;
import org.csi.dsl.measures.ProcessBehaviour.Limits;
import org.csi.dsl.measures.ProcessBehaviour.Rule;
import org.csi.dsl.measures.ProcessBehaviour.Settings;

/**
 * Step 5's judgement of variation (NHS England, "Making Data Count", 2019; Wheeler, "Understanding
 * Variation"): splits a measure's calendar into stretches at its known changes, gives each stretch the
 * XmR limits of its first periods ({@link ProcessBehaviour}), or carries the limits of the stretch
 * before while it has too few, finds the special causes, and says what the latest point and the
 * target's place against the limits mean. After a completed action it judges whether the action
 * worked: the values since, against the limits of the periods before.
 *
 * <p>Only periods with a judgement count (over, with data and enough rows); the others leave gaps that
 * no moving range, run or trend crosses.
 */
public final class BehaviourAnalyzer {

	private final Settings settings;

	public BehaviourAnalyzer(Settings settings) {
		this.settings = settings;
	}

	/** The values of the calendar that count: a period's value when it has a judgement, else null. */
	static List<Double> values(List<PeriodResult> periods) {
		List<Double> values = new ArrayList<>(periods.size());
		for (PeriodResult period : periods) {
			values.add(period.judged() ? period.actual() : null);
		}
		return values;
	}

	/** The first period that starts on or after the change, or the calendar's size when none does. */
	static int firstAfter(List<PeriodResult> periods, Change change) {
		for (int i = 0; i < periods.size(); i++) {
			if (!periods.get(i).period().isBefore(change.date())) {
				return i;
			}
		}
		return periods.size();
	}

	/**
	 * The behaviour of a series: its stretches at the changes (a change before the first value or after
	 * the last period starts none), its signals, variation and assurance.
	 */
	public Behaviour analyze(List<PeriodResult> periods, List<Change> changes, Direction direction, Double target, Double tolerance) {
		List<Double> values = values(periods);
		int first = firstValue(values, 0, values.size());
		if (first < 0) {
			return new Behaviour(List.of(), List.of(), Variation.NO_LIMITS, null);
		}
		List<Stretch> stretches = new ArrayList<>();
		int from = 0;
		Change cause = null;
		for (Change change : sorted(changes)) {
			int at = firstAfter(periods, change);
			if (at <= first || at >= periods.size() || at <= from) {
				continue; // before the data, after the calendar, or in the same period as an earlier change
			}
			stretches.add(stretch(values, from, at - 1, cause, stretches));
			from = at;
			cause = change;
		}
		stretches.add(stretch(values, from, periods.size() - 1, cause, stretches));
		List<Signal> signals = new ArrayList<>();
		for (Stretch stretch : stretches) {
			if (stretch.limits() != null) {
				signals.addAll(signals(values, stretch.from(), stretch.to(), stretch.limits(), direction));
			}
		}
		return new Behaviour(List.copyOf(stretches), List.copyOf(signals), variation(values, stretches, signals),
				assurance(stretches.get(stretches.size() - 1), direction, target, tolerance));
	}

	private static List<Change> sorted(List<Change> changes) {
		return changes.stream().sorted(Comparator.comparing(Change::date)).toList();
	}

	private Stretch stretch(List<Double> values, int from, int to, Change change, List<Stretch> before) {
		int points = 0;
		int end = from;
		for (int i = from; i <= to; i++) {
			if (values.get(i) != null && points < settings.baseline()) {
				points++;
				end = i;
			}
		}
		Limits own = points >= ProcessBehaviour.MIN_POINTS ? ProcessBehaviour.limits(values.subList(from, end + 1)) : null;
		if (own != null) {
			return new Stretch(from, to, change, own, true, points);
		}
		Limits carried = before.isEmpty() ? null : before.get(before.size() - 1).limits();
		return new Stretch(from, to, change, carried, false, points);
	}

	/** The signals of values[from..to] against the limits, at their places in the calendar. */
	private List<Signal> signals(List<Double> values, int from, int to, Limits limits, Direction direction) {
		List<Double> part = values.subList(from, to + 1);
		List<Signal> signals = new ArrayList<>();
		for (ProcessBehaviour.Signal signal : ProcessBehaviour.signals(part, limits, settings)) {
			boolean high = high(signal, part, limits);
			signals.add(new Signal(signal.rule(), from + signal.from(), from + signal.to(), side(high, direction), high));
		}
		return signals;
	}

	/** Whether a signal lies above the mean (a trend: whether it rises). */
	private static boolean high(ProcessBehaviour.Signal signal, List<Double> values, Limits limits) {
		if (signal.rule() == Rule.TREND) {
			return values.get(signal.to()) > values.get(signal.from());
		}
		double sum = 0;
		for (int i = signal.from(); i <= signal.to(); i++) {
			Double value = values.get(i);
			if (value != null && (signal.rule() != Rule.NEAR_LIMIT || Math.abs(value - limits.mean()) > 2.0 / 3 * (limits.upper() - limits.mean()))) {
				sum += value - limits.mean();
			}
		}
		return sum > 0;
	}

	private static Side side(boolean high, Direction direction) {
		if (direction == null) {
			return high ? Side.HIGHER : Side.LOWER;
		}
		return high == (direction == Direction.HIGHER) ? Side.IMPROVEMENT : Side.CONCERN;
	}

	/** What the latest value says: the signals it is part of (a concern first), else common cause. */
	private static Variation variation(List<Double> values, List<Stretch> stretches, List<Signal> signals) {
		int latest = -1;
		for (int i = values.size() - 1; i >= 0 && latest < 0; i--) {
			latest = values.get(i) != null ? i : -1;
		}
		int at = latest;
		Stretch stretch = stretches.stream().filter(s -> s.from() <= at && at <= s.to()).findFirst().orElse(null);
		if (stretch == null || stretch.limits() == null) {
			return Variation.NO_LIMITS;
		}
		List<Side> sides = signals.stream().filter(s -> s.from() <= at && at <= s.to()).map(Signal::side).toList();
		for (Side side : List.of(Side.CONCERN, Side.IMPROVEMENT, Side.HIGHER, Side.LOWER)) {
			if (sides.contains(side)) {
				return Variation.valueOf(side.name());
			}
		}
		return Variation.COMMON_CAUSE;
	}

	/**
	 * Where the target lies against the latest stretch's own limits: beyond them on the side the
	 * measure wants, met every period; beyond them on the other side, missed every period; between them,
	 * hit and miss. Without a direction the target with its tolerance is the band to be in.
	 */
	static Assurance assurance(Stretch latest, Direction direction, Double target, Double tolerance) {
		if (target == null || latest == null || !latest.own()) {
			return null;
		}
		Limits limits = latest.limits();
		if (direction == Direction.HIGHER) {
			return target <= limits.lower() ? Assurance.CONSISTENTLY_MET
					: target > limits.upper() ? Assurance.CONSISTENTLY_MISSED : Assurance.HIT_AND_MISS;
		}
		if (direction == Direction.LOWER) {
			return target >= limits.upper() ? Assurance.CONSISTENTLY_MET
					: target < limits.lower() ? Assurance.CONSISTENTLY_MISSED : Assurance.HIT_AND_MISS;
		}
		double band = tolerance == null ? 0 : Math.abs(tolerance);
		if (target - band <= limits.lower() && limits.upper() <= target + band) {
			return Assurance.CONSISTENTLY_MET;
		}
		if (target + band < limits.lower() || target - band > limits.upper()) {
			return Assurance.CONSISTENTLY_MISSED;
		}
		return Assurance.HIT_AND_MISS;
	}

	/**
	 * Whether a completed action worked, by this series: the values from the first period after its
	 * completion up to the next change, against the own limits of the stretch before. A sustained
	 * signal (a run, a trend, 2 of 3 near a limit, or two points beyond one) decides; a single point
	 * beyond a limit does not. Without a sustained signal: "no signal yet" while fewer periods than a
	 * run have passed, else "no change"; without limits before: "too few periods before".
	 */
	public ActionVerdict verdict(Change completion, String measure, List<PeriodResult> periods, Behaviour behaviour, Direction direction,
			String unit) {
		List<Double> values = values(periods);
		int at = firstAfter(periods, completion);
		Stretch before = null;
		int end = periods.size() - 1;
		for (Stretch stretch : behaviour.stretches()) {
			if (stretch.to() < at) {
				before = stretch;
			} else if (stretch.from() > at) {
				end = Math.min(end, stretch.from() - 1);
			}
		}
		java.time.LocalDate firstAfter = at < periods.size() ? periods.get(at).period() : null;
		if (before == null || !before.own()) {
			int points = before == null ? 0 : before.points();
			return new ActionVerdict(completion.action(), measure, Verdict.TOO_FEW_BEFORE, completion.date(), firstAfter, null, null, 0, 0, null,
					points + (points == 1 ? " period" : " periods") + " with data before " + completion.date() + "; limits need "
							+ ProcessBehaviour.MIN_POINTS + ", so the data cannot say whether it worked");
		}
		Limits limits = before.limits();
		List<Double> after = at > end ? List.of() : values.subList(at, end + 1);
		int count = 0;
		double sum = 0;
		for (Double value : after) {
			if (value != null) {
				count++;
				sum += value;
			}
		}
		Double meanAfter = count == 0 ? null : sum / count;
		List<Signal> signals = count == 0 ? List.of() : signals(values, at, end, limits, direction);
		Signal sustained = sustained(signals);
		String means = "mean " + Figures.number(limits.mean()) + Units.suffix(unit) + " before, "
				+ (meanAfter == null ? "no data after" : Figures.number(meanAfter) + Units.suffix(unit) + " after");
		String since = count + (count == 1 ? " period" : " periods") + " since " + (firstAfter == null ? completion.date() : firstAfter);
		if (sustained != null) {
			String evidence = Behaviour.describe(sustained, periods, limits);
			Verdict verdict = switch (sustained.side()) {
			case IMPROVEMENT -> Verdict.IMPROVED;
			case CONCERN -> Verdict.WORSENED;
			default -> Verdict.SHIFTED;
			};
			return new ActionVerdict(completion.action(), measure, verdict, completion.date(), firstAfter, limits, meanAfter, count, 0, evidence,
					evidence + ", against the " + Behaviour.limits(limits, unit) + " before; " + means);
		}
		if (count < settings.run()) {
			int needed = settings.run() - count;
			return new ActionVerdict(completion.action(), measure, Verdict.NO_SIGNAL_YET, completion.date(), firstAfter, limits, meanAfter, count,
					needed, null, since + ", " + needed + " more needed before a run of " + settings.run() + " can show a change; " + means);
		}
		return new ActionVerdict(completion.action(), measure, Verdict.NO_CHANGE, completion.date(), firstAfter, limits, meanAfter, count, 0, null,
				since + " show no signal against the " + Behaviour.limits(limits, unit) + " before; " + means);
	}

	/**
	 * The sustained signal that decides a verdict: the side of the one that ends last decides, and on
	 * that side a run speaks before a trend, 2 of 3 near a limit and points beyond it; a single point
	 * beyond a limit is not sustained. Null without one.
	 */
	static Signal sustained(List<Signal> signals) {
		List<Signal> sustained = new ArrayList<>();
		for (Signal signal : signals) {
			if (signal.rule() != Rule.OUTSIDE_LIMITS
					|| signals.stream().anyMatch(s -> s != signal && s.rule() == Rule.OUTSIDE_LIMITS && s.high() == signal.high())) {
				sustained.add(signal);
			}
		}
		if (sustained.isEmpty()) {
			return null;
		}
		Signal last = sustained.stream().max(Comparator.comparingInt(Signal::to)).orElseThrow();
		List<Rule> priority = List.of(Rule.RUN, Rule.TREND, Rule.NEAR_LIMIT, Rule.OUTSIDE_LIMITS);
		return sustained.stream().filter(s -> s.side() == last.side())
				.min(Comparator.comparingInt((Signal s) -> priority.indexOf(s.rule())).thenComparing(s -> -s.to())).orElseThrow();
	}

	private static int firstValue(List<Double> values, int from, int to) {
		for (int i = from; i < to; i++) {
			if (values.get(i) != null) {
				return i;
			}
		}
		return -1;
	}
}
