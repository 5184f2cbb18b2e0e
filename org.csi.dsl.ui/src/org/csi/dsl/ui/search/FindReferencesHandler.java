package org.csi.dsl.ui.search;

import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import com.google.inject.Inject;

/** Find References (Ctrl+Shift+G): every reference to the element under the cursor, in the Search view. */
public class FindReferencesHandler extends AbstractHandler {

	@Inject
	private Navigation navigation;

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof CsiEditor editor && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			ReferencesQuery query = query(editor, selection.getOffset());
			if (query != null) {
				NewSearchUI.runQueryInBackground(query);
			} else {
				editor.getEditorSite().getActionBars().getStatusLineManager()
						.setErrorMessage("Put the cursor on the name of an element or on a reference to one");
			}
		}
		return null;
	}

	/** The query for the element at an offset of the editor, or null. Public for tests. */
	public ReferencesQuery query(CsiEditor editor, int offset) {
		EObject target = editor.elementAt(offset);
		if (target == null) {
			return null;
		}
		return new ReferencesQuery(navigation, editor.getWorkspace(), target, String.valueOf(Navigation.nameOf(target)));
	}
}
