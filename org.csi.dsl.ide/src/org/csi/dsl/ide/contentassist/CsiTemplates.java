package org.csi.dsl.ide.contentassist;

import java.util.List;

/**
 * Templates for each step of the improvement cycle, offered where a new element can start. Each
 * is laid out as the formatter lays out plans (a test keeps it so); the words in capitals are for
 * the user to replace.
 */
public final class CsiTemplates {

	/** A template: its name in the proposal list, what it is for, and its text. */
	public record Template(String name, String description, String text) {
	}

	private static final String I = "    ";

	public static final List<Template> ALL = List.of(
			new Template("vision", "Vision and strategy: what the organisation wants to be, and how it gets there",
					"vision Vision \"What the organisation wants to be\"\nstrategy Strategy \"How it gets there\" supports Vision"),
			new Template("tactical goal", "A tactical goal that supports a strategy",
					"tactical goal Goal \"What to reach this year\" supports STRATEGY"),
			new Template("operational goal", "An operational goal that refines a tactical goal",
					"operational goal Goal \"What to reach this quarter\" refines TACTICAL_GOAL"),
			new Template("should measure", "Step 1: what should be measured, for which goal, against which target",
					"should measure Measure \"What to measure\"\n" + I + "serves GOAL\n" + I + "kind service\n" + I
							+ "unit %\n" + I + "higher is better\n" + I + "target 90%\n" + I + "every month"),
			new Template("source", "Step 2: what can be measured, and from where",
					"source Source \"Where the data comes from\"\n" + I + "owner ROLE\n" + I
							+ "provides MEASURE every month unit %"),
			new Template("gather", "Step 3: gather the data", "gather MEASURE from SOURCE every month by ROLE"),
			new Template("process", "Step 4: process the data",
					"process MEASURE as \"how the value is computed\" every month by ROLE"),
			new Template("analyse", "Step 5: analyse the information",
					"analyse MEASURE against target and baseline trend over 3 periods by ROLE"),
			new Template("present", "Step 6: present and use the information",
					"present MEASURE to ROLE as dashboard every month\n" + I + "feeds \"the decision it informs\""),
			new Template("action", "Step 7: a corrective action of the CSI register",
					"action Action \"What to improve\"\n" + I + "addresses MEASURE\n" + I + "owner ROLE\n" + I
							+ "due 2027-01-31\n" + I + "priority medium\n" + I + "status new"),
			new Template("accept gap", "Step 7: a known gap the team lives with",
					"accept coverage gap of MEASURE\n" + I + "because \"why the team lives with it\""));

	private CsiTemplates() {
	}
}
