package org.csi.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.csi.cli.output.MarkdownChangesWriter;
import org.csi.cli.output.ValidationResult;
import org.csi.cli.versions.GitPlanVersions;
import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;
import org.csi.headless.PlanSetDiff;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanVersion;

/**
 * Compares the project's plans ({@code src/main/csi}) in two git revisions, as {@code csi diff}
 * does: every semantic change is in the log with its place and rule id; with {@code markdown}, the
 * changes are also written as a pull-request comment; {@code failOn} fails the build on changes of
 * that severity (a loosened target is a warning). Nothing is checked out: the plans are read from
 * the repository's objects.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = true)
public class DiffMojo extends AbstractCsiMojo {

	/** The revision to compare with: a branch, tag or commit that the clone has. */
	@Parameter(property = "csi.diff.base", defaultValue = "origin/main")
	String base;

	/** The new revision. */
	@Parameter(property = "csi.diff.head", defaultValue = "HEAD")
	String head;

	/** Fail the build on changes of this severity or worse: error, warning or never. */
	@Parameter(property = "csi.diff.failOn", defaultValue = "error")
	String failOn;

	/** Also write the changes as Markdown for a pull-request comment to this file. */
	@Parameter(property = "csi.diff.markdown")
	File markdown;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("csi: skipped");
			return;
		}
		if (!List.of("error", "warning", "never").contains(failOn)) {
			throw new MojoExecutionException("csi: failOn must be error, warning or never, found '" + failOn + "'");
		}
		PlanSetDiff.Result diff;
		PlanVersion before;
		PlanVersion after;
		Path root;
		try (GitPlanVersions git = GitPlanVersions.open(plans.toPath(), List.of(plans.toPath()))) {
			before = git.version(base);
			after = git.version(head);
			root = git.workTree();
			diff = injector().getInstance(PlanSetDiff.class).diff(before, after, referenceDate());
		} catch (PlanSetException e) {
			throw new MojoExecutionException("csi: " + e.getMessage());
		}
		for (Finding change : diff.changes()) {
			String line = FindingText.line(root.relativize(change.file().toAbsolutePath().normalize()).toString(), change);
			switch (change.severity()) {
			case ERROR -> getLog().error(line);
			case WARNING -> getLog().warn(line);
			case INFO -> getLog().info(line);
			}
		}
		getLog().info("csi: " + FindingText.count(diff.changes().size(), "change") + " from " + before.name() + " to " + after.name() + ": "
				+ FindingText.counts(diff.changes()) + ".");
		if (markdown != null) {
			StringWriter text = new StringWriter();
			try (PrintWriter writer = new PrintWriter(text)) {
				new MarkdownChangesWriter(before.name(), after.name()).write(new ValidationResult(diff.changes(), diff.files(), root, ""), writer);
			}
			try {
				Files.createDirectories(markdown.toPath().toAbsolutePath().getParent());
				Files.writeString(markdown.toPath(), text.toString(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new MojoExecutionException("csi: " + markdown + " cannot be written (" + e.getMessage() + ")");
			}
		}
		long errors = FindingText.count(diff.changes(), Finding.Severity.ERROR);
		long warnings = FindingText.count(diff.changes(), Finding.Severity.WARNING);
		if (errors > 0 && !failOn.equals("never") || warnings > 0 && failOn.equals("warning")) {
			throw new MojoFailureException("csi: the plans changed in ways that need review: " + FindingText.counts(diff.changes())
					+ " (failOn " + failOn + "; see the log above)");
		}
	}
}
