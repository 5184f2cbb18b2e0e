package org.csi.dsl.tests.data;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

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
		assertEquals(LocalDate.of(2026, 5, 15), Periods.start(FRIDAY, Frequency.DAY));
		assertEquals(LocalDate.of(2026, 5, 11), Periods.start(FRIDAY, Frequency.WEEK));
		assertEquals(LocalDate.of(2026, 5, 1), Periods.start(FRIDAY, Frequency.MONTH));
		assertEquals(LocalDate.of(2026, 4, 1), Periods.start(FRIDAY, Frequency.QUARTER));
		assertEquals(LocalDate.of(2026, 1, 1), Periods.start(FRIDAY, Frequency.YEAR));
	}

	@Test
	public void theLastCompletePeriodIsTheOneBeforeTheCurrent() {
		assertEquals(LocalDate.of(2026, 5, 14), Periods.lastComplete(FRIDAY, Frequency.DAY));
		assertEquals(LocalDate.of(2026, 5, 4), Periods.lastComplete(FRIDAY, Frequency.WEEK));
		assertEquals(LocalDate.of(2026, 4, 1), Periods.lastComplete(FRIDAY, Frequency.MONTH));
		// a quarter back, not a month: 2026-03-01 starts no quarter (before, a quarterly measure with
		// data for the first quarter was called stale on 2026-05-15)
		assertEquals(LocalDate.of(2026, 1, 1), Periods.lastComplete(FRIDAY, Frequency.QUARTER));
		assertEquals(LocalDate.of(2025, 1, 1), Periods.lastComplete(FRIDAY, Frequency.YEAR));
	}
}
