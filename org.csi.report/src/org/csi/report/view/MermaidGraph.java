package org.csi.report.view;

import org.csi.dsl.common.Escape;
import org.csi.report.PlanReport.GoalNode;

/**
 * The goal tree as the lines of a Mermaid flowchart, for the Markdown report: one node per goal
 * and per measure serving it, an arrow from each parent to its children. Every label is
 * escaped with {@link Escape#mermaid} as it is written.
 */
public final class MermaidGraph {

	private MermaidGraph() {
	}

	/** The lines between {@code graph LR} and the end of the diagram, each ending in a line break. */
	public static Markup goalTree(ReportView page) {
		StringBuilder out = new StringBuilder();
		int[] counter = { 0 };
		for (GoalNode root : page.report().goalTree()) {
			node(root, null, out, counter);
		}
		return new Markup(out.toString());
	}

	private static void node(GoalNode node, String parent, StringBuilder out, int[] counter) {
		String id = "g" + counter[0]++;
		out.append("    ").append(id).append("[\"").append(Escape.mermaid(node.kind() + " " + node.name() + ": " + node.title())).append("\"]\n");
		if (parent != null) {
			out.append("    ").append(parent).append(" --> ").append(id).append('\n');
		}
		for (String measure : node.measures()) {
			String measureId = "m" + counter[0]++;
			out.append("    ").append(measureId).append("([\"").append(Escape.mermaid("measure " + measure)).append("\"])\n");
			out.append("    ").append(id).append(" --> ").append(measureId).append('\n');
		}
		for (GoalNode child : node.children()) {
			node(child, id, out, counter);
		}
	}
}
