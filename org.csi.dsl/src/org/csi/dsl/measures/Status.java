package org.csi.dsl.measures;

/** How a period's value stands against the measure's target. */
public enum Status {
	MET("met"), WITHIN_TOLERANCE("within tolerance"), MISSED("missed"), NO_TARGET("no target");

	private final String label;

	Status(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
