package org.csi.dsl.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.dsl.analysis.Features;
import org.csi.dsl.common.Figures;
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

	/** The default trigger, for a measure with a target that states none: missed in 3 of the last 6 periods. */
	public static final int DEFAULT_MISSES = 3;
	public static final int DEFAULT_WINDOW = 6;

	/** A percentage over fewer rows than this misleads (ITIL CSI: use counts for small numbers). */
	public static final int PERCENT_MINIMUM_SAMPLE = 100;

	private final ProcessBehaviour.Settings settings;

	public MeasureAnalyzer() {
		this(ProcessBehaviour.Settings.DEFAULT);
	}

	/** An analyzer that judges variation with these rules (the plan set's {@code spc.*} settings). */
	public MeasureAnalyzer(ProcessBehaviour.Settings settings) {
		this.settings = settings;
	}

	/**
	 * A measure's figures over its calendar, with its process behaviour split at the known changes
	 * and a verdict for every completed action among them.
	 */
	public MeasureAnalysis analyze(ShouldMeasure measure, String source, List<Point> points, PeriodCalendar calendar, List<Change> changes) {
		List<PeriodResult> periods = judge(measure, points, calendar);
		Double baselineChange = null;
		PeriodResult latest = MeasureAnalysis.latest(periods);
		Double baseline = measure.getBaseline() == null ? null : inUnit(measure, measure.getBaseline().getValue());
		if (baseline != null && latest != null && latest.judged()) { // a latest period without a judgement has no change to show
			baselineChange = latest.actual() - baseline;
		}
		List<PeriodResult> over = over(periods);
		int minimum = minimumSample(measure);
		Behaviour behaviour = behaviour(measure, periods, changes);
		List<ActionVerdict> verdicts = new ArrayList<>();
		BehaviourAnalyzer variation = new BehaviourAnalyzer(settings);
		for (Change change : changes) {
			if (change.action() != null) {
				verdicts.add(variation.verdict(change, measure.getName(), periods, behaviour, direction(measure), measure.getUnit()));
			}
		}
		MeasureAnalysis analysis = new MeasureAnalysis(measure, source, calendar.cadence(), List.copyOf(periods), inUnit(measure, measure.getTarget()),
				inUnit(measure, measure.getTolerance()), baselineChange, behaviour, missedInARow(over), inUnit(measure, measure.getBenchmark()),
				minimum, List.of(), List.of(), List.copyOf(verdicts));
		return analysis.withFired(fire(measure, periods, Map.of(), null));
	}

	/** The process behaviour of one series of the measure (the whole, or one breakdown value). */
	public Behaviour behaviour(ShouldMeasure measure, List<PeriodResult> periods, List<Change> changes) {
		return new BehaviourAnalyzer(settings).analyze(periods, changes, direction(measure), inUnit(measure, measure.getTarget()),
				inUnit(measure, measure.getTolerance()));
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
		String suffix = Units.suffix(unit);
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

	static Direction direction(ShouldMeasure measure) {
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

	/** A quantity in the measure's unit, or null when it is missing or its unit does not convert (the validator says so). */
	public static Double inUnit(ShouldMeasure measure, Quantity quantity) {
		if (quantity == null || quantity.getValue() == null) {
			return null;
		}
		return Units.convert(quantity.getValue().doubleValue(), quantity.getUnit(), measure.getUnit());
	}
}
