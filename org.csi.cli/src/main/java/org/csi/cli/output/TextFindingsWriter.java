package org.csi.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.csi.dsl.headless.Finding;

/**
 * The default output: one line per finding in the {@code file:line:column} form that
 * editors and terminals turn into links, then a summary line.
 */
public class TextFindingsWriter {

	private final Path base;

	/** Paths under {@code base} are printed relative to it, others in full. */
	public TextFindingsWriter(Path base) {
		this.base = base.toAbsolutePath().normalize();
	}

	public void write(List<Finding> findings, int fileCount, PrintWriter out) {
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (Finding finding : findings) {
			out.println(display(finding.file()) + ":" + finding.line() + ":" + finding.column() + ": " + finding.severity().label()
					+ " " + finding.code() + ": " + finding.message());
			switch (finding.severity()) {
			case ERROR -> errors++;
			case WARNING -> warnings++;
			case INFO -> infos++;
			}
		}
		out.println(count(fileCount, "file") + " checked: " + count(errors, "error") + ", " + count(warnings, "warning") + ", "
				+ count(infos, "info") + ".");
	}

	public String display(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
