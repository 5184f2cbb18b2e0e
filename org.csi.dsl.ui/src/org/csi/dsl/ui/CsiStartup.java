package org.csi.dsl.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.csi.dsl.ide.wizard.StarterPlan;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.ui.builder.CsiNature;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.dsl.ui.editor.CsiDocumentSetup;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.CsiSourceViewerConfiguration;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Gets the language ready while the workbench starts, so that the first plan a user opens shows its
 * findings at once (issue 14: 6.4 to 7 s before): the injector is made, a starter plan is parsed
 * and checked once (loading and warming the parser, linker and validators), and the plans of every
 * open CSI project are read. All of it in one low-priority job, none on the UI thread.
 */
public class CsiStartup implements IStartup {

	/** The family of the job, for those who wait for it (the editor benchmark). */
	public static final Object FAMILY = CsiStartup.class;

	@Override
	public void earlyStartup() {
		Job job = new Job("Preparing the CSI plan editor") {
			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				prepare(monitor);
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
	}

	private static void prepare(IProgressMonitor monitor) {
		CsiUiPlugin plugin = CsiUiPlugin.getDefault();
		if (plugin == null) {
			return;
		}
		PlanWorkspace scratch = plugin.getInjector().getInstance(PlanWorkspace.class);
		URI uri = URI.createURI("memory:/warm-up.csi");
		scratch.setTexts(Map.of(uri, StarterPlan.text("warm.up", LocalDate.now())), List.of());
		scratch.validate(uri, CancelIndicator.NullImpl);
		// the platform's text editor bundles and the editor's classes, which the first editor
		// would otherwise start and load on the UI thread
		EditorsUI.getPreferenceStore();
		FileBuffers.getTextFileBufferManager();
		for (Class<?> type : List.of(CsiEditor.class, CsiSourceViewerConfiguration.class, CsiDocumentSetup.class, ProjectionViewer.class,
				ProjectionSupport.class)) {
			try {
				Class.forName(type.getName(), true, type.getClassLoader());
			} catch (ClassNotFoundException e) {
				// loaded by the reference above
			}
		}
		ProjectPlans plans = plugin.getPlans();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (monitor.isCanceled()) {
				return;
			}
			try {
				if (project.isOpen() && project.hasNature(CsiNature.ID)) {
					plans.of(project);
				}
			} catch (CoreException e) {
				CsiUiPlugin.log("Cannot read the plans of " + project.getName() + " ahead", e);
			}
		}
	}
}
