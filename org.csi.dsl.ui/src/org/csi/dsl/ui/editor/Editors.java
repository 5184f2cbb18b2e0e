package org.csi.dsl.ui.editor;

import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opening plans in the editor at a place. */
public final class Editors {

	private Editors() {
	}

	/** Opens the plan of {@code location} and selects the range; returns the editor, or null. */
	public static IEditorPart open(Location location) {
		IFile file = ProjectPlans.fileOf(location.uri());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (file == null || page == null) {
			return null;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file, CsiEditor.ID);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(location.offset(), location.length());
			}
			return editor;
		} catch (PartInitException e) {
			CsiUiPlugin.log("Cannot open " + file.getFullPath(), e);
			return null;
		}
	}
}
