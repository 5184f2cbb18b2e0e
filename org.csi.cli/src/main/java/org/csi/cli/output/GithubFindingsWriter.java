package org.csi.cli.output;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;

import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;
import org.csi.dsl.common.Escape;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), which GitHub
 * shows as annotations on the pull request. GitHub shows at most ten annotations of each
 * level per step; findings beyond that are printed as plain log lines and counted in a
 * closing notice, so none is lost.
 */
public class GithubFindingsWriter implements FindingsWriter {

	/** Annotations GitHub shows per level and step. */
	static final int CAP = 10;

	@Override
	public void write(ValidationResult result, PrintWriter out) {
		Map<Finding.Severity, Integer> shown = new EnumMap<>(Finding.Severity.class);
		int hidden = 0;
		for (Finding f : result.findings()) {
			String file = result.relative(f.file());
			int count = shown.merge(f.severity(), 1, Integer::sum);
			if (count <= CAP) {
				out.print("::" + command(f.severity()) + " file=" + property(file) + ",line=" + f.line() + ",col=" + f.column() + ",endLine="
						+ f.endLine() + ",endColumn=" + f.endColumn() + ",title=" + property(f.code()) + "::" + data(f.message()) + "\n");
			} else {
				hidden++;
				out.print(data(FindingText.line(file, f)) + "\n");
			}
		}
		String summary = TextFindingsWriter.summary(result);
		if (hidden > 0) {
			out.print("::notice title=csi::" + data(summary + " " + hidden + " of the findings exceed GitHub's " + CAP
					+ " annotations per level and are listed in the log above.") + "\n");
		} else {
			out.print(summary + "\n");
		}
	}

	private static String command(Finding.Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "notice";
		};
	}

	/** Escaping of a workflow command's message; control characters are shown, never sent to the log. */
	static String data(String text) {
		return Escape.visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
	}

	/** Escaping of a workflow command's property value. */
	static String property(String text) {
		return data(text).replace(":", "%3A").replace(",", "%2C");
	}
}
