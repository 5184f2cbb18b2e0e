package org.csi.cli;

import static org.csi.report.history.HistoryMarkdown.endOfCycle;
import static org.csi.report.history.HistoryMarkdown.figure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.csi.cli.versions.GitPlanVersions;
import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.measures.DataStep;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetHistory;
import org.csi.headless.PlanVersion;
import org.csi.report.history.History;
import org.csi.report.history.History.ClosedAction;
import org.csi.report.history.History.Cycle;
import org.csi.report.history.History.Kpi;
import org.csi.report.history.HistoryHtml;
import org.csi.report.history.HistoryMarkdown;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code csi history}: how each cycle of a plan set ended, from its git history. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Did we get there? For each cycle (a tag per review, or the last commits), each KPI's status at the end of the cycle"
				+ " (computed with that version's definition and the data as of the cycle's end when the data can be read, else the baseline and"
				+ " target it states), the actions closed in it with what the data says about them, and the gaps opened and closed.",
				"The plans are read from the repository's objects; the data is read from the working tree, as csi analyze reads it." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the history was written", "2:bad usage, a repository or revision that cannot be read", "3:internal error" })
public class HistoryCommand extends PlanSetCommand {

	enum Format {
		text, markdown, html
	}

	@Option(names = "--tags", paramLabel = "GLOB", description = "the cycles are the tags whose names match, by the time of their commits"
			+ " (default: every tag)")
	String tags;

	@Option(names = "--last", paramLabel = "N", description = "the cycles are the last N commits of HEAD's first-parent line instead of tags")
	Integer last;

	@Option(names = "--commits", paramLabel = "REGEX", description = "the cycles are the commits of HEAD's first-parent line whose message's"
			+ " first line matches (e.g. '^Review')")
	String commits;

	@Option(names = "--in", paramLabel = "FOLDER", description = "only the .csi files under this folder (repeatable; default: the whole"
			+ " repository); csi.properties is the one nearest to the first folder")
	List<Path> folders = new ArrayList<>();

	@Option(names = "--repository", paramLabel = "FOLDER", description = "a folder in the git repository (default: the working directory)")
	Path repository = Paths.get("");

	@Option(names = "--no-data", description = "do not read data: every KPI shows what the plan states")
	boolean noData;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, markdown or html (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = "--output", paramLabel = "FILE", description = "write the history to FILE instead of standard output")
	Path output;

	@Mixin
	DataOptions dataOptions;

	@Override
	protected int run(PrintWriter out, PrintWriter err) throws PlanSetException, IOException {
		if ((tags != null ? 1 : 0) + (last != null ? 1 : 0) + (commits != null ? 1 : 0) > 1) {
			throw new PlanSetException("--tags, --last and --commits choose the cycles in different ways: give one of them");
		}
		java.util.regex.Pattern messages;
		try {
			messages = commits == null ? null : java.util.regex.Pattern.compile(commits);
		} catch (java.util.regex.PatternSyntaxException e) {
			throw new PlanSetException("--commits '" + commits + "' is not a regular expression: " + e.getDescription());
		}
		if (last != null && last < 1) {
			throw new PlanSetException("--last must be 1 or more, found " + last);
		}
		Injector injector = Csi.injector();
		History history;
		try (GitPlanVersions git = GitPlanVersions.open(repository, folders)) {
			List<GitPlanVersions.CycleRef> refs = last != null ? git.lastCommits("HEAD", last)
					: messages != null ? git.commitsMatching("HEAD", messages) : git.tags(tags == null ? "*" : tags);
			if (refs.isEmpty()) {
				throw new PlanSetException(messages != null ? "no commit message matches '" + commits + "'"
						: tags == null && last == null ? "the repository has no tags: tag the commit of each review, or give --last N for the"
								+ " last N commits" : "no tag matches '" + tags + "'");
			}
			List<PlanSetHistory.CycleEnd> ends = new ArrayList<>();
			for (GitPlanVersions.CycleRef ref : refs) {
				ends.add(new PlanSetHistory.CycleEnd(git.version(ref.revision()), ref.date()));
			}
			String title = (folders.isEmpty() ? "" : String.join(", ", folders.stream().map(Path::toString).toList()) + " in ")
					+ git.workTree().getFileName();
			history = injector.getInstance(PlanSetHistory.class).history(title, ends, noData ? null : version -> data(version, injector));
		}
		String text = switch (format) {
		case markdown -> HistoryMarkdown.render(history);
		case html -> HistoryHtml.render(history);
		case text -> text(history);
		};
		if (output == null || output.toString().equals("-")) {
			out.print(text);
		} else {
			ValidateCommand.write(output, text.getBytes(StandardCharsets.UTF_8));
		}
		return ExitCodes.OK;
	}

	/**
	 * The data steps of a version: its plan files' folders (in the working tree) may be read, as its
	 * csi.properties' data.allow narrows them; a narrowing outside them is an error, as in csi analyze.
	 */
	private DataStep data(PlanVersion version, Injector injector) throws PlanSetException {
		Set<Path> roots = new LinkedHashSet<>();
		version.sources().keySet().forEach(file -> roots.add(file.getParent()));
		List<Path> narrowing = new ArrayList<>();
		if (version.settingsAt() != null) {
			Path folder = version.settingsAt().getParent();
			roots.add(folder);
			try {
				narrowing.addAll(injector.getInstance(CsiConfigurationReader.class).read(version.settings()).dataAllowIn(folder));
			} catch (CsiConfigurationReader.ConfigurationException e) {
				throw new PlanSetException(version.settingsAt(), e.getLine(), 1, e.getMessage() + " (in " + version.name() + ")");
			}
		}
		return dataOptions.step(List.copyOf(roots), narrowing, injector);
	}

	/** One block per cycle; everything from the plans goes through {@link FindingText#oneLine}. */
	private static String text(History history) {
		StringBuilder out = new StringBuilder();
		for (Cycle cycle : history.cycles()) {
			out.append(FindingText.oneLine(cycle.name())).append(", ended ").append(cycle.date()).append(": ")
					.append(cycle.judged() == 0 ? "no KPI judged" : HistoryMarkdown.onTarget(cycle) + " KPIs on target").append('\n');
			for (Kpi kpi : cycle.kpis()) {
				String target = kpi.target() == null ? "" : " (target " + figure(kpi.target(), kpi.unit()) + ")";
				out.append(FindingText.oneLine("  " + kpi.name() + ": " + endOfCycle(kpi) + (kpi.stated() == null ? target : ""))).append('\n');
			}
			for (ClosedAction action : cycle.closed()) {
				out.append(FindingText.oneLine("  action " + action.name() + ": " + action.how() + (action.verdict() == null ? ""
						: "; the data says " + action.verdict()))).append('\n');
			}
			for (List<Finding> changes : List.of(cycle.gapsOpened(), cycle.gapsClosed(), cycle.problems())) {
				for (Finding change : changes) {
					out.append(FindingText.oneLine("  " + change.message())).append('\n');
				}
			}
		}
		return out.toString();
	}
}
