package org.csi.dsl.ide.highlighting;

/**
 * What a piece of plan text is, for colouring. The keyword that opens an element is coloured by
 * the step of the improvement cycle it belongs to, so that the steps are easy to tell apart.
 */
public enum HighlightStyle {
	KEYWORD("Keywords"),
	COMMENT("Comments"),
	STRING("Texts"),
	NUMBER("Numbers"),
	DATE("Dates"),
	REFERENCE("References"),
	DECLARATION("Declared names"),
	/** Vision, strategy, goals, services, processes, roles and CSFs: what to improve and why. */
	STEP_STRATEGY("Vision and goals"),
	/** Step 1: what should be measured. */
	STEP_SHOULD("Step 1: should measure"),
	/** Step 2: what can be measured. */
	STEP_CAN("Step 2: can measure"),
	/** Steps 3 to 6: gather, process, analyse and present the data. */
	STEP_DATA("Steps 3-6: the data"),
	/** Step 7: corrective actions and accepted gaps. */
	STEP_ACTION("Step 7: actions");

	private final String label;

	HighlightStyle(String label) {
		this.label = label;
	}

	/** How the style is named where a user sees it, for example on a preference page. */
	public String label() {
		return label;
	}
}
