package org.csi.dsl.validation;

import java.nio.file.Path;

import org.csi.dsl.common.Finding;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/**
 * The one mapping from Xtext's issues to csi's findings: the position (1-based line and column
 * where it starts and ends, offset and length), the severity and csi's code. Validation findings
 * and the data steps' findings ({@code DataFindings}) both come through here.
 */
public final class IssueFindings {

	private IssueFindings() {
	}

	/** A finding of {@code file} as the CLI, the reports and the editor show it. */
	public static Finding toFinding(Path file, Issue issue) {
		Finding.Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Finding.Severity.ERROR;
		case WARNING -> Finding.Severity.WARNING;
		default -> Finding.Severity.INFO;
		};
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = Math.max(line, orOne(issue.getLineNumberEnd()));
		int endColumn = issue.getColumnEnd() == null || endLine == line && issue.getColumnEnd() < column ? column : issue.getColumnEnd();
		return new Finding(file, line, column, endLine, endColumn, orZero(issue.getOffset()), orZero(issue.getLength()), severity,
				codeOf(issue), issue.getMessage());
	}

	/** The code csi gives an issue: its own, or {@code csi.reference.unresolved} and {@code csi.syntax} for Xtext's. */
	public static String codeOf(Issue issue) {
		String code = issue.getCode();
		if (code != null && code.startsWith("csi.")) {
			return code;
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return IssueCodes.UNRESOLVED;
		}
		return IssueCodes.SYNTAX;
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	private static int orZero(Integer value) {
		return value == null || value < 0 ? 0 : value;
	}
}
