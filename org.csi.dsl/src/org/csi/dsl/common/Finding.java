package org.csi.dsl.common;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One finding of a validation run, as every output format reports it: the file, the
 * 1-based line and column where the problem starts and ends, its severity, stable code and message.
 */
public record Finding(Path file, int line, int column, int endLine, int endColumn, int offset, int length, Severity severity, String code,
		String message) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** File, then position, then code: the order every report uses. */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column).thenComparing(Finding::code).thenComparing(Finding::message);
}
