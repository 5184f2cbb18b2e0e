package org.csi.dsl.measures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.csi.dsl.analysis.Features;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Frequency;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.ShouldMeasure;

/** Period arithmetic of step 5: which period a measure is computed per, and where periods start. */
public final class Periods {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	private Periods() {
	}

	/** The measure's {@code every}, else its processing step's, else a month. */
	public static Frequency of(ShouldMeasure measure, Processing processing) {
		if (Features.isSet(measure, P.getShouldMeasure_Frequency())) {
			return measure.getFrequency();
		}
		return processing != null && Features.isSet(processing, P.getStep_Frequency()) ? processing.getFrequency() : Frequency.MONTH;
	}

	/** The first day of the period that holds {@code date}, as SQL's date_trunc counts periods. */
	public static LocalDate start(LocalDate date, Frequency frequency) {
		return switch (frequency) {
		case HOUR, DAY -> date;
		case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		case MONTH -> date.withDayOfMonth(1);
		case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
		case YEAR -> date.withDayOfYear(1);
		};
	}

	/** The first day of the last period that is over on {@code date}: the latest one data should reach. */
	public static LocalDate lastComplete(LocalDate date, Frequency frequency) {
		LocalDate current = start(date, frequency);
		return switch (frequency) {
		case HOUR, DAY -> current.minus(1, ChronoUnit.DAYS);
		case WEEK -> current.minus(1, ChronoUnit.WEEKS);
		case MONTH -> current.minus(1, ChronoUnit.MONTHS);
		case QUARTER -> current.minus(3, ChronoUnit.MONTHS);
		case YEAR -> current.minus(1, ChronoUnit.YEARS);
		};
	}
}
