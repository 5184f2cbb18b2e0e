package org.csi.cli.output;

import java.io.PrintWriter;

import org.csi.dsl.headless.Finding;
import org.csi.dsl.report.Escape;

/**
 * The default output: one line per finding in the {@code file:line:column} form that
 * editors and terminals turn into links, then a summary line.
 */
public class TextFindingsWriter implements FindingsWriter {

	@Override
	public void write(ValidationResult result, PrintWriter out) {
		for (Finding finding : result.findings()) {
			out.println(oneLine(result.relative(finding.file())) + ":" + finding.line() + ":" + finding.column() + ": " + finding.severity().label()
					+ " " + finding.code() + ": " + oneLine(finding.message()));
		}
		out.println(summary(result));
		if (result.findings().stream().anyMatch(f -> f.code().equals(org.csi.dsl.validation.IssueCodes.SYNTAX))) {
			out.println("Some files have syntax errors (csi.syntax): fix them first, other findings may follow from them.");
		}
	}

	/**
	 * A finding stays on one line whatever its text holds, and prints nothing a terminal would
	 * act on: line breaks and tabs become spaces, other control characters and bidirectional
	 * overrides are shown as {@code <U+001B>}.
	 */
	public static String oneLine(String text) {
		return Escape.visible(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
	}

	static String summary(ValidationResult result) {
		return count(result.files().size(), "file") + " checked: " + count(result.count(Finding.Severity.ERROR), "error") + ", "
				+ count(result.count(Finding.Severity.WARNING), "warning") + ", " + count(result.count(Finding.Severity.INFO), "info") + ".";
	}

	static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
