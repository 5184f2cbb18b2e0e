package org.csi.dsl.tests.data;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.measures.MeasureAnalysis;
import org.csi.dsl.measures.MeasureAnalyzer;
import org.csi.dsl.measures.Point;
import org.csi.dsl.tests.CsiInjectorProvider;
import org.csi.dsl.tests.PlanSetFixture;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** Step 5: each period against target and tolerance, the baseline, the trend, misses in a row. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class MeasureAnalyzerTest {

	@Inject
	private PlanSetFixture fixture;

	private ShouldMeasure measure(String clauses) {
		PlanFile file = (PlanFile) fixture.load("m.csi", "package t\nshould measure M \"Measure\"\n" + clauses + "\n").resourceSet()
				.getResources().get(0).getContents().get(0);
		return (ShouldMeasure) file.getElements().get(0);
	}

	private static List<Point> points(double... values) {
		List<Point> points = new java.util.ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			points.add(new Point(LocalDate.of(2026, 1 + i, 1), values[i]));
		}
		return points;
	}

	private static String statuses(MeasureAnalysis analysis) {
		return analysis.periods().stream().map(p -> p.status().label()).collect(Collectors.joining(", "));
	}

	@Test
	public void higherIsBetter() {
		MeasureAnalysis analysis = new MeasureAnalyzer().analyze(measure("    higher is better\n    target 70%\n    tolerance 5%\n"
				+ "    baseline 60% as of 2026-01-01"), "S", points(71, 70, 66, 64.9, 60), List.of());
		assertEquals("met, met, within tolerance, missed, missed", statuses(analysis));
		assertEquals(2, analysis.missedInARow());
		assertEquals(0.0, analysis.baselineChange(), 1e-9);
		assertEquals(-2.71, analysis.trend(), 1e-9);
		assertEquals(MeasureAnalyzer.DEFAULT_TREND_PERIODS, analysis.trendPeriods());
	}

	@Test
	public void lowerIsBetter() {
		MeasureAnalysis analysis = new MeasureAnalyzer().analyze(measure("    lower is better\n    target 4 hours\n    tolerance 1 hours"), "S",
				points(6, 5, 4.5, 3), List.of());
		assertEquals("missed, within tolerance, within tolerance, met", statuses(analysis));
		assertEquals(0, analysis.missedInARow());
		assertEquals(null, analysis.baselineChange());
	}

	@Test
	public void withoutDirectionTheCloserTheBetter() {
		MeasureAnalysis analysis = new MeasureAnalyzer().analyze(measure("    target 10\n    tolerance 2"), "S", points(10, 12, 7), List.of());
		assertEquals("met, within tolerance, missed", statuses(analysis));
	}

	@Test
	public void withoutTargetThereIsNothingToJudge() {
		MeasureAnalysis analysis = new MeasureAnalyzer().analyze(measure("    unit %"), "S", points(1), List.of());
		assertEquals("no target", statuses(analysis));
		assertEquals(null, analysis.trend());
	}
}
