package org.csi.dsl.analysis;

import org.csi.dsl.csi.Frequency;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How often, as an {@code every} clause says it: a period ({@code month}) and, for years only, how
 * many of them ({@code every 2 years}, the cadence of a biennial survey).
 */
public record Cadence(int count, Frequency unit) {

	public static final Cadence MONTHLY = new Cadence(1, Frequency.MONTH);

	/** The cadence of an element's {@code every} clause, or null when it has none. */
	public static Cadence of(EObject element) {
		EStructuralFeature frequency = element.eClass().getEStructuralFeature("frequency");
		if (frequency == null || !Features.isSet(element, frequency)) {
			return null;
		}
		EStructuralFeature multiple = element.eClass().getEStructuralFeature("multiple");
		int count = multiple == null ? 0 : (Integer) element.eGet(multiple);
		return new Cadence(Math.max(1, count), (Frequency) element.eGet(frequency));
	}

	/** Roughly how many days a period lasts: to tell which of two cadences is more often. */
	public double days() {
		double unitDays = switch (unit) {
		case HOUR -> 1.0 / 24;
		case DAY -> 1;
		case WEEK -> 7;
		case MONTH -> 30.4;
		case QUARTER -> 91.3;
		case YEAR -> 365.25;
		};
		return count * unitDays;
	}

	/** Whether periods of this cadence are longer than those of {@code other}. */
	public boolean lessOftenThan(Cadence other) {
		return days() > other.days();
	}

	/** "every month", "every 2 years". */
	public String every() {
		return "every " + periods();
	}

	/** "month", "2 years". */
	public String periods() {
		return count == 1 ? unit.getLiteral() : count + " " + unit.getLiteral() + "s";
	}

	@Override
	public String toString() {
		return every();
	}
}
