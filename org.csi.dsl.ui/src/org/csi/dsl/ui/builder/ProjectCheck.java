package org.csi.dsl.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.data.DataResult;
import org.csi.dsl.data.ConnectionProfiles;
import org.csi.dsl.data.DataAccess;
import org.csi.dsl.data.DataRunner;
import org.csi.dsl.common.Finding;
import org.csi.dsl.headless.PlanSet;
import org.csi.dsl.headless.PlanSetException;
import org.csi.dsl.headless.PlanSetReporter;
import org.csi.dsl.headless.PlanSetValidator;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.ui.CsiUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;

/**
 * Checks every plan of a project, puts the findings on the files as problem markers, and writes
 * the reports into the project's report folder: what a build and "Generate CSI Reports" do.
 */
public class ProjectCheck {

	private final IProject project;

	private final ProjectPlans plans;

	public ProjectCheck(IProject project) {
		this.project = project;
		this.plans = CsiUiPlugin.getDefault().getPlans();
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

	/** Checks every plan and replaces the markers of every plan file; returns the findings. */
	public List<Finding> check(IProgressMonitor monitor) throws CoreException {
		PlanWorkspace workspace = plans.of(project);
		List<URI> uris = workspace.uris();
		SubMonitor progress = SubMonitor.convert(monitor, "Checking CSI plans", uris.size());
		List<Finding> findings = new ArrayList<>();
		for (URI uri : uris) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			IFile file = ProjectPlans.fileOf(uri);
			progress.subTask(file == null ? uri.lastSegment() : file.getProjectRelativePath().toString());
			List<Issue> issues = workspace.validate(uri, progress::isCanceled);
			ProjectPlans.Problem unreadable = plans.problemOf(uri);
			if (file != null && file.exists()) {
				if (unreadable != null) {
					Markers.replace(file, unreadable.line(), unreadable.message());
				} else {
					Markers.replace(file, issues);
				}
			}
			Path path = Path.of(uri.toFileString());
			for (Issue issue : issues) {
				findings.add(PlanSetValidator.toFinding(path, issue));
			}
			progress.worked(1);
		}
		findings.sort(Finding.ORDER);
		return findings;
	}

	/** Writes the reports of every plan into the configured folder of the project. */
	public List<Path> writeReports(List<Finding> findings, IProgressMonitor monitor) throws CoreException {
		return writeReports(findings, DataResult.NONE, monitor);
	}

	/**
	 * Reads the data of the measures the plans compute (steps 3-5), when DuckDB is installed (the
	 * optional feature), and puts its findings on the files; else nothing.
	 */
	public DataResult readData(IProgressMonitor monitor) throws CoreException {
		if (!DataRunner.canReadFiles()) {
			return DataResult.NONE;
		}
		PlanWorkspace workspace = plans.of(project);
		DataRunner runner = CsiUiPlugin.getDefault().getInjector().getInstance(DataRunner.class);
		Path root = project.getLocation().toFile().toPath();
		// data files inside the project and the folders CSI_DATA_ALLOW names; csi.properties may only narrow them
		List<Path> trusted = new ArrayList<>();
		trusted.add(root);
		trusted.addAll(DataAccess.allowedByEnvironment(System.getenv()));
		DataAccess access;
		try {
			access = new DataAccess(DataAccess.folders(trusted, workspace.configuration().dataAllowIn(root)),
					ConnectionProfiles.load(System.getenv(), null, Path.of(System.getProperty("user.home"))), DataAccess.Limits.DEFAULT);
		} catch (IllegalArgumentException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("csi: " + e.getMessage()));
		}
		DataResult data = workspace.read(set -> runner.run(set, access, monitor::isCanceled));
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		Markers.replaceData(project, data.findings());
		return data;
	}

	/** Writes the reports, with the figures of the measures computed from data. */
	public List<Path> writeReports(List<Finding> findings, DataResult data, IProgressMonitor monitor) throws CoreException {
		PlanWorkspace workspace = plans.of(project);
		CsiConfiguration.Reports options = workspace.configuration().reports();
		IFolder folder = project.getFolder(options.folder());
		Path projectRoot = project.getLocation().toPath();
		Path out = projectRoot.resolve(options.folder());
		List<Path> written = workspace.read(set -> {
			try {
				return CsiUiPlugin.getDefault().getInjector().getInstance(PlanSetReporter.class).report(new PlanSet(set, List.of()),
						findings, data, out, projectRoot, options.formats(), null, file -> projectRoot.relativize(file).toString());
			} catch (PlanSetException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		});
		folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		if (folder.exists()) {
			folder.setDerived(true, monitor);
		}
		return written;
	}
}
