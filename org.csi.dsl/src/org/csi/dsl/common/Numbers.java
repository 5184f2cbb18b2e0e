package org.csi.dsl.common;

import java.math.BigDecimal;

/**
 * Which numbers a plan may compare figures with. csi judges in binary floating point (as the
 * databases compute), exact to 15 significant digits: a target of 400 digits would become an
 * infinity and every judgement against it meaningless.
 */
public final class Numbers {

	private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

	/** Significant digits csi keeps exactly. */
	public static final int DIGITS = 15;

	private Numbers() {
	}

	public static boolean isJudgeable(BigDecimal value) {
		return problemWith(value) == null;
	}

	/** Why {@code value} cannot be judged with, or null. */
	public static String problemWith(BigDecimal value) {
		if (value.abs().compareTo(LIMIT) >= 0) {
			return "The number " + abbreviated(value) + " is too large: csi compares figures below 10^15";
		}
		if (value.stripTrailingZeros().precision() > DIGITS) {
			return "The number " + abbreviated(value) + " has more than " + DIGITS + " significant digits, more than csi can compare exactly";
		}
		return null;
	}

	/** The number, or its first and last digits when it is long. */
	private static String abbreviated(BigDecimal value) {
		String text = value.toPlainString();
		return text.length() <= 24 ? text : text.substring(0, 10) + "..." + text.substring(text.length() - 6) + " (" + text.length() + " characters)";
	}
}
