package org.csi.report.view;

/** How many of something a report counts, such as the actions with one status; the label is escaped. */
public final class CountView {

	private final String label;
	private final int count;

	CountView(String label, int count) {
		this.label = label;
		this.count = count;
	}

	public String label() {
		return label;
	}

	public int count() {
		return count;
	}
}
