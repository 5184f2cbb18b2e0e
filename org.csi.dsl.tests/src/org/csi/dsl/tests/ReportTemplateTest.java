package org.csi.dsl.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.csi.report.PlanReport;
import org.csi.report.PlanReport.GapRow;
import org.csi.report.PlanReport.MeasureRow;
import org.csi.report.PlanReport.StepRow;
import org.csi.report.PlanReport.Summary;
import org.csi.report.ReportFormat;
import org.junit.Test;

/**
 * How the HTML and Markdown templates write a page: its own lines end in a line feed on every
 * platform, while a plan's text keeps its line breaks and blanks, wherever the template puts it.
 */
public class ReportTemplateTest {

	private static PlanReport report(String description, List<GapRow> gaps) {
		List<StepRow> steps = List.of(new StepRow(1, "should measure", true, "Restore"), new StepRow(7, "act", false, ""));
		MeasureRow measure = new MeasureRow("Restore", "Time to restore", null, null, null, null, null, null, List.of(), null, null,
				List.of(), List.of(), gaps, steps, null, null, null, null, false, null, List.of(), List.of(), null);
		Summary summary = new Summary(0, 1, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0, 0, null);
		return new PlanReport("P", "shop.P", "Plan", null, null, null, description, null, summary, List.of(), List.of(measure), List.of(),
				List.of(), List.of(), null);
	}

	private static String render(ReportFormat format, PlanReport report) {
		return format.renderer().render(report);
	}

	@Test
	public void pageLinesEndInALineFeed() {
		assertFalse(render(ReportFormat.HTML, report("one line", List.of())).contains("\r"));
		assertFalse(render(ReportFormat.MARKDOWN, report("one line", List.of())).contains("\r"));
	}

	@Test
	public void textKeepsItsOwnLineBreaks() {
		assertTrue(render(ReportFormat.HTML, report("first\r\nsecond\rthird", List.of())).contains("<p>first\r\nsecond\rthird</p>\n</header>\n"));
	}

	@Test
	public void blankTextKeepsItsLine() {
		assertTrue(render(ReportFormat.MARKDOWN, report("  ", List.of())).contains("Plan `shop.P`\n\n  \n\n## Key performance indicators\n"));
	}

	@Test
	public void separatorFollowsTheTextBeforeIt() {
		List<GapRow> gaps = List.of(new GapRow("unit", "open", "a ", null, null, null), new GapRow("unit", "open", "b", null, null, null));
		String markdown = render(ReportFormat.MARKDOWN, report(null, gaps));
		assertTrue(markdown, markdown.contains("| **open** unit: a <br>**open** unit: b |"));
	}
}
