package org.csi.dsl.measures;

import java.time.LocalDate;

/** The value of a measure for the period that starts on {@code period}. */
public record Point(LocalDate period, double value) {
}
