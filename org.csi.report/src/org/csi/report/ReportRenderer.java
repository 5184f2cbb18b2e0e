package org.csi.report;

/** Writes one plan's report in one format. A new format is a renderer and a line in {@link ReportFormat}. */
public interface ReportRenderer {

	/** The report's text, whole. */
	String render(PlanReport report);
}
