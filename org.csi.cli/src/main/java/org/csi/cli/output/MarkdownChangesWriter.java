package org.csi.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.common.Escape;
import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;

/**
 * {@code csi diff --format markdown}: the changes as a pull-request comment. Most important first:
 * the kinds of change ordered by their most severe change, each kind a short list whose first
 * {@value #SHOWN} lines are shown and the rest folded. Everything from a plan is escaped
 * ({@link Escape#markdown}), so a plan's text cannot add markup, links or mentions to the comment.
 */
public class MarkdownChangesWriter implements FindingsWriter {

	/** Lines shown per kind before the rest is folded. */
	static final int SHOWN = 5;

	private final String before;
	private final String after;

	public MarkdownChangesWriter(String before, String after) {
		this.before = before;
		this.after = after;
	}

	@Override
	public void write(ValidationResult result, PrintWriter out) {
		out.print("### csi diff: " + Escape.markdown(before) + " \u2192 " + Escape.markdown(after) + "\n\n");
		List<Finding> changes = result.findings();
		if (changes.isEmpty()) {
			out.print("No semantic change to the plans.\n");
			return;
		}
		out.print(FindingText.count(changes.size(), "change") + ": " + FindingText.counts(changes) + ".\n");
		Map<ChangeKind, List<Finding>> byKind = new EnumMap<>(ChangeKind.class);
		for (Finding change : changes) {
			byKind.computeIfAbsent(ChangeKind.of(change.code()), k -> new ArrayList<>()).add(change);
		}
		List<Map.Entry<ChangeKind, List<Finding>>> kinds = new ArrayList<>(byKind.entrySet());
		for (Map.Entry<ChangeKind, List<Finding>> kind : kinds) {
			kind.getValue().sort(Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER));
		}
		kinds.sort(Comparator.comparing((Map.Entry<ChangeKind, List<Finding>> k) -> k.getValue().get(0).severity())
				.thenComparing(Map.Entry::getKey));
		for (Map.Entry<ChangeKind, List<Finding>> kind : kinds) {
			List<Finding> list = kind.getValue();
			out.print("\n**" + kind.getKey().title() + "** (" + list.size() + ")\n\n");
			for (int i = 0; i < list.size() && i < SHOWN; i++) {
				out.print(line(result, list.get(i)));
			}
			if (list.size() > SHOWN) {
				out.print("\n<details><summary>" + (list.size() - SHOWN) + " more</summary>\n\n");
				for (int i = SHOWN; i < list.size(); i++) {
					out.print(line(result, list.get(i)));
				}
				out.print("\n</details>\n");
			}
		}
	}

	private static String line(ValidationResult result, Finding change) {
		String mark = switch (change.severity()) {
		case ERROR -> "\u274c";
		case WARNING -> "\u26a0\ufe0f";
		case INFO -> "\u2139\ufe0f";
		};
		return "- " + mark + " " + Escape.markdown(change.message()) + " <sub>" + Escape.markdown(result.relative(change.file()) + ":"
				+ change.line()) + " \u00b7 " + Escape.markdown(change.code()) + "</sub>\n";
	}
}
