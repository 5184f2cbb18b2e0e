package org.csi.dsl.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are written for people: at most two decimals, no trailing zeros. */
public final class Figures {

	private Figures() {
	}

	public static String number(Double value) {
		if (value == null) {
			return "-";
		}
		if (value.isNaN() || value.isInfinite()) {
			return value.toString(); // never judged (csi.number.range), but never a crash either
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}
}
