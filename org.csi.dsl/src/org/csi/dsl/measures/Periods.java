package org.csi.dsl.measures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.csi.dsl.analysis.Cadence;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.ShouldMeasure;

/** Period arithmetic of step 5: which period a measure is computed per, and where periods start. */
public final class Periods {

	private Periods() {
	}

	/** The measure's {@code every}, else its processing step's, else a month. */
	public static Cadence of(ShouldMeasure measure, Processing processing) {
		Cadence own = Cadence.of(measure);
		if (own != null) {
			return own;
		}
		Cadence step = processing == null ? null : Cadence.of(processing);
		return step != null ? step : Cadence.MONTHLY;
	}

	/**
	 * The first day of the period that holds {@code date}, as SQL's date_trunc counts periods; a
	 * period of N years starts in a year that N divides (2024 for {@code every 2 years} and 2025).
	 */
	public static LocalDate start(LocalDate date, Cadence cadence) {
		return switch (cadence.unit()) {
		case HOUR, DAY -> date;
		case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		case MONTH -> date.withDayOfMonth(1);
		case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
		case YEAR -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), cadence.count()), 1, 1);
		};
	}

	/** The first day of the period after the one that starts on {@code start}. */
	public static LocalDate next(LocalDate start, Cadence cadence) {
		return switch (cadence.unit()) {
		case HOUR, DAY -> start.plusDays(1);
		case WEEK -> start.plusWeeks(1);
		case MONTH -> start.plusMonths(1);
		case QUARTER -> start.plusMonths(3);
		case YEAR -> start.plusYears(cadence.count());
		};
	}

	/** The first day of the last period that is over on {@code date}: the latest one data should reach. */
	public static LocalDate lastComplete(LocalDate date, Cadence cadence) {
		return start(start(date, cadence).minusDays(1), cadence);
	}
}
