package org.csi.report.view;

import org.csi.report.PlanReport.StepRow;

/** One of the seven steps of the improvement process for a measure: whether it has it, and what stands for it. */
public final class StepView {

	private final StepRow row;
	private final TextFormat format;

	StepView(StepRow row, TextFormat format) {
		this.row = row;
		this.format = format;
	}

	/** 1 to 7. */
	public int number() {
		return row.number();
	}

	/** "should measure", "can measure", "gather", ... "act". */
	public String name() {
		return format.text(row.step());
	}

	public boolean done() {
		return row.done();
	}

	/** Whether the measure lacks the step: any step not done but the last, act (no action is needed while no gap is). */
	public boolean missing() {
		return !row.done() && row.number() != 7;
	}

	public boolean hasDetail() {
		return !row.detail().isEmpty();
	}

	/** What stands for the step: the sources, formulas, audiences or actions. */
	public String detail() {
		return format.text(row.detail());
	}
}
