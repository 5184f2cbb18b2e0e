package org.csi.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.ide.highlighting.ChangedColours;
import org.csi.dsl.ide.highlighting.HighlightedRange;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.ReconcileListener;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;

/**
 * The colours that need the plan understood (a reference by the step of what it names, a name by
 * its step), merged over the lexical colours after each check whose text is still on screen.
 *
 * <p>After a check only the stretch whose colours changed is painted again ({@link ChangedColours}),
 * together with every stretch the lexical colouring repainted while the check was running (those lost
 * their colours, as the text had moved on from the last check): painting the whole plan after each
 * keystroke cost the UI thread more than the check itself on a long plan.
 */
public class SemanticHighlighting implements ReconcileListener, ITextPresentationListener {

	private final CsiEditor editor;

	/** The check whose colours are on screen, or null before the first. */
	private PlanSnapshot shown;

	/** Stretches painted without these colours since, kept up to date with edits by the document. */
	private final List<Position> unpainted = new ArrayList<>();

	public SemanticHighlighting(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public void reconciled(PlanSnapshot snapshot) {
		Display.getDefault().asyncExec(() -> {
			ISourceViewer viewer = editor.getViewer();
			if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
				return; // closed
			}
			IDocument document = editor.getDocument();
			if (document == null || editor.getSnapshot() != snapshot || snapshot.text() == null || !snapshot.text().equals(document.get())) {
				return; // a later check is coming
			}
			PlanSnapshot before = shown;
			shown = snapshot;
			if (before == null || before.text() == null) {
				forgetUnpainted(document);
				viewer.invalidateTextPresentation();
				return;
			}
			int[] changed = ChangedColours.between(before.text(), before.highlights(), snapshot.text(), snapshot.highlights());
			int start = changed == null ? Integer.MAX_VALUE : changed[0];
			int end = changed == null ? -1 : changed[1];
			for (Position position : unpainted) {
				start = Math.min(start, position.getOffset());
				end = Math.max(end, position.getOffset() + position.getLength());
			}
			forgetUnpainted(document);
			if (start <= end && viewer instanceof ITextViewerExtension2 partly) {
				int from = Math.min(start, document.getLength());
				partly.invalidateTextPresentation(from, Math.min(end, document.getLength()) - from);
			} else if (start <= end) {
				viewer.invalidateTextPresentation();
			}
		});
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		PlanSnapshot current = editor.getSnapshot();
		IDocument document = editor.getDocument();
		IRegion extent = presentation.getExtent();
		if (current.text() == null || document == null || !isTextOf(current, document)) {
			remember(document, extent); // typed since: paint it when the next check is in
			return;
		}
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<HighlightedRange> highlights = current.highlights();
		for (int i = firstEndingAfter(highlights, start); i < highlights.size() && highlights.get(i).offset() < end; i++) {
			HighlightedRange range = highlights.get(i);
			if (range.end() <= start) {
				continue;
			}
			TextAttribute attribute = CsiColors.of(range.style());
			presentation.mergeStyleRange(new StyleRange(range.offset(), range.length(), attribute.getForeground(), null, attribute.getStyle()));
		}
	}

	/** The check whose text was last found to be the document's, and the document's modification stamp then. */
	private PlanSnapshot verified;
	private long verifiedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;

	/**
	 * Whether the snapshot is of the document's text: compared once per change of the document (its
	 * modification stamp), not for each of the presentations a repaint asks for (a copy of the whole
	 * plan each time).
	 */
	private boolean isTextOf(PlanSnapshot snapshot, IDocument document) {
		long stamp = document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		if (snapshot == verified && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP && stamp == verifiedStamp) {
			return true;
		}
		if (!snapshot.text().equals(document.get())) {
			return false;
		}
		verified = snapshot;
		verifiedStamp = stamp;
		return true;
	}

	/**
	 * The index of the first range that may reach past {@code offset}: the ranges are in the order of
	 * their start, so a binary search finds the first that starts at or after it, and the ranges just
	 * before it (which may reach into it) are included by stepping back over those that do.
	 */
	private static int firstEndingAfter(List<HighlightedRange> ranges, int offset) {
		int low = 0;
		int high = ranges.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ranges.get(middle).offset() < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		while (low > 0 && ranges.get(low - 1).end() > offset) {
			low--;
		}
		return low;
	}

	private void remember(IDocument document, IRegion extent) {
		if (document == null || extent == null) {
			return;
		}
		Position position = new Position(extent.getOffset(), extent.getLength());
		try {
			document.addPosition(position);
			unpainted.add(position);
		} catch (BadLocationException e) {
			shown = null; // cannot tell where: paint everything after the next check
		}
	}

	private void forgetUnpainted(IDocument document) {
		for (Position position : unpainted) {
			document.removePosition(position);
		}
		unpainted.clear();
	}
}
