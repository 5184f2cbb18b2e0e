package org.csi.cli;

import java.nio.file.Path;
import java.nio.file.Paths;

/** How the CLI names a file in its messages: relative to the working directory when under it. */
final class DisplayPaths {

	private DisplayPaths() {
	}

	static String display(Path file) {
		Path base = Paths.get("").toAbsolutePath().normalize();
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}
}
