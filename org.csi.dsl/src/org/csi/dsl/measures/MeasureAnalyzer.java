package org.csi.dsl.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.dsl.analysis.Features;
import org.csi.dsl.common.Figures;
import org.csi.dsl.csi.Analysis;
import org.csi.dsl.csi.Bound;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Direction;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Trigger;

/**
 * Judges a measure's values against its target, tolerance and baseline (step 5), over the whole
 * calendar of its periods ({@link PeriodCalendar}), and tells which improvement triggers fired.
 */
public class MeasureAnalyzer {

	/** How many periods a trend covers when the plan's analysis step does not say. */
	public static final int DEFAULT_TREND_PERIODS = 6;

	/** The default trigger, for a measure with a target that states none: missed in 3 of the last 6 periods. */
	public static final int DEFAULT_MISSES = 3;
	public static final int DEFAULT_WINDOW = 6;

	/** A percentage over fewer rows than this misleads (ITIL CSI: use counts for small numbers). */
	public static final int PERCENT_MINIMUM_SAMPLE = 100;

	/**
	 * A fitted change over the trend's window within this share of the window's mean is "no change"
	 * (csi's own convention, documented in docs/data.md).
	 */
	public static final double NO_CHANGE = 0.02;

	public MeasureAnalysis analyze(ShouldMeasure measure, String source, List<Point> points, List<Analysis> analyses,
			PeriodCalendar calendar) {
		List<PeriodResult> periods = judge(measure, points, calendar);
		Double baselineChange = null;
		PeriodResult latest = MeasureAnalysis.latest(periods);
		Double baseline = measure.getBaseline() == null ? null : inUnit(measure, measure.getBaseline().getValue());
		if (baseline != null && latest != null && latest.judged()) { // a latest period without a judgement has no change to show
			baselineChange = latest.actual() - baseline;
		}
		int trendPeriods = analyses.stream().filter(a -> a.getTrendPeriods() > 0).mapToInt(Analysis::getTrendPeriods).findFirst()
				.orElse(DEFAULT_TREND_PERIODS);
		List<PeriodResult> over = over(periods);
		List<PeriodResult> window = over.subList(Math.max(0, over.size() - trendPeriods), over.size());
		Double slope = slope(window);
		String travel = slope == null ? null : travel(slope, window, direction(measure));
		int minimum = minimumSample(measure);
		MeasureAnalysis analysis = new MeasureAnalysis(measure, source, calendar.cadence(), List.copyOf(periods), inUnit(measure, measure.getTarget()),
				inUnit(measure, measure.getTolerance()), baselineChange, slope, trendPeriods, travel, missedInARow(over),
				inUnit(measure, measure.getBenchmark()), minimum, List.of(), List.of());
		return analysis.withFired(fire(measure, periods, Map.of(), null));
	}

	/** Every period of one series (the whole measure, or one breakdown value) with its status. */
	public List<PeriodResult> judge(ShouldMeasure measure, List<Point> points, PeriodCalendar calendar) {
		Double target = inUnit(measure, measure.getTarget());
		Double tolerance = inUnit(measure, measure.getTolerance());
		Direction direction = direction(measure);
		int minimum = minimumSample(measure);
		List<PeriodResult> periods = new ArrayList<>();
		for (PeriodCalendar.Slot slot : calendar.complete(points)) {
			Status status;
			if (slot.value() == null) {
				status = Status.NO_DATA;
			} else if (slot.partial()) {
				status = Status.PARTIAL;
			} else if (slot.rows() >= 0 && slot.rows() < minimum) {
				status = Status.FEW_ROWS;
			} else {
				status = status(slot.value(), target, tolerance, direction);
			}
			periods.add(new PeriodResult(slot.period(), slot.value(), slot.rows(), status));
		}
		return periods;
	}

	/**
	 * The triggers that fire on one series: the measure's own that are for each value of
	 * {@code forEach} (for the measure as a whole when null), or the default one when it states none.
	 */
	public List<FiredTrigger> fire(ShouldMeasure measure, List<PeriodResult> periods, Map<String, String> dimensions, String forEach) {
		List<FiredTrigger> fired = new ArrayList<>();
		List<PeriodResult> over = over(periods);
		Double target = inUnit(measure, measure.getTarget());
		if (measure.getTriggers().isEmpty()) {
			if (forEach == null && target != null && !measure.isTrendOnly()) {
				FiredTrigger trigger = missed(null, DEFAULT_MISSES, DEFAULT_WINDOW, over, target, dimensions);
				if (trigger != null) {
					fired.add(trigger);
				}
			}
			return fired;
		}
		for (Trigger rule : measure.getTriggers()) {
			if (!java.util.Objects.equals(rule.getDimension(), forEach)) {
				continue;
			}
			FiredTrigger trigger;
			if (rule.getThreshold() != null) {
				trigger = beyond(rule, inUnit(measure, rule.getThreshold()), over, dimensions, measure.getUnit());
			} else {
				trigger = target == null || rule.getMissed() <= 0 ? null : missed(rule, rule.getMissed(), rule.getWindow(), over, target, dimensions);
			}
			if (trigger != null) {
				fired.add(trigger);
			}
		}
		return fired;
	}

