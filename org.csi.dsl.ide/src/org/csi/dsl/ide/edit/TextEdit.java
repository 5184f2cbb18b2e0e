package org.csi.dsl.ide.edit;

import java.util.Comparator;
import java.util.List;

/** {@code length} characters at {@code offset} become {@code text}. */
public record TextEdit(int offset, int length, String text) {

	/** The text after applying non-overlapping edits, last first so that offsets stay valid. */
	public static String apply(String text, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
				.forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
		return result.toString();
	}
}
