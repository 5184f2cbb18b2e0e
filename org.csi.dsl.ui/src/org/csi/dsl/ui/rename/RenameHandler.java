package org.csi.dsl.ui.rename;

import java.util.List;
import java.util.Map;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.rename.Rename;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.DocumentEdits;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import com.google.inject.Inject;

/** Rename (Alt+Shift+R): the element under the cursor and every reference to it, in every plan. */
public class RenameHandler extends AbstractHandler {

	@Inject
	private Rename rename;

	/** What a rename needs: the element's current name and the edits for a new one. */
	public interface Preparation {
		String currentName();

		Map<URI, List<TextEdit>> edits(String newName);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof CsiEditor editor) || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		Preparation plan = prepare(editor, selection.getOffset());
		if (plan == null) {
			MessageDialog.openInformation(editor.getSite().getShell(), "Rename", "Put the cursor on the name of an element or on a reference to one.");
			return null;
		}
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename", "New name:", plan.currentName(),
				name -> name.equals(plan.currentName()) ? "" : rename.problemWith(name));
		if (dialog.open() == Window.OK) {
			apply(plan, dialog.getValue());
		}
		return null;
	}

	/** Prepares the rename of the element at an offset of the editor, or null when there is none. Public for tests. */
	public Preparation prepare(CsiEditor editor, int offset) {
		EObject target = editor.elementAt(offset);
		if (target == null) {
			return null;
		}
		String name = String.valueOf(Navigation.nameOf(target));
		return new Preparation() {
			@Override
			public String currentName() {
				return name;
			}

			@Override
			public Map<URI, List<TextEdit>> edits(String newName) {
				return editor.getWorkspace().read(set -> rename.edits(target, newName));
			}
		};
	}

	/** Renames: open plans change in their editors, the others on disk. Public for tests. */
	public void apply(Preparation plan, String newName) {
		try {
			DocumentEdits.apply(plan.edits(newName));
		} catch (Exception e) {
			CsiUiPlugin.log("Cannot rename '" + plan.currentName() + "'", e);
		}
	}
}
