package org.csi.dsl.ui.compare;

import org.csi.dsl.ui.builder.ProjectPlans;
import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * "Compare With Previous Version (CSI Changes)": the selected plan file (or the active editor's,
 * as saved) against its latest state in Eclipse's local history, which the workspace records on
 * every save, in the compare editor with the semantic changes above the text compare.
 */
public class CompareWithPreviousHandler extends AbstractHandler {

	@Inject
	private Provider<PlanChanges> changes;

	@Override
	public Object execute(ExecutionEvent event) {
		IFile file = fileOf(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (file == null) {
			return null;
		}
		PlanChangesInput input = input(file);
		if (input == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "CSI Changes", "There is no earlier version of " + file.getName()
					+ " in the local history yet: Eclipse records one each time the file is saved.");
			return null;
		}
		CompareUI.openCompareEditor(input);
		return null;
	}

	/** The compare input of a file against its latest earlier state, or null when the local history has none; public for tests. */
	public PlanChangesInput input(IFile file) {
		IFileState[] states;
		try {
			states = file.getHistory(null);
		} catch (CoreException e) {
			return null;
		}
		return states.length == 0 ? null : new PlanChangesInput(file, states[0], changes.get());
	}

	private static IFile fileOf(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && ProjectPlans.isPlan(file)) {
				return file;
			}
		}
		if (editor != null) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			if (file != null && ProjectPlans.isPlan(file)) {
				return file;
			}
		}
		return null;
	}
}
