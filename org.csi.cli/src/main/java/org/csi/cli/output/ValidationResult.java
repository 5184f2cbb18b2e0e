package org.csi.cli.output;

import java.nio.file.Path;
import java.util.List;

import org.csi.dsl.headless.Finding;

/**
 * What a validation run found, for the output formats: the findings, the files checked,
 * the folder paths are reported relative to, and csi's version.
 */
public record ValidationResult(List<Finding> findings, List<Path> files, Path base, String toolVersion) {

	/** A path relative to the base folder with forward slashes, or the absolute path when it lies elsewhere. */
	public String relative(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path root = base.toAbsolutePath().normalize();
		String text = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
		return text.replace('\\', '/');
	}

	public long count(Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}
}