	/** Missed in {@code misses} of the last {@code window} periods, or in each of the last {@code misses} (window 0). */
	private static FiredTrigger missed(Trigger rule, int misses, int window, List<PeriodResult> over, double target, Map<String, String> dimensions) {
		if (window <= 0) {
			int run = missedInARow(over);
			if (run < misses) {
				return null;
			}
			List<PeriodResult> evidence = over.subList(over.size() - run, over.size());
			return new FiredTrigger(rule, dimensions, "missed its target of " + Figures.number(target) + " in each of the last " + run
					+ " periods (" + values(evidence) + ")", List.copyOf(evidence));
		}
		List<PeriodResult> last = over.subList(Math.max(0, over.size() - window), over.size());
		long count = last.stream().filter(p -> p.status() == Status.MISSED).count();
		if (count < misses) {
			return null;
		}
		return new FiredTrigger(rule, dimensions, "missed its target of " + Figures.number(target) + " in " + count + " of the last "
				+ last.size() + " periods (" + values(last) + ")", List.copyOf(last));
	}

	/** The latest period that is over, below (or above) the threshold. */
	private static FiredTrigger beyond(Trigger rule, Double threshold, List<PeriodResult> over, Map<String, String> dimensions, String unit) {
		if (threshold == null || over.isEmpty() || !over.get(over.size() - 1).judged()) {
			return null;
		}
		PeriodResult latest = over.get(over.size() - 1);
		boolean below = rule.getBound() == Bound.BELOW;
		if (below ? latest.actual() >= threshold : latest.actual() <= threshold) {
			return null;
		}
		String suffix = unit == null ? "" : "%".equals(unit) ? "%" : " " + unit;
		return new FiredTrigger(rule, dimensions, "was " + Figures.number(latest.actual()) + suffix + " in the period of " + latest.period()
				+ ", " + (below ? "below " : "above ") + Figures.number(threshold) + suffix, List.of(latest));
	}

	private static String values(List<PeriodResult> periods) {
		return String.join(", ", periods.stream().map(p -> p.actual() == null ? "no data" : Figures.number(p.actual())).toList());
	}

	/** The periods that are over: the calendar without the partial periods at its end. */
	static List<PeriodResult> over(List<PeriodResult> periods) {
		int end = periods.size();
		while (end > 0 && periods.get(end - 1).status() == Status.PARTIAL) {
			end--;
		}
		return periods.subList(0, end);
	}

	/** Misses in a row up to the latest period that is over; a period without a judgement ends the run. */
	static int missedInARow(List<PeriodResult> over) {
		int missed = 0;
		for (int i = over.size() - 1; i >= 0 && over.get(i).status() == Status.MISSED; i--) {
			missed++;
		}
		return missed;
	}

	/** The fewest rows a period needs to be judged: as the measure states, else 100 for a percentage, else any. */
	public static int minimumSample(ShouldMeasure measure) {
		if (Features.isSet(measure, CsiPackage.Literals.SHOULD_MEASURE__MINIMUM_SAMPLE)) {
			return measure.getMinimumSample();
		}
		return Units.isPercent(measure.getUnit()) ? PERCENT_MINIMUM_SAMPLE : 0;
	}

	private static Direction direction(ShouldMeasure measure) {
		return Features.isSet(measure, CsiPackage.Literals.SHOULD_MEASURE__DIRECTION) ? measure.getDirection() : null;
	}

	static Status status(double value, Double target, Double tolerance, Direction direction) {
		if (target == null) {
			return Status.NO_TARGET;
		}
		double band = tolerance == null ? 0 : Math.abs(tolerance);
		double shortfall;
		if (direction == Direction.HIGHER) {
			shortfall = target - value;
		} else if (direction == Direction.LOWER) {
			shortfall = value - target;
		} else {
			shortfall = Math.abs(value - target); // no direction: the closer the better
		}
		if (shortfall <= 0) {
			return Status.MET;
		}
		return shortfall <= band ? Status.WITHIN_TOLERANCE : Status.MISSED;
	}

	/**
	 * Least-squares slope of the judged values against their place in the calendar (a period without
	 * a judgement leaves a gap, it does not bring its neighbours together), or null with fewer than two.
	 */
	static Double slope(List<PeriodResult> window) {
		int n = 0;
		double sumX = 0;
		double sumY = 0;
		for (int i = 0; i < window.size(); i++) {
			if (window.get(i).judged()) {
				n++;
				sumX += i;
				sumY += window.get(i).actual();
			}
		}
		if (n < 2) {
			return null;
		}
		double meanX = sumX / n;
		double meanY = sumY / n;
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < window.size(); i++) {
			if (window.get(i).judged()) {
				covariance += (i - meanX) * (window.get(i).actual() - meanY);
				variance += (i - meanX) * (i - meanX);
			}
		}
		return covariance / variance;
	}

	/**
	 * The direction of travel: the fitted change from the first to the last judged period of the window,
	 * against {@link #NO_CHANGE} of their mean; better or worse by the measure's direction.
	 */
	static String travel(double slope, List<PeriodResult> window, Direction direction) {
		int first = -1;
		int last = -1;
		double sum = 0;
		int n = 0;
		for (int i = 0; i < window.size(); i++) {
			if (window.get(i).judged()) {
				first = first < 0 ? i : first;
				last = i;
				sum += window.get(i).actual();
				n++;
			}
		}
		double change = slope * (last - first);
		if (Math.abs(change) <= NO_CHANGE * Math.abs(sum / n)) {
			return "no change";
		}
		if (direction == null) {
			return change > 0 ? "rising" : "falling";
		}
		return change > 0 == (direction == Direction.HIGHER) ? "improving" : "deteriorating";
	}

	/** A quantity in the measure's unit, or null when it is missing or its unit does not convert (the validator says so). */
	public static Double inUnit(ShouldMeasure measure, Quantity quantity) {
		if (quantity == null || quantity.getValue() == null) {
			return null;
		}
		return Units.convert(quantity.getValue().doubleValue(), quantity.getUnit(), measure.getUnit());
	}
}
