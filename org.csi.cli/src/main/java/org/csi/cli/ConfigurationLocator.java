package org.csi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.csi.dsl.config.CsiConfigurationReader;

/**
 * Finds the {@code csi.properties} that applies when no {@code --config} is given: the one
 * in the folder of the first path (the parent folder for a file), else the nearest one
 * above it, but never above the current working directory.
 */
final class ConfigurationLocator {

	private ConfigurationLocator() {
	}

	static Path locate(List<Path> paths, Path workingDirectory) {
		if (paths.isEmpty()) {
			return null;
		}
		Path first = paths.get(0).toAbsolutePath().normalize();
		Path folder = Files.isDirectory(first) ? first : first.getParent();
		Path stop = workingDirectory.toAbsolutePath().normalize();
		while (folder != null) {
			Path candidate = folder.resolve(CsiConfigurationReader.FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
			if (folder.equals(stop) || !folder.startsWith(stop)) {
				return null;
			}
			folder = folder.getParent();
		}
		return null;
	}
}
