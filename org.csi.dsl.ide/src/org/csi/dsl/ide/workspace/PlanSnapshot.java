package org.csi.dsl.ide.workspace;

import java.util.List;

import org.csi.dsl.ide.highlighting.HighlightedRange;
import org.csi.dsl.ide.outline.OutlineNode;
import org.eclipse.xtext.validation.Issue;

/**
 * What one reconcile of the editor's text found, for the parts of the editor that show it:
 * the findings, the semantic colours, the outline. {@code text} is the text it was computed from.
 */
public record PlanSnapshot(String text, List<Issue> issues, List<HighlightedRange> highlights, List<OutlineNode> outline) {

	public static final PlanSnapshot EMPTY = new PlanSnapshot(null, List.of(), List.of(), List.of());
}
