package org.csi.dsl.ui.navigation;

import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Open Declaration (F3): opens the declaration of the element referenced at the cursor, as
 * Ctrl+click does; bound in the plan editor, since a plain Eclipse IDE has no F3 of its own.
 */
public class OpenDeclarationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof CsiEditor editor && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			CsiHyperlinkDetector.DeclarationLink link = editor.injected(new CsiHyperlinkDetector(editor)).declarationAt(selection.getOffset());
			if (link != null) {
				link.open();
			}
		}
		return null;
	}
}
