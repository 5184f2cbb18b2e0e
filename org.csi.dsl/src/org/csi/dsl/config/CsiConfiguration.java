package org.csi.dsl.config;

import java.time.LocalDate;
import java.util.Map;

/** The content of a {@code csi.properties} file, as read by {@link CsiConfigurationReader}. */
public record CsiConfiguration(Map<String, String> severities, LocalDate referenceDate) {
}
