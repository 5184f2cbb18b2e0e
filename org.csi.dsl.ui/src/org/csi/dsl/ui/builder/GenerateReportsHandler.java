package org.csi.dsl.ui.builder;

import java.nio.file.Path;
import java.util.List;

import org.csi.dsl.ui.CsiUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * "Generate CSI Reports": checks every plan of the selected project (or of the active editor's),
 * reads the data of the measures its plans compute (with the optional DuckDB feature), and writes
 * the reports into its report folder, as a job with progress that can be cancelled.
 */
public class GenerateReportsHandler extends AbstractHandler {

	@Inject
	private Provider<ProjectCheck> checks;

	@Override
	public Object execute(ExecutionEvent event) {
		IProject project = projectOf(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (project != null) {
			job(project).schedule();
		}
		return null;
	}

	/** The job that writes the reports of a project; public for tests. */
	public WorkspaceJob job(IProject project) {
		WorkspaceJob job = new WorkspaceJob("Generating CSI reports of " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, 14);
				ProjectCheck check = checks.get().of(project);
				check.updateConfiguration();
				check.reloadAll();
				try {
					List<Path> written = check.check(true, true, progress.split(14)).reports();
					return new Status(IStatus.OK, CsiUiPlugin.ID, "Wrote " + written.size() + " report files");
				} catch (IllegalStateException e) {
					return new Status(IStatus.ERROR, CsiUiPlugin.ID, "Cannot write the CSI reports: " + e.getMessage());
				}
			}
		};
		job.setRule(project);
		job.setUser(true);
		return job;
	}

	private static IProject projectOf(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
			IResource resource = org.eclipse.core.runtime.Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource != null) {
				return resource.getProject();
			}
		}
		if (editor != null) {
			IResource resource = editor.getEditorInput().getAdapter(IResource.class);
			if (resource != null) {
				return resource.getProject();
			}
		}
		return null;
	}
}
