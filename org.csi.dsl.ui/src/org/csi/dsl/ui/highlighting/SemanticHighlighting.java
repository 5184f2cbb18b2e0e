package org.csi.dsl.ui.highlighting;

import org.csi.dsl.ide.highlighting.HighlightedRange;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.ReconcileListener;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;

/**
 * The colours that need the plan understood (a reference by the step of what it names, a name by
 * its step), merged over the lexical colours after each check whose text is still on screen.
 */
public class SemanticHighlighting implements ReconcileListener, ITextPresentationListener {

	private final CsiEditor editor;

	public SemanticHighlighting(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public void reconciled(PlanSnapshot snapshot) {
		Display.getDefault().asyncExec(() -> {
			ISourceViewer viewer = editor.getViewer();
			if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed() && editor.getSnapshot() == snapshot) {
				viewer.invalidateTextPresentation();
			}
		});
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		PlanSnapshot current = editor.getSnapshot();
		IDocument document = editor.getDocument();
		if (current.text() == null || document == null || !current.text().equals(document.get())) {
			return; // typed since: wait for the next check rather than colour the wrong ranges
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		for (HighlightedRange range : current.highlights()) {
			if (range.end() <= start || range.offset() >= end) {
				continue;
			}
			TextAttribute attribute = CsiColors.of(range.style());
			presentation.mergeStyleRange(new StyleRange(range.offset(), range.length(), attribute.getForeground(), null, attribute.getStyle()));
		}
	}
}
