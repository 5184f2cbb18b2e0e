package org.csi.dsl.measures;

import java.time.LocalDate;

/**
 * The value of a measure for the period that starts on {@code period}, as the data gives it.
 *
 * @param value    null when the period has rows but nothing to compute from them (a mean of no rows)
 * @param rows     the rows behind the value (after the computation's {@code where}), or -1 when a
 *                 hand-written query does not say
 * @param firstDay the day of the period's earliest row, or null when not known
 */
public record Point(LocalDate period, Double value, long rows, LocalDate firstDay) {

	/** A value whose rows are not known. */
	public Point(LocalDate period, double value) {
		this(period, value, -1, null);
	}
}
