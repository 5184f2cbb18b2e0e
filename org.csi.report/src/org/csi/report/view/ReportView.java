package org.csi.report.view;

import java.util.List;

import org.csi.report.PlanReport;

/**
 * What a report template reads of a plan's {@link PlanReport}: every text already escaped for
 * the page's format (HTML or Markdown), numbers as numbers, and markup only as {@link Markup}.
 * The report itself stays inside this package, so a template cannot write a plan's text
 * without going through an accessor that escapes it.
 */
public final class ReportView {

	private final PlanReport report;
	private final TextFormat format;

	private ReportView(PlanReport report, TextFormat format) {
		this.report = report;
		this.format = format;
	}

	/** The report for an HTML page. */
	public static ReportView html(PlanReport report) {
		return new ReportView(report, TextFormat.HTML);
	}

	/** The report for a Markdown document. */
	public static ReportView markdown(PlanReport report) {
		return new ReportView(report, TextFormat.MARKDOWN);
	}

	PlanReport report() {
		return report;
	}

	public String title() {
		return format.text(report.title());
	}

	public String qualifiedName() {
		return format.text(report.qualifiedName());
	}

	/** The plan's qualified name where the page shows it as code. */
	public String qualifiedNameAsCode() {
		return format.code(report.qualifiedName());
	}

	public boolean hasPeriod() {
		return report.periodStart() != null;
	}

	public String periodStart() {
		return format.date(report.periodStart());
	}

	public String periodEnd() {
		return format.date(report.periodEnd());
	}

	public boolean hasOwner() {
		return report.owner() != null;
	}

	/** The role accountable for the plan. */
	public String owner() {
		return format.text(report.owner());
	}

	public boolean hasReportDate() {
		return report.reportDate() != null;
	}

	public String reportDate() {
		return format.text(report.reportDate());
	}

	public boolean hasDescription() {
		return report.description() != null;
	}

	public String description() {
		return format.text(report.description());
	}

	public SummaryView summary() {
		return new SummaryView(report.summary(), format);
	}

	/** The should-measures, in the order of the plan files. */
	public List<MeasureView> measures() {
		return report.measures().stream().map(m -> new MeasureView(m, format)).toList();
	}

	/** The should-measures computed from data (steps 3 to 5 on data). */
	public List<MeasureView> computedMeasures() {
		return measures().stream().filter(MeasureView::hasFigures).toList();
	}

	/** The seven steps, as the column headings of a table of the measures' steps; none without measures. */
	public List<StepView> stepHeadings() {
		return report.measures().isEmpty() ? List.of() : measures().get(0).steps();
	}

	/** The CSI register: the plan's actions. */
	public List<ActionView> register() {
		return report.register().stream().map(a -> new ActionView(a, format)).toList();
	}

	/** The findings in the plan's files. */
	public List<FindingView> findings() {
		return report.findings().stream().map(f -> new FindingView(f, format)).toList();
	}
}
