package org.csi.dsl.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csi.dsl.common.Finding;
import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.measures.DataStep;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetCheck;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetReporter;
import org.csi.report.ReportFormat;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.service.OperationCanceledError;
import org.osgi.framework.Bundle;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * What a build and "Generate CSI Reports" do with a project: one check run
 * ({@link PlanSetCheck}, as the CLI and Maven make it) over the project's plans as the editors
 * hold them, its findings put on the files as markers, and the reports written from its result
 * into the project's report folder.
 */
public class ProjectCheck {

	/** The optional bundle that reads data (the feature "csi data: DuckDB"). */
	private static final String DATA_BUNDLE = "org.csi.data";

	@Inject
	private ProjectPlans plans;

	@Inject
	private PlanSetCheck planSetCheck;

	@Inject
	private PlanSetReporter reporter;

	/** Makes the optional data bundle's classes, only when it is installed. */
	@Inject
	private Injector injector;

	private IProject project;

	/** This check is of {@code project}; made by an injected {@code Provider<ProjectCheck>}. */
	public ProjectCheck of(IProject project) {
		if (this.project != null) {
			throw new IllegalStateException("a check of " + this.project.getName() + " already");
		}
		this.project = project;
		return this;
	}

	/** Reads {@code csi.properties} again; a wrong line becomes a marker on the file. */
	public CsiConfiguration updateConfiguration() throws CoreException {
		IFile file = project.getFile(CsiConfigurationReader.FILE_NAME);
		CsiConfiguration configuration;
		try {
			configuration = plans.readConfiguration(project);
			Markers.clear(file);
		} catch (CsiConfigurationReader.ConfigurationException e) {
			Markers.replace(file, e.getLine(), e.getMessage());
			configuration = CsiConfiguration.DEFAULT;
		}
		plans.of(project).setConfiguration(configuration);
		return configuration;
	}

	/** Reads every plan of the project from disk again, except those open in an editor. */
	public void reloadAll() {
		PlanWorkspace workspace = plans.of(project);
		Map<URI, String> texts = new java.util.LinkedHashMap<>();
		List<URI> onDisk = new ArrayList<>();
		for (IFile file : ProjectPlans.planFiles(project)) {
			URI uri = ProjectPlans.uriOf(file);
			onDisk.add(uri);
			if (!plans.isClaimed(uri)) {
				texts.put(uri, plans.readPlan(file));
			}
		}
		List<URI> removed = new ArrayList<>(workspace.uris());
		removed.removeAll(onDisk);
		workspace.setTexts(texts, removed);
	}

	/** Whether data can be read here: the optional data feature is installed. */
	public static boolean canReadData() {
		Bundle bundle = Platform.getBundle(DATA_BUNDLE);
		return bundle != null && bundle.getState() != Bundle.INSTALLED && bundle.getState() != Bundle.UNINSTALLED;
	}

	/**
	 * Checks every plan of the project, and reads their data when {@code withData} and the data
	 * feature is installed; replaces the markers of every plan file with the run's findings (a run
	 * without data keeps the markers of the data there are). With {@code reports}, writes the
	 * reports from the same plans while no editor can change them (one hold of the workspace's
	 * lock), so that a report never meets an element an edit has replaced since the check.
	 *
	 * @return the run's result, and the report files written
	 */
	public Checked check(boolean withData, boolean reports, IProgressMonitor monitor) throws CoreException {
		PlanWorkspace workspace = plans.of(project);
		List<URI> uris = workspace.uris();
		SubMonitor progress = SubMonitor.convert(monitor, "Checking CSI plans", uris.size() + 1);
		boolean readData = withData && canReadData();
		DataStep data = readData ? injector.getInstance(ProjectData.class).step(project, workspace.configuration()) : null;
		PlanSetCheck.Request request = PlanSetCheck.Request.validate(List.of(), null).withData(data)
				.withProgress((done, total) -> progress.setWorkRemaining(total - done + 1)).withCancel(progress::isCanceled);
		List<Path> files = uris.stream().map(uri -> Path.of(uri.toFileString())).toList();
		Checked checked;
		try {
			checked = workspace.read(set -> {
				PlanSetCheck.Result run = planSetCheck.check(new PlanSet(set, files), request);
				return new Checked(run, reports && !progress.isCanceled() ? writeReports(run) : List.of());
			});
		} catch (OperationCanceledError e) {
			throw new OperationCanceledException();
		}
		PlanSetCheck.Result result = checked.result();
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		Set<Finding> fromData = new HashSet<>(result.data().findings());
		if (readData) {
			injector.getInstance(org.csi.dsl.measures.DataSummaries.class).replace(uris.stream().map(URI::toString).toList(), result.data());
		}
		for (URI uri : uris) {
			IFile file = ProjectPlans.fileOf(uri);
			if (file == null || !file.exists()) {
				continue;
			}
			ProjectPlans.Problem unreadable = plans.problemOf(uri);
			if (unreadable != null) {
				Markers.replace(file, unreadable.line(), unreadable.message());
				continue;
			}
			Path path = Path.of(uri.toFileString());
			List<Finding> ofFile = result.findings().stream().filter(finding -> finding.file().equals(path)).toList();
			Markers.replace(file, ofFile.stream().filter(finding -> !fromData.contains(finding)).toList(),
					readData ? ofFile.stream().filter(fromData::contains).toList() : null);
		}
		if (reports) {
			IFolder folder = project.getFolder(workspace.configuration().reports().folder());
			folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			if (folder.exists()) {
				folder.setDerived(true, null);
			}
		}
		return checked;
	}

	/** A check run and the report files it wrote. */
	public record Checked(PlanSetCheck.Result result, List<Path> reports) {
	}

	/** Writes the reports of a check run into the configured folder of the project; called holding the workspace's lock. */
	private List<Path> writeReports(PlanSetCheck.Result result) {
		CsiConfiguration.Reports options = plans.of(project).configuration().reports();
		Set<ReportFormat> formats;
		try {
			formats = ReportFormat.of(options);
		} catch (CsiConfigurationReader.ConfigurationException e) {
			formats = java.util.EnumSet.allOf(ReportFormat.class); // csi.properties has a marker for it
		}
		Path projectRoot = project.getLocation().toPath();
		try {
			return reporter.report(result.planSet(), result.findings(),
					result.data(), projectRoot.resolve(options.folder()), projectRoot, formats, null,
					file -> projectRoot.relativize(file).toString());
		} catch (PlanSetException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
}
