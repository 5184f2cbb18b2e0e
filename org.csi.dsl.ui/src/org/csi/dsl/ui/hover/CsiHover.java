package org.csi.dsl.ui.hover;

import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * The editor's hover: the text of {@link CsiTextHover} and the elements the hovered one refers to
 * ({@link HoverContent}), shown by a {@link HoverControl} that is as large as its text and opens a
 * referenced element's declaration when its name is clicked.
 */
public class CsiHover extends CsiTextHover implements ITextHoverExtension, ITextHoverExtension2 {

	@Inject
	private Navigation navigation;

	private final CsiEditor editor;

	public CsiHover(CsiEditor editor) {
		super(editor);
		this.editor = editor;
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		return content(region.getOffset());
	}

	/** What the hover at an offset of the editor shows, or null; public for tests. */
	public HoverContent content(int offset) {
		String text = hoverText(offset);
		PlanSnapshot snapshot = editor.getSnapshot();
		if (snapshot.text() == null || !snapshot.text().equals(editor.getDocument().get())) {
			return HoverContent.of(text, null, navigation); // typed since the last check: no element to ask
		}
		return editor.getWorkspace().read(set -> {
			XtextResource resource = (XtextResource) set.getResource(editor.getPlanUri(), false);
			EObject element = resource == null ? null : navigation.elementAt(resource, offset);
			return HoverContent.of(text, element, navigation);
		});
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new HoverControl(parent, EditorsUI.getTooltipAffordanceString());
	}
}
