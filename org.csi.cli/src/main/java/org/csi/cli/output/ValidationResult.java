package org.csi.cli.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.common.Finding;

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

	/** Every file checked, in order, with its findings (an empty list for a clean file). */
	public Map<Path, List<Finding>> byFile() {
		Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
		for (Path file : files) {
			byFile.put(file.toAbsolutePath().normalize(), new ArrayList<>());
		}
		for (Finding finding : findings) {
			byFile.computeIfAbsent(finding.file().toAbsolutePath().normalize(), k -> new ArrayList<>()).add(finding);
		}
		return byFile;
	}

	public long count(Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}
}
