package org.csi.dsl.measures;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.analysis.Features;
import org.csi.dsl.csi.Analysis;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Direction;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.ShouldMeasure;

/** Judges a measure's values against its target, tolerance and baseline (step 5). */
public class MeasureAnalyzer {

	/** How many periods a trend covers when the plan's analysis step does not say. */
	public static final int DEFAULT_TREND_PERIODS = 6;

	public MeasureAnalysis analyze(ShouldMeasure measure, String source, List<Point> points, List<Analysis> analyses) {
		Double target = value(measure.getTarget());
		Double tolerance = value(measure.getTolerance());
		Direction direction = Features.isSet(measure, CsiPackage.Literals.SHOULD_MEASURE__DIRECTION) ? measure.getDirection() : null;
		List<PeriodResult> periods = new ArrayList<>();
		for (Point point : points) {
			periods.add(new PeriodResult(point.period(), point.value(), status(point.value(), target, tolerance, direction)));
		}
		Double baselineChange = null;
		if (measure.getBaseline() != null && !points.isEmpty()) {
			baselineChange = points.get(points.size() - 1).value() - measure.getBaseline().getValue().getValue().doubleValue();
		}
		int trendPeriods = analyses.stream().filter(a -> a.getTrendPeriods() > 0).mapToInt(Analysis::getTrendPeriods).findFirst()
				.orElse(DEFAULT_TREND_PERIODS);
		List<Point> window = points.subList(Math.max(0, points.size() - trendPeriods), points.size());
		int missed = 0;
		for (int i = periods.size() - 1; i >= 0 && periods.get(i).status() == Status.MISSED; i--) {
			missed++;
		}
		return new MeasureAnalysis(measure, source, List.copyOf(periods), target, tolerance, baselineChange, slope(window), trendPeriods,
				missed, List.of());
	}

	/** The status of every value of one breakdown combination, against the measure's target. */
	public List<PeriodResult> judge(ShouldMeasure measure, List<Point> points) {
		Double target = value(measure.getTarget());
		Double tolerance = value(measure.getTolerance());
		Direction direction = Features.isSet(measure, CsiPackage.Literals.SHOULD_MEASURE__DIRECTION) ? measure.getDirection() : null;
		return points.stream().map(p -> new PeriodResult(p.period(), p.value(), status(p.value(), target, tolerance, direction))).toList();
	}

	static Status status(double value, Double target, Double tolerance, Direction direction) {
		if (target == null) {
			return Status.NO_TARGET;
		}
		double band = tolerance == null ? 0 : Math.abs(tolerance);
		double shortfall;
		if (direction == Direction.HIGHER) {
			shortfall = target - value;
		} else if (direction == Direction.LOWER) {
			shortfall = value - target;
		} else {
			shortfall = Math.abs(value - target); // no direction: the closer the better
		}
		if (shortfall <= 0) {
			return Status.MET;
		}
		return shortfall <= band ? Status.WITHIN_TOLERANCE : Status.MISSED;
	}

	/** Least-squares slope of the values against their position, or null with fewer than two. */
	static Double slope(List<Point> points) {
		int n = points.size();
		if (n < 2) {
			return null;
		}
		double meanX = (n - 1) / 2.0;
		double meanY = points.stream().mapToDouble(Point::value).average().getAsDouble();
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < n; i++) {
			covariance += (i - meanX) * (points.get(i).value() - meanY);
			variance += (i - meanX) * (i - meanX);
		}
		return covariance / variance;
	}

	private static Double value(Quantity quantity) {
		return quantity == null || quantity.getValue() == null ? null : quantity.getValue().doubleValue();
	}
}
