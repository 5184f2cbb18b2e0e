package org.csi.cli.output;

import java.io.PrintWriter;

import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;

/**
 * The default output: one line per finding in the {@code file:line:column} form that
 * editors and terminals turn into links, then a summary line.
 */
public class TextFindingsWriter implements FindingsWriter {

	@Override
	public void write(ValidationResult result, PrintWriter out) {
		for (Finding finding : result.findings()) {
			out.println(FindingText.line(result.relative(finding.file()), finding));
		}
		out.println(summary(result));
		if (result.findings().stream().anyMatch(f -> f.code().equals(org.csi.dsl.validation.IssueCodes.SYNTAX))) {
			out.println("Some files have syntax errors (csi.syntax): fix them first, other findings may follow from them.");
		}
	}

	static String summary(ValidationResult result) {
		return FindingText.summary(result.files().size(), result.findings());
	}
}
