package org.csi.dsl.ui.outline;

import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Quick Outline (Ctrl+O in the plan editor): opens the {@link QuickOutlinePopup}, and returns it. */
public class QuickOutlineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof CsiEditor editor)) {
			return null;
		}
		QuickOutlinePopup popup = new QuickOutlinePopup(editor.getSite().getShell(), editor);
		popup.open();
		return popup;
	}
}
