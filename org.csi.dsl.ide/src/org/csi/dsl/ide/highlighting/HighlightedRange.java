package org.csi.dsl.ide.highlighting;

/** A range of the text, in characters from the start, and how it is coloured. */
public record HighlightedRange(int offset, int length, HighlightStyle style) {

	public int end() {
		return offset + length;
	}
}
