package org.csi.dsl.ui.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.ui.CsiUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Checks the plans of a project on every build and puts the findings on the files as markers of
 * the Problems view. Every plan is checked again when any plan changes, since a change in one
 * file can break or mend a reference or a gap in another: no marker is left stale. Then the
 * reports are written, unless {@code report.on-build = false}.
 */
public class CsiBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.csi.dsl.ui.builder";

	@Inject
	private ProjectPlans plans;

	@Inject
	private Provider<ProjectCheck> checks;

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		SubMonitor progress = SubMonitor.convert(monitor, "Building CSI plans of " + project.getName(), 10);
		ProjectCheck check = checks.get().of(project);
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		if (delta == null) {
			check.updateConfiguration();
			check.reloadAll();
		} else {
			Map<URI, String> changed = new LinkedHashMap<>();
			List<URI> removed = new ArrayList<>();
			boolean[] configurationChanged = { false };
			delta.accept(d -> {
				IResource resource = d.getResource();
				if (resource.getType() == IResource.FILE && resource.getParent() == project
						&& CsiConfigurationReader.FILE_NAME.equals(resource.getName())) {
					configurationChanged[0] = true;
				} else if (ProjectPlans.isPlan(resource)) {
					URI uri = ProjectPlans.uriOf((IFile) resource);
					if (d.getKind() == IResourceDelta.REMOVED) {
						removed.add(uri);
					} else if (!plans.isClaimed(uri) && (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & IResourceDelta.CONTENT) != 0)) {
						changed.put(uri, plans.readPlan((IFile) resource));
					} else if (plans.isClaimed(uri)) {
						changed.put(uri, null); // saved from an editor: the workspace has its text already
					}
				}
				return !resource.isDerived();
			});
			if (changed.isEmpty() && removed.isEmpty() && !configurationChanged[0]) {
				return null; // only reports or other files changed
			}
			if (configurationChanged[0]) {
				check.updateConfiguration();
			}
			changed.values().removeIf(java.util.Objects::isNull);
			plans.of(project).setTexts(changed, removed);
		}
		plans.changed(project);
		progress.worked(1);
		CsiConfiguration configuration = plans.of(project).configuration();
		boolean reports = configuration.reports().onBuild() && !plans.of(project).uris().isEmpty();
		try {
			check.check(false, reports, progress.split(9));
		} catch (IllegalStateException e) {
			CsiUiPlugin.log("Cannot write the CSI reports of " + project.getName() + ": " + e.getMessage(), null);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(Markers.TYPE, true, IResource.DEPTH_INFINITE);
		plans.forget(getProject());
	}
}
