package org.csi.dsl.tests.editor;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertNull;

import java.util.List;

import org.csi.dsl.ide.highlighting.ChangedColours;
import org.csi.dsl.ide.highlighting.HighlightStyle;
import org.csi.dsl.ide.highlighting.HighlightedRange;
import org.junit.Test;

/** Which stretch the editor paints again after a check: the edit and the colours that changed, nothing that only moved. */
public class ChangedColoursTest {

	private static HighlightedRange range(int offset, int length, HighlightStyle style) {
		return new HighlightedRange(offset, length, style);
	}

	// "process Pr\nprocess M as\n": Pr at 8-10, M at 19-20
	private static final String TEXT = "process Pr\nprocess M as\n";
	private static final List<HighlightedRange> COLOURS = List.of(range(0, 7, HighlightStyle.STEP_STRATEGY),
			range(8, 2, HighlightStyle.DECLARATION), range(11, 7, HighlightStyle.STEP_DATA), range(19, 1, HighlightStyle.REFERENCE));

	@Test
	public void nothingChangedIsNothingToPaint() {
		assertNull(ChangedColours.between(TEXT, COLOURS, TEXT, COLOURS));
	}

	@Test
	public void aCommentTypedAtTheEndIsOnlyItself() {
		// 4 characters appended at 24: the colours before it are the same
		assertArrayEquals(new int[] { 24, 28 }, ChangedColours.between(TEXT, COLOURS, TEXT + "// x", COLOURS));
	}

	@Test
	public void colourThatOnlyMovedWithTheTextIsNotPaintedAgain() {
		// "Pr" renamed "Pro" (one character inserted at 10): the second line moves by one, its colours with it
		String renamed = "process Pro\nprocess M as\n";
		List<HighlightedRange> moved = List.of(range(0, 7, HighlightStyle.STEP_STRATEGY), range(8, 3, HighlightStyle.DECLARATION),
				range(12, 7, HighlightStyle.STEP_DATA), range(20, 1, HighlightStyle.REFERENCE));
		// the name's range straddles the edit, so it is painted again: 8 to 11
		assertArrayEquals(new int[] { 8, 11 }, ChangedColours.between(TEXT, COLOURS, renamed, moved));
	}

	@Test
	public void aReferenceThatStopsResolvingFarFromTheEditIsPainted() {
		// "Pr" renamed "Px": the reference M on line 2 (as if it named Pr) loses its colour
		String renamed = "process Px\nprocess M as\n";
		List<HighlightedRange> after = List.of(range(0, 7, HighlightStyle.STEP_STRATEGY), range(8, 2, HighlightStyle.DECLARATION),
				range(11, 7, HighlightStyle.STEP_DATA));
		// the edit is 9..10; the lost reference is 19..20: one stretch from the name to it
		assertArrayEquals(new int[] { 8, 20 }, ChangedColours.between(TEXT, COLOURS, renamed, after));
	}

	@Test
	public void aDeletedLineTakesItsColoursWithIt() {
		// the second line (11..24) deleted: only the end of the text is left to paint, at 11
		List<HighlightedRange> after = List.of(range(0, 7, HighlightStyle.STEP_STRATEGY), range(8, 2, HighlightStyle.DECLARATION));
		assertArrayEquals(new int[] { 11, 11 }, ChangedColours.between(TEXT, COLOURS, "process Pr\n", after));
	}

	@Test
	public void aRestyledRangeWithTheSameTextIsPaintedAlone() {
		List<HighlightedRange> after = List.of(COLOURS.get(0), COLOURS.get(1), COLOURS.get(2), range(19, 1, HighlightStyle.DECLARATION));
		assertArrayEquals(new int[] { 19, 20 }, ChangedColours.between(TEXT, COLOURS, TEXT, after));
	}
}
