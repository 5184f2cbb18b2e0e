package org.csi.dsl.measures;

/**
 * How a period's value stands against the measure's target, or why it is not judged: it has no data,
 * it is not over at the reference date (or the data starts inside it), or it has fewer rows than the
 * measure's minimum sample.
 */
public enum Status {
	MET("met"), WITHIN_TOLERANCE("within tolerance"), MISSED("missed"), NO_TARGET("no target"), NO_DATA("no data"),
	PARTIAL("partial period"), FEW_ROWS("too few rows");

	private final String label;

	Status(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether a period of this status counts in runs, triggers and trends. */
	public boolean judged() {
		return this == MET || this == WITHIN_TOLERANCE || this == MISSED || this == NO_TARGET;
	}
}
