package org.csi.dsl.ui.hover;

import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.CsiTextHover;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The editor's hover: the text of {@link CsiTextHover} and the elements the hovered one refers to,
 * shown by a {@link HoverControl} that is as large as its text and opens a referenced element's
 * declaration when its name is clicked.
 */
public class CsiHover extends CsiTextHover implements ITextHoverExtension, ITextHoverExtension2 {

	private final CsiEditor editor;

	public CsiHover(CsiEditor editor) {
		super(editor);
		this.editor = editor;
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		return HoverContent.at(editor, region.getOffset());
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new HoverControl(parent, EditorsUI.getTooltipAffordanceString());
	}
}
