package org.csi.dsl.tests.data;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.csi.dsl.analysis.Cadence;
import org.csi.dsl.csi.Frequency;
import org.csi.dsl.measures.Periods;
import org.junit.Test;

/**
 * Where periods start, and the latest period data should reach on a reference date (a Friday,
 * 2026-05-15), worked out on a calendar: periods start as SQL's date_trunc starts them (weeks on
 * Mondays, quarters in January, April, July and October).
 */
public class PeriodsTest {

	private static final LocalDate FRIDAY = LocalDate.of(2026, 5, 15);

	@Test
	public void periodsStartWhereDateTruncStartsThem() {
		assertEquals(LocalDate.of(2026, 5, 15), Periods.start(FRIDAY, new Cadence(1, Frequency.DAY)));
		assertEquals(LocalDate.of(2026, 5, 11), Periods.start(FRIDAY, new Cadence(1, Frequency.WEEK)));
		assertEquals(LocalDate.of(2026, 5, 1), Periods.start(FRIDAY, new Cadence(1, Frequency.MONTH)));
		assertEquals(LocalDate.of(2026, 4, 1), Periods.start(FRIDAY, new Cadence(1, Frequency.QUARTER)));
		assertEquals(LocalDate.of(2026, 1, 1), Periods.start(FRIDAY, new Cadence(1, Frequency.YEAR)));
	}

	@Test
	public void theLastCompletePeriodIsTheOneBeforeTheCurrent() {
		assertEquals(LocalDate.of(2026, 5, 14), Periods.lastComplete(FRIDAY, new Cadence(1, Frequency.DAY)));
		assertEquals(LocalDate.of(2026, 5, 4), Periods.lastComplete(FRIDAY, new Cadence(1, Frequency.WEEK)));
		assertEquals(LocalDate.of(2026, 4, 1), Periods.lastComplete(FRIDAY, new Cadence(1, Frequency.MONTH)));
		// a quarter back, not a month: 2026-03-01 starts no quarter (before, a quarterly measure with
		// data for the first quarter was called stale on 2026-05-15)
		assertEquals(LocalDate.of(2026, 1, 1), Periods.lastComplete(FRIDAY, new Cadence(1, Frequency.QUARTER)));
		assertEquals(LocalDate.of(2025, 1, 1), Periods.lastComplete(FRIDAY, new Cadence(1, Frequency.YEAR)));
	}

	/** Periods of N years start in years that N divides, so 2024 and 2026 for a biennial survey. */
	@Test
	public void periodsOfSeveralYearsStartInYearsTheirLengthDivides() {
		Cadence biennial = new Cadence(2, Frequency.YEAR);
		assertEquals(LocalDate.of(2026, 1, 1), Periods.start(FRIDAY, biennial));
		assertEquals(LocalDate.of(2024, 1, 1), Periods.start(LocalDate.of(2025, 6, 30), biennial));
		assertEquals(LocalDate.of(2024, 1, 1), Periods.lastComplete(FRIDAY, biennial));
		assertEquals(LocalDate.of(2028, 1, 1), Periods.next(LocalDate.of(2026, 1, 1), biennial));
		assertEquals("every 2 years", biennial.every());
	}
}
