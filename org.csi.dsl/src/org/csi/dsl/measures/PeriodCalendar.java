package org.csi.dsl.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.analysis.Cadence;
import org.csi.dsl.csi.Frequency;

/**
 * Every period of a measure, not only those that have rows: from its first data (or the plan's
 * period start, when that is earlier) to the last period that is over at the reference date, or to
 * its latest data when that is later.
 * <ul>
 * <li>A period between the first and the latest data without a value is 0 when the computation
 * counts or sums ({@code emptyIsZero}: no breaches that month is a count of 0), else "no data" (a
 * mean of no rows is nothing). A period before the first data or after the latest is always "no
 * data": the source does not reach it.</li>
 * <li>A period that is not over at the reference date, and the first period of the data when its
 * first row is later than the period's first day, are partial: shown, never judged.</li>
 * </ul>
 * Values that do not fall on the first day of a period (a hand-written query may return any date),
 * or that lie more than {@link #MAX_PERIODS} periods apart, are kept as they are, without a calendar. Hourly values are kept as they are too: a period is a day
 * at the finest.
 */
public record PeriodCalendar(Cadence cadence, boolean emptyIsZero, LocalDate planStart, LocalDate reference) {

	/** The most periods between a measure's first and latest data that a calendar fills in (more: the values as they are). */
	public static final int MAX_PERIODS = 200_000;

	/** How far before its data a plan's period start may open the calendar (further back, the data opens it). */
	public static final int MAX_YEARS_BEFORE = 100;

	/** One period of the calendar. */
	public record Slot(LocalDate period, Double value, long rows, boolean partial) {
	}

	/** The slots from the values of the periods that have rows, in order. */
	public List<Slot> complete(List<Point> points) {
		List<Slot> slots = new ArrayList<>();
		if (points.isEmpty()) {
			return slots;
		}
		LocalDate lastComplete = Periods.lastComplete(reference, cadence);
		long days = java.time.temporal.ChronoUnit.DAYS.between(points.get(0).period(), points.get(points.size() - 1).period());
		boolean aligned = cadence.unit() != Frequency.HOUR && days / cadence.days() <= MAX_PERIODS
				&& points.stream().allMatch(p -> Periods.start(p.period(), cadence).equals(p.period()));
		if (!aligned) {
			for (Point point : points) {
				slots.add(new Slot(point.period(), point.value(), point.rows(), Periods.start(point.period(), cadence).isAfter(lastComplete)));
			}
			return slots;
		}
		Map<LocalDate, Point> byPeriod = new HashMap<>();
		points.forEach(p -> byPeriod.put(p.period(), p));
		Point firstPoint = points.get(0);
		LocalDate first = firstPoint.period();
		LocalDate last = points.get(points.size() - 1).period();
		LocalDate from = first;
		if (planStart != null && Periods.start(planStart, cadence).isBefore(from)
				&& Periods.start(planStart, cadence).isAfter(first.minusYears(MAX_YEARS_BEFORE))) {
			from = Periods.start(planStart, cadence);
		}
		LocalDate to = last.isBefore(lastComplete) ? lastComplete : last;
		for (LocalDate period = from; !period.isAfter(to); period = Periods.next(period, cadence)) {
			Point point = byPeriod.get(period);
			boolean partial = period.isAfter(lastComplete)
					|| period.equals(first) && firstPoint.firstDay() != null && firstPoint.firstDay().isAfter(period);
			if (point != null) {
				Double value = point.value() == null && emptyIsZero ? Double.valueOf(0) : point.value();
				slots.add(new Slot(period, value, point.rows(), partial));
			} else if (period.isBefore(first) || period.isAfter(last)) {
				slots.add(new Slot(period, null, 0, partial));
			} else {
				slots.add(new Slot(period, emptyIsZero ? Double.valueOf(0) : null, 0, partial));
			}
		}
		return slots;
	}
}
