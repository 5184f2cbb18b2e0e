package org.csi.dsl.measures;

import java.time.LocalDate;

/**
 * One period of a measure's calendar: its value, the rows behind it, and how it stands against the
 * target.
 *
 * @param actual null for a period without data
 * @param rows   the rows behind the value, or -1 when not known
 */
public record PeriodResult(LocalDate period, Double actual, long rows, Status status) {

	/** Whether the period counts in a judgement: it is over, has data and enough rows. */
	public boolean judged() {
		return status.judged();
	}
}
