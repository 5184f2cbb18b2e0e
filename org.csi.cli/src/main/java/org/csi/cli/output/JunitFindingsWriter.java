package org.csi.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;
import org.csi.dsl.common.Escape;

/**
 * JUnit XML as CI servers (Jenkins, GitLab, GitHub test reporters) read it: one test suite per
 * plan file, one failing test case per error or warning, info findings as passing cases with
 * their text in system-out, and a passing case for a file without findings. The format is
 * described by docs/schema/junit.xsd.
 */
public class JunitFindingsWriter implements FindingsWriter {

	@Override
	public void write(ValidationResult result, PrintWriter out) {
		Map<Path, List<Finding>> byFile = result.byFile();
		long failures = result.count(Finding.Severity.ERROR) + result.count(Finding.Severity.WARNING);
		long tests = 0;
		for (List<Finding> findings : byFile.values()) {
			tests += Math.max(1, findings.size());
		}
		out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.print("<testsuites name=\"csi validate\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\">\n");
		for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
			String file = Escape.xml(result.relative(entry.getKey()));
			List<Finding> findings = entry.getValue();
			long fileFailures = findings.stream().filter(f -> f.severity() != Finding.Severity.INFO).count();
			out.print("  <testsuite name=\"" + file + "\" tests=\"" + Math.max(1, findings.size()) + "\" failures=\"" + fileFailures
					+ "\" errors=\"0\" skipped=\"0\">\n");
			if (findings.isEmpty()) {
				out.print("    <testcase classname=\"" + file + "\" name=\"no findings\"/>\n");
			}
			for (Finding f : findings) {
				String name = Escape.xml(f.code() + " at " + f.line() + ":" + f.column());
				out.print("    <testcase classname=\"" + file + "\" name=\"" + name + "\">\n");
				String text = Escape.xml(FindingText.line(result.relative(f.file()), f));
				if (f.severity() == Finding.Severity.INFO) {
					out.print("      <system-out>" + text + "</system-out>\n");
				} else {
					out.print("      <failure type=\"" + f.severity().label() + "\" message=\"" + Escape.xml(f.message()) + "\">" + text
							+ "</failure>\n");
				}
				out.print("    </testcase>\n");
			}
			out.print("  </testsuite>\n");
		}
		out.print("</testsuites>\n");
	}
}
