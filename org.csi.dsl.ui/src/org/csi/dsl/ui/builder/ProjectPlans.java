package org.csi.dsl.ui.builder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;

import com.google.inject.Injector;

/**
 * The plans of every project: one {@link PlanWorkspace} per project, filled from the project's
 * {@code .csi} files on first use. A file open in an editor is "claimed": its text comes from the
 * editor, and the builder leaves it alone until the editor lets it go.
 */
public class ProjectPlans {

	public static final String EXTENSION = "csi";

	private final Injector injector;

	private final Map<IProject, PlanWorkspace> workspaces = new ConcurrentHashMap<>();

	private final Set<URI> claimed = ConcurrentHashMap.newKeySet();

	/** Why a plan file could not be read (too big, binary, not UTF-8), by its URI. */
	private final Map<URI, Problem> unreadable = new ConcurrentHashMap<>();

	/** A plan file that cannot be read, at a line (1 when the whole file is the problem). */
	public record Problem(int line, String message) {
	}

	private final List<java.util.function.Consumer<IProject>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	public ProjectPlans(Injector injector) {
		this.injector = injector;
		// a project closed or deleted is read from disk again when it comes back
		ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
			if (event.getResource() instanceof IProject project) {
				forget(project);
			}
		}, IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
	}

	/** The plans of {@code project}, read from disk the first time. */
	public PlanWorkspace of(IProject project) {
		return workspaces.computeIfAbsent(project, p -> {
			PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
			workspace.setConfiguration(configuration(p));
			Map<URI, String> texts = new LinkedHashMap<>();
			for (IFile file : planFiles(p)) {
				texts.put(uriOf(file), readPlan(file));
			}
			workspace.setTexts(texts, List.of());
			return workspace;
		});
	}

	/** Forgets a project that was closed or deleted. */
	public void forget(IProject project) {
		workspaces.remove(project);
	}

	/** Tells {@code listener} when plans of a project changed on disk, so open editors check again. */
	public void addListener(java.util.function.Consumer<IProject> listener) {
		listeners.add(listener);
	}

	public void removeListener(java.util.function.Consumer<IProject> listener) {
		listeners.remove(listener);
	}

	/** Called by the builder once it has read what changed on disk. */
	public void changed(IProject project) {
		listeners.forEach(listener -> listener.accept(project));
	}

	public void claim(URI uri) {
		claimed.add(uri);
	}

	public void release(URI uri) {
		claimed.remove(uri);
	}

	public boolean isClaimed(URI uri) {
		return claimed.contains(uri);
	}

	/** The configuration of the project's {@code csi.properties}; defaults when it is missing or wrong. */
	public CsiConfiguration configuration(IProject project) {
		try {
			return readConfiguration(project);
		} catch (CsiConfigurationReader.ConfigurationException e) {
			return CsiConfiguration.DEFAULT; // the builder puts a marker on the file
		}
	}

	/**
	 * The configuration of the project's {@code csi.properties}, or the defaults without one; a
	 * report format that does not exist is an error at its line, as any wrong line is.
	 */
	public CsiConfiguration readConfiguration(IProject project) throws CsiConfigurationReader.ConfigurationException {
		IFile file = project.getFile(CsiConfigurationReader.FILE_NAME);
		CsiConfiguration configuration = file.exists() ? injector.getInstance(CsiConfigurationReader.class).read(read(file))
				: CsiConfiguration.DEFAULT;
		org.csi.report.ReportFormat.of(configuration.reports());
		return configuration;
	}

	public static URI uriOf(IFile file) {
		IPath location = file.getLocation();
		return location != null ? URI.createFileURI(location.toOSString())
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file of a plan, or null when it is not in the workspace. */
	public static IFile fileOf(URI uri) {
		if (uri.isFile()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(uri.toFileString()));
		}
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true)));
		}
		return null;
	}

	public static boolean isPlan(IResource resource) {
		return resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension()) && !resource.isDerived()
				&& !resource.isTeamPrivateMember();
	}

	/** Every plan file of the project, outside derived folders such as build output. */
	public static List<IFile> planFiles(IProject project) {
		List<IFile> files = new ArrayList<>();
		if (!project.isAccessible()) {
			return files;
		}
		try {
			project.accept(resource -> {
				if (resource.isDerived() || resource.isTeamPrivateMember()) {
					return false;
				}
				if (isPlan(resource)) {
					files.add((IFile) resource);
				}
				return true;
			});
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
		return files;
	}

	/**
	 * The text of a plan file, read as the CLI reads it: a file too big, binary or not UTF-8 counts
	 * as empty, and {@link #problemOf} says why (the builder puts that on the file as a marker).
	 */
	public String readPlan(IFile file) {
		URI uri = uriOf(file);
		if (file.getLocation() == null) {
			unreadable.remove(uri);
			return read(file);
		}
		try {
			String text = PlanSetLoader.read(file.getLocation().toPath());
			unreadable.remove(uri);
			return text;
		} catch (PlanSetException e) {
			unreadable.put(uri, new Problem(Math.max(1, e.line()), e.reason()));
			return "";
		}
	}

	/** Why the plan at {@code uri} could not be read when it was last read, or null. */
	public Problem problemOf(URI uri) {
		return unreadable.get(uri);
	}

	/** The text of a file that is not a plan (csi.properties), in its charset; empty when it cannot be read. */
	public static String read(IFile file) {
		try (InputStream in = file.getContents(true)) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			String text = bytes.toString(Charset.forName(file.getCharset()));
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (IOException | CoreException e) {
			return "";
		}
	}
}
