package org.csi.dsl.data;

import java.time.LocalDate;

/** The value of a measure for the period that starts on {@code period}. */
public record Point(LocalDate period, double value) {
}
