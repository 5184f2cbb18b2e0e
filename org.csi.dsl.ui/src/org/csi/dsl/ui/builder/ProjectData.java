package org.csi.dsl.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.csi.data.ConnectionProfiles;
import org.csi.data.DataAccess;
import org.csi.data.DataRunner;
import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.measures.DataStep;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

import com.google.inject.Inject;

/**
 * The data steps of a project, with what they may read: data files inside the project and in the
 * folders {@code CSI_DATA_ALLOW} names, narrowed by {@code csi.properties}; connections from the
 * environment and the user's connections file. Only loaded when the optional data bundle is
 * installed ({@link ProjectCheck#canReadData()}), since it names its classes.
 */
final class ProjectData {

	@Inject
	private DataRunner runner;

	DataStep step(IProject project, CsiConfiguration configuration) throws CoreException {
		Path root = project.getLocation().toFile().toPath();
		List<Path> trusted = new ArrayList<>();
		trusted.add(root);
		trusted.addAll(DataAccess.allowedByEnvironment(System.getenv()));
		try {
			DataAccess access = new DataAccess(DataAccess.folders(trusted, configuration.dataAllowIn(root)),
					ConnectionProfiles.load(System.getenv(), null, Path.of(System.getProperty("user.home"))), DataAccess.Limits.DEFAULT);
			return runner.step(access);
		} catch (IllegalArgumentException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("csi: " + e.getMessage()));
		}
	}
}
