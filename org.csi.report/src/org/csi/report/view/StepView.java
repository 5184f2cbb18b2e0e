package org.csi.report.view;

import org.csi.report.PlanReport.StepRow;

/** One of the seven steps of the improvement process for a measure: whether it has it, and what stands for it. */
public final class StepView extends View<StepRow> {

	StepView(StepRow value, TextFormat format) {
		super(value, format);
	}

	/** 1 to 7. */
	public int number() {
		return value.number();
	}

	/** "should measure", "can measure", "gather", ... "act". */
	public String name() {
		return format.text(value.step());
	}

	public boolean done() {
		return value.done();
	}

	/** Whether the measure lacks the step: any step not done but the last, act (no action is needed while no gap is). */
	public boolean missing() {
		return !value.done() && value.number() != 7;
	}

	public boolean hasDetail() {
		return !value.detail().isEmpty();
	}

	/** What stands for the step: the sources, formulas, audiences or actions. */
	public String detail() {
		return format.text(value.detail());
	}
}
