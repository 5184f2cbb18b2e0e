package org.csi.dsl.config;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.csi.dsl.report.ReportFormat;

/** The content of a {@code csi.properties} file, as read by {@link CsiConfigurationReader}. */
public record CsiConfiguration(Map<String, String> severities, LocalDate referenceDate, Reports reports) {

	/**
	 * Where the Eclipse builder writes the reports of a project, in which formats, and whether it
	 * writes them on every build. The CLI takes these from its options.
	 */
	public record Reports(String folder, Set<ReportFormat> formats, boolean onBuild) {

		public static final Reports DEFAULT = new Reports("reports", EnumSet.allOf(ReportFormat.class), true);
	}

	/** No file: default severities, today as reference date, default report options. */
	public static final CsiConfiguration DEFAULT = new CsiConfiguration(Map.of(), null, Reports.DEFAULT);
}
