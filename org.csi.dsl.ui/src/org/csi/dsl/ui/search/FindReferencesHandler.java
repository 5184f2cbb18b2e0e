package org.csi.dsl.ui.search;

import java.util.List;

import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.PlanReconciler;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.resource.XtextResource;

/** Find References (Ctrl+Shift+G): every reference to the element under the cursor, in the Search view. */
public class FindReferencesHandler extends AbstractHandler {

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
	public static ReferencesQuery query(CsiEditor editor, int offset) {
		String text = editor.getDocument().get();
		PlanReconciler reconciler = CsiUiPlugin.getDefault().getInjector().getInstance(PlanReconciler.class);
		Navigation navigation = CsiUiPlugin.getDefault().getInjector().getInstance(Navigation.class);
		EObject target = editor.getWorkspace().write(set -> {
			XtextResource resource = reconciler.synchronize(editor.getWorkspace(), editor.getPlanUri(), List.of(), text);
			return navigation.elementAt(resource, offset);
		});
		if (target == null) {
			return null;
		}
		return new ReferencesQuery(editor.getWorkspace(), target, String.valueOf(target.eGet(target.eClass().getEStructuralFeature("name"))));
	}
}
