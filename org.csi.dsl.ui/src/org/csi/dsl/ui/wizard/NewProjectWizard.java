package org.csi.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.csi.dsl.ide.wizard.StarterPlan;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.builder.CsiNature;
import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Project... > CSI > CSI Project: a project with the CSI nature (the plan builder),
 * a {@code csi.properties} with every setting commented out, and a starter plan, opened in the
 * editor.
 */
public class NewProjectWizard extends Wizard implements INewWizard {

	/** The starter plan's file, at the root of the project. */
	public static final String PLAN_FILE = "plan.csi";

	private WizardNewProjectCreationPage page;

	private IProject created;

	public NewProjectWizard() {
		setWindowTitle("New CSI Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// a project has no container to take from the selection
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("CSI Project");
		page.setDescription("A project for continual service improvement plans, with a starter plan and csi.properties.");
		addPage(page);
	}

	/** The page, for tests that fill it in. */
	public WizardNewProjectCreationPage getPage() {
		return page;
	}

	/** The project the wizard created, once finished. */
	public IProject getCreatedProject() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		java.net.URI location = page.useDefaults() ? null : page.getLocationURI();
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				create(project, location, monitor);
			}
		};
		try {
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			CsiUiPlugin.log("Cannot create the project " + project.getName(), e.getCause());
			MessageDialog.openError(getShell(), "New CSI Project", "Cannot create the project: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		created = project;
		IWorkbenchPage workbenchPage = CsiUiPlugin.getDefault().getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (workbenchPage != null) {
			try {
				IDE.openEditor(workbenchPage, project.getFile(PLAN_FILE), CsiEditor.ID);
			} catch (PartInitException e) {
				CsiUiPlugin.log("Cannot open the starter plan of " + project.getName(), e);
			}
		}
		return true;
	}

	/** Creates and opens {@code project} (at {@code location}, or the workspace's default when null) with the nature and the files. */
	public static void create(IProject project, java.net.URI location, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		CsiNature.addTo(project); // through the description of the open project: the nature installs the builder
		write(project.getFile("csi.properties"), StarterPlan.PROPERTIES, progress.split(1));
		write(project.getFile(PLAN_FILE), StarterPlan.text(StarterPlan.packageFor(project.getName()), LocalDate.now()), progress.split(1));
	}

	private static void write(IFile file, String text, IProgressMonitor monitor) throws CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, monitor);
	}
}
