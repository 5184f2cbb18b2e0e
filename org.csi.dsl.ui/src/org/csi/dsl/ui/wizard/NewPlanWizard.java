package org.csi.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.csi.dsl.ide.wizard.StarterPlan;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > CSI Plan: a starter plan with one example of every step, opened in the editor. */
public class NewPlanWizard extends Wizard implements INewWizard {

	private IStructuredSelection selection;

	private WizardNewFileCreationPage page;

	private IFile created;

	public NewPlanWizard() {
		setWindowTitle("New CSI Plan");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("plan", selection) {
			@Override
			protected InputStream getInitialContents() {
				String text = StarterPlan.text(StarterPlan.packageFor(getFileName()), LocalDate.now());
				return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("CSI Plan");
		page.setDescription("A continual service improvement plan, with an example of each step of the cycle to start from.");
		page.setFileExtension("csi");
		page.setFileName("plan.csi");
		addPage(page);
	}

	/** The page, for tests that fill it in. */
	public WizardNewFileCreationPage getPage() {
		return page;
	}

	/** The file the wizard created, once finished. */
	public IFile getCreatedFile() {
		return created;
	}

	@Override
	public boolean performFinish() {
		created = page.createNewFile();
		if (created == null) {
			return false;
		}
		IWorkbenchPage workbenchPage = getContainer() == null ? null
				: CsiUiPlugin.getDefault().getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (workbenchPage != null) {
			try {
				IDE.openEditor(workbenchPage, created, CsiEditor.ID);
			} catch (PartInitException e) {
				CsiUiPlugin.log("Cannot open " + created.getFullPath(), e);
			}
		}
		return true;
	}
}
