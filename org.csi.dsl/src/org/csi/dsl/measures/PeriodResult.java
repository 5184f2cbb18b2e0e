package org.csi.dsl.measures;

import java.time.LocalDate;

/** One period of a measure: its value and how it stands against the target. */
public record PeriodResult(LocalDate period, double actual, Status status) {
}
