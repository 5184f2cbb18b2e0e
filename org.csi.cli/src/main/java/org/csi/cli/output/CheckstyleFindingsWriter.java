package org.csi.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.csi.dsl.common.Finding;
import org.csi.dsl.common.Escape;

/**
 * Checkstyle XML, the format many code review tools import (reviewdog, Jenkins Warnings,
 * SonarQube's generic import): one file element per plan file, one error element per
 * finding with its code as source. Described by docs/schema/checkstyle.xsd.
 */
public class CheckstyleFindingsWriter implements FindingsWriter {

	@Override
	public void write(ValidationResult result, PrintWriter out) {
		Map<Path, List<Finding>> byFile = result.byFile();
		out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"8.0\">\n");
		for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
			out.print("  <file name=\"" + Escape.xml(result.relative(entry.getKey())) + "\">\n");
			for (Finding f : entry.getValue()) {
				out.print("    <error line=\"" + f.line() + "\" column=\"" + f.column() + "\" severity=\"" + f.severity().label() + "\" message=\""
						+ Escape.xml(f.message()) + "\" source=\"" + Escape.xml(f.code()) + "\"/>\n");
			}
			out.print("  </file>\n");
		}
		out.print("</checkstyle>\n");
	}
}
