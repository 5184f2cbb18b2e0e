package org.csi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.csi.cli.output.FindingsWriter;
import org.csi.cli.output.MarkdownChangesWriter;
import org.csi.cli.output.OutputFormat;
import org.csi.cli.output.ValidationResult;
import org.csi.cli.versions.GitPlanVersions;
import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;
import org.csi.headless.PlanSetDiff;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.headless.PlanVersion;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code csi diff}: what changed between two versions of a plan set, as a reviewer of a CSI plan reads it. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Reports the semantic changes between two versions of a plan set: two git revisions (read from the repository's objects;"
				+ " nothing is checked out) or two folders.",
				"Each change has a rule id (csi.diff.*) whose severity csi.properties can change; the settings of BASE apply." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no change at the --fail-on severity", "1:changes at the --fail-on severity (by default: errors, a file that does"
				+ " not parse in one version)", "2:bad usage, a revision or folder that"
				+ " cannot be read", "3:internal error" })
public class DiffCommand extends PlanSetCommand {

	/** The formats of {@code validate}, and Markdown for a pull-request comment. */
	enum DiffFormat {
		text, json, sarif, junit, checkstyle, github, markdown
	}

	@Parameters(index = "0", paramLabel = "BASE", description = "the old version: a git revision (tag, branch, commit, main~3) or a folder")
	String base;

	@Parameters(index = "1", arity = "0..1", paramLabel = "HEAD", description = "the new version: a git revision, or a folder when BASE is one"
			+ " (default: HEAD)")
	String head;

	@Option(names = "--in", paramLabel = "FOLDER", description = "in a repository, compare only the .csi files under this folder (repeatable;"
			+ " default: the whole repository); csi.properties is the one nearest to the first folder")
	List<Path> folders = new ArrayList<>();

	@Option(names = "--repository", paramLabel = "FOLDER", description = "a folder in the git repository (default: the working directory)")
	Path repository = Paths.get("");

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "output format: text, json, sarif, junit, checkstyle, github or markdown (default: ${DEFAULT-VALUE})")
	DiffFormat format;

	@Option(names = "--output", paramLabel = "FILE", description = "write the changes to FILE instead of standard output")
	Path output;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
			description = "exit 1 on changes of this severity or worse: error, warning or never (default: ${DEFAULT-VALUE})")
	ValidateCommand.FailOn failOn;

	@Option(names = "--reference-date", paramLabel = "DATE", description = "judge acceptances' review dates against this date instead of today")
	String referenceDate;

	@Override
	protected int run(PrintWriter out, PrintWriter err) throws PlanSetException, IOException {
		Timing timing = Timing.fromEnvironment(err);
		Injector injector = Csi.injector();
		timing.phase("injector");
		PlanVersion before;
		PlanVersion after;
		Path paths = Paths.get("");
		boolean headGiven = head != null;
		if (!headGiven) {
			head = "HEAD";
		}
		Path folderBefore = Paths.get(base);
		Path folderAfter = Paths.get(head);
		if (headGiven && Files.isDirectory(folderBefore) && Files.isDirectory(folderAfter)) {
			PlanSetLoader loader = injector.getInstance(PlanSetLoader.class);
			before = loader.version(base, List.of(folderBefore), ConfigurationLocator.locate(List.of(folderBefore), folderBefore));
			after = loader.version(head, List.of(folderAfter), ConfigurationLocator.locate(List.of(folderAfter), folderAfter));
		} else {
			try (GitPlanVersions git = GitPlanVersions.open(repository, folders)) {
				before = git.version(base);
				after = git.version(head);
				paths = git.workTree();
			}
		}
		timing.phase("read both versions");
		PlanSetDiff.Result diff = injector.getInstance(PlanSetDiff.class).diff(before, after,
				referenceDate == null ? null : PlanSetOptions.parseDate("--reference-date", referenceDate), timing::phase);
		ValidationResult result = new ValidationResult(diff.changes(), diff.files(), paths, VersionProvider.version());
		StringWriter text = new StringWriter();
		try (PrintWriter writer = new PrintWriter(text)) {
			writer(before, after).write(result, writer);
		}
		if (output == null || output.toString().equals("-")) {
			out.print(text);
		} else {
			ValidateCommand.write(output, text.toString().getBytes(StandardCharsets.UTF_8));
		}
		return failOn.failedBy(result) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	private FindingsWriter writer(PlanVersion before, PlanVersion after) {
		return switch (format) {
		case text -> (result, out) -> {
			for (Finding change : result.findings()) {
				out.println(FindingText.line(result.relative(change.file()), change));
			}
			out.println(FindingText.count(result.findings().size(), "change") + " from " + FindingText.oneLine(before.name()) + " to "
					+ FindingText.oneLine(after.name()) + ": " + FindingText.counts(result.findings()) + ".");
		};
		case markdown -> new MarkdownChangesWriter(before.name(), after.name());
		default -> OutputFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)).writer();
		};
	}
}
