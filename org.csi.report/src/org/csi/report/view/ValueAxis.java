package org.csi.report.view;

/**
 * A chart's value axis: from {@code low} to {@code high} in ticks of {@code step}, a round number
 * (1, 2 or 5 times a power of ten), spanning the values shown with a margin of 6% on each side, in
 * about five ticks.
 */
public record ValueAxis(double low, double high, double step) {

	/** The axis over values from {@code min} to {@code max} (0 to 1 when there are none, one unit when they are all equal). */
	public static ValueAxis spanning(double min, double max) {
		if (min > max) {
			min = 0;
			max = 1;
		}
		if (max - min < 1e-9) {
			max = min + 1;
		}
		double pad = (max - min) * 0.06;
		double step = niceStep((max - min + 2 * pad) / 5);
		return new ValueAxis(Math.floor((min - pad) / step) * step, Math.ceil((max + pad) / step) * step, step);
	}

	/** 1, 2 or 5 times a power of ten, the nearest at or above {@code rough}. */
	static double niceStep(double rough) {
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		for (double m : new double[] { 1, 2, 5, 10 }) {
			if (m * power >= rough - 1e-12) {
				return m * power;
			}
		}
		return 10 * power;
	}
}
