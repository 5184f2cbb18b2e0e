package org.csi.dsl.ui.navigation;

import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.Editors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/** Ctrl+click (and F3) on a reference opens the plan that declares it, at the declaration. */
public class CsiHyperlinkDetector implements IHyperlinkDetector {

	@Inject
	private Navigation navigation;

	private final CsiEditor editor;

	public CsiHyperlinkDetector(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		DeclarationLink link = declarationAt(region.getOffset());
		return link == null ? null : new IHyperlink[] { link };
	}

	/**
	 * The link to the declaration of the element referenced at {@code offset} of the editor's plan,
	 * or null (no reference there, or the plan is being re-checked): Ctrl+click and F3.
	 */
	public DeclarationLink declarationAt(int offset) {
		PlanSnapshot snapshot = editor.getSnapshot();
		if (snapshot.text() == null || !snapshot.text().equals(editor.getDocument().get())) {
			return null;
		}
		IRegion region = new Region(offset, 0);
		return editor.getWorkspace().read(set -> {
			XtextResource resource = (XtextResource) set.getResource(editor.getPlanUri(), false);
			if (resource == null) {
				return null;
			}
			TextRegion linkRegion = navigation.linkRegionAt(resource, region.getOffset());
			EObject target = linkRegion == null ? null : navigation.elementAt(resource, region.getOffset());
			Location declaration = target == null ? null : navigation.declaration(target);
			return declaration == null ? null
					: new DeclarationLink(new Region(linkRegion.getOffset(), linkRegion.getLength()), declaration,
							"Open declaration of " + target.eClass().getName());
		});
	}

	/** A link to where an element is declared. */
	public record DeclarationLink(IRegion getHyperlinkRegion, Location target, String getHyperlinkText) implements IHyperlink {

		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public void open() {
			Editors.open(target);
		}
	}
}
