package org.csi.dsl.ide.highlighting;

import java.util.List;

/**
 * The stretch of a new text whose colours differ from those of an older version of it: the edit
 * itself, widened to every range that was added, removed or restyled. Ranges after the edit that only
 * moved with it are not a change (the editor moves its colours with the text), so after a keystroke
 * only the few lines around it are coloured again, not the whole plan.
 */
public final class ChangedColours {

	private ChangedColours() {
	}

	/**
	 * The changed stretch as {@code {start, end}} in the new text's characters, or {@code null} when
	 * texts and colours are the same. Both lists are in the order of the text, as the highlighter
	 * makes them.
	 */
	public static int[] between(String oldText, List<HighlightedRange> oldRanges, String newText, List<HighlightedRange> newRanges) {
		int prefix = 0;
		int shortest = Math.min(oldText.length(), newText.length());
		while (prefix < shortest && oldText.charAt(prefix) == newText.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < shortest - prefix
				&& oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
			suffix++;
		}
		int delta = newText.length() - oldText.length();
		int oldTail = oldText.length() - suffix;
		int newTail = newText.length() - suffix;

		int first = 0;
		while (first < oldRanges.size() && first < newRanges.size() && oldRanges.get(first).equals(newRanges.get(first))
				&& oldRanges.get(first).end() <= prefix) {
			first++;
		}
		int lastOld = oldRanges.size() - 1;
		int lastNew = newRanges.size() - 1;
		while (lastOld >= first && lastNew >= first && oldRanges.get(lastOld).offset() >= oldTail
				&& moved(oldRanges.get(lastOld), delta).equals(newRanges.get(lastNew))) {
			lastOld--;
			lastNew--;
		}
		boolean textSame = prefix == oldText.length() && prefix == newText.length();
		if (textSame && lastOld < first && lastNew < first) {
			return null;
		}
		int start = textSame ? Integer.MAX_VALUE : prefix;
		int end = textSame ? 0 : newTail;
		if (first <= lastOld) {
			start = Math.min(start, oldRanges.get(first).offset());
			end = Math.max(end, inNewText(oldRanges.get(lastOld).end(), prefix, oldTail, newTail, delta));
		}
		if (first <= lastNew) {
			start = Math.min(start, newRanges.get(first).offset());
			end = Math.max(end, newRanges.get(lastNew).end());
		}
		return new int[] { start, Math.min(end, newText.length()) };
	}

	private static HighlightedRange moved(HighlightedRange range, int delta) {
		return new HighlightedRange(range.offset() + delta, range.length(), range.style());
	}

	/** Where a position of the old text is in the new one (inside the edit: its end). */
	private static int inNewText(int oldPosition, int prefix, int oldTail, int newTail, int delta) {
		if (oldPosition <= prefix) {
			return oldPosition;
		}
		return oldPosition >= oldTail ? oldPosition + delta : newTail;
	}
}
