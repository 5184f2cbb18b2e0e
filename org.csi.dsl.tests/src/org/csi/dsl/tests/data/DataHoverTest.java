package org.csi.dsl.tests.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.documentation.CsiDocumentationProvider;
import org.csi.dsl.measures.Change;
import org.csi.dsl.measures.DataResult;
import org.csi.dsl.measures.DataSummaries;
import org.csi.dsl.measures.MeasureAnalysis;
import org.csi.dsl.measures.MeasureAnalyzer;
import org.csi.dsl.measures.PeriodCalendar;
import org.csi.dsl.measures.Periods;
import org.csi.dsl.measures.Point;
import org.csi.dsl.tests.CsiInjectorProvider;
import org.csi.dsl.tests.PlanSetFixture;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/**
 * The hover of a measure and of an action says what the last data run found (Eclipse: Generate CSI
 * Reports with the data feature): the latest value and its variation, and the verdict on the action.
 * The series is BehaviourAnalyzerTest's step change: the baseline (mean 11.5, limits 7.87 to 15.13),
 * then 14, 15, 14, 16, 15, 14, 15 from the action's completion on 2026-01-01.
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class DataHoverTest {

	@Inject
	private PlanSetFixture fixture;

	@Inject
	private CsiDocumentationProvider documentation;

	@Inject
	private DataSummaries summaries;

	@Test
	public void theHoversSayWhatTheDataSays() {
		PlanFile file = (PlanFile) fixture.load("m.csi", """
				package t
				should measure M "Measure"
				    unit points
				    higher is better
				    every month
				action A "Action"
				    addresses M
				    due 2026-01-31
				    completed 2026-01-01
				    status monitoring
				""").resourceSet().getResources().get(0).getContents().get(0);
		ShouldMeasure measure = (ShouldMeasure) file.getElements().get(0);
		Action action = (Action) file.getElements().get(1);
		double[] values = { 10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11, 14, 15, 14, 16, 15, 14, 15 };
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			LocalDate month = LocalDate.of(2025, 1, 1).plusMonths(i);
			points.add(new Point(month, values[i], 1, month));
		}
		PeriodCalendar calendar = new PeriodCalendar(Periods.of(measure, null), false, null, LocalDate.of(2026, 8, 1));
		MeasureAnalysis analysis = new MeasureAnalyzer().analyze(measure, "S", points, calendar,
				List.of(new Change(LocalDate.of(2026, 1, 1), "action 'A' completed", action)));
		String uri = measure.eResource().getURI().toString();
		assertEquals("Action A: Action\n\nStatus monitoring, due 2026-01-31, completed 2026-01-01.", documentation.getDocumentation(action));
		summaries.replace(List.of(uri), new DataResult(Map.of(measure, analysis), List.of()));
		assertEquals("Action A: Action\n\nStatus monitoring, due 2026-01-31, completed 2026-01-01.\n\nData of M since 2026-01-01: improved: 7"
				+ " periods in a row above the mean of 11.5 (2026-01-01 to 2026-07-01), against the limits 7.87 to 15.13 points around a mean of"
				+ " 11.5 before; mean 11.5 points before, 14.71 points after.", documentation.getDocumentation(action));
		String measureHover = documentation.getDocumentation(measure);
		// what the data says comes right after the title, where a hover that is cut short still shows it
		assertTrue(measureHover, measureHover.startsWith("Should-measure M: Measure\n\nData: latest 15 points (no target) for 2026-07-01.\n\n"
				+ "Variation: special cause: improvement, 7 periods in a row above the mean of 11.5 (2026-01-01 to 2026-07-01) (against the limits"
				+ " 7.87 to 15.13 points around a mean of 11.5 before; since action 'A' completed (2026-01-01): 7 of 12 periods for limits of its"
				+ " own).\n\n"));
		assertFalse(measureHover, measureHover.contains("Assurance"));
		// a run without data for the file forgets what it said
		summaries.replace(List.of(uri), DataResult.NONE);
		assertEquals("Action A: Action\n\nStatus monitoring, due 2026-01-31, completed 2026-01-01.", documentation.getDocumentation(action));
	}
}
