package org.csi.dsl.measures;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units csi knows: durations (minutes, hours, days, weeks, in the spellings below), which convert
 * into each other, and percent ({@code %} or {@code percent}). Any other unit is compared by name,
 * without regard to case, and converts to nothing but itself.
 */
public final class Units {

	/** Minutes per unit, by every spelling a plan may use. */
	private static final Map<String, Double> MINUTES = Map.ofEntries(Map.entry("minute", 1.0), Map.entry("minutes", 1.0),
			Map.entry("min", 1.0), Map.entry("mins", 1.0), Map.entry("hour", 60.0), Map.entry("hours", 60.0), Map.entry("h", 60.0),
			Map.entry("hrs", 60.0), Map.entry("day", 1440.0), Map.entry("days", 1440.0), Map.entry("week", 10080.0),
			Map.entry("weeks", 10080.0));

	private static final List<String> PERCENT = List.of("%", "percent");

	private Units() {
	}

	/** Whether the unit is a duration csi converts. */
	public static boolean isDuration(String unit) {
		return unit != null && MINUTES.containsKey(unit.toLowerCase(Locale.ROOT));
	}

	/** Whether the unit is percent. */
	public static boolean isPercent(String unit) {
		return unit != null && PERCENT.contains(unit.toLowerCase(Locale.ROOT));
	}

	/**
	 * {@code value} in {@code from} expressed in {@code to}, or null when the units do not convert.
	 * A value without a unit is taken to be in {@code to} already, and so is any value when
	 * {@code to} is null (a measure that states no unit).
	 */
	public static Double convert(double value, String from, String to) {
		if (from == null || to == null || from.equalsIgnoreCase(to)) {
			return value;
		}
		if (isPercent(from) && isPercent(to)) {
			return value;
		}
		if (isDuration(from) && isDuration(to)) {
			return value * MINUTES.get(from.toLowerCase(Locale.ROOT)) / MINUTES.get(to.toLowerCase(Locale.ROOT));
		}
		return null;
	}

	/** The units a quantity on a measure in {@code unit} may be written in, as a sentence lists them. */
	public static String fitting(String unit) {
		if (isDuration(unit)) {
			return "minutes, hours, days or weeks";
		}
		if (isPercent(unit)) {
			return "% or percent";
		}
		return unit;
	}

	/** How a figure in this unit is followed: "%" for a percentage, " hours", nothing without a unit. */
	public static String suffix(String unit) {
		return unit == null ? "" : isPercent(unit) ? "%" : " " + unit;
	}
}
