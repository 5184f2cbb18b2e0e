package org.csi.dsl.ide.outline;

import java.util.List;

import org.csi.dsl.ide.highlighting.HighlightStyle;

/**
 * One node of a plan's outline. {@code offset}/{@code length} cover the whole element (for
 * folding), {@code nameOffset}/{@code nameLength} its name (what the editor selects).
 * {@code step} tells which step of the cycle the element belongs to, for its icon.
 */
public record OutlineNode(String label, String kind, HighlightStyle step, int offset, int length, int nameOffset,
		int nameLength, int startLine, int endLine, List<OutlineNode> children) {

	@Override
	public String toString() {
		return label;
	}
}
