package org.csi.headless;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.csi.dsl.common.Finding;
import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.diff.PlanDiffer;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.resource.Resource;
import org.csi.dsl.common.FindingText;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.parser.UnknownWords;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.LineAndColumn;

import com.google.inject.Inject;

/**
 * The semantic diff of two versions of a plan set, the run every front end of {@code csi diff}
 * goes through: both versions are loaded with the settings of the old one (so that a change to
 * csi.properties cannot silence the report on itself; the change is reported), a file that cannot
 * be read or parsed in either version is reported and its elements left out, and
 * {@link PlanDiffer} compares the rest.
 */
public class PlanSetDiff {

	@Inject
	private PlanSetLoader loader;

	@Inject
	private PlanDiffer differ;

	@Inject
	private CsiConfigurationReader configurationReader;

	/** What a diff found: the changes in {@link Finding#ORDER}, and the new version's files. */
	public record Result(List<Finding> changes, List<Path> files) {
	}

	/**
	 * Compares {@code before} with {@code after}.
	 *
	 * @param reference the date acceptances' review dates are judged against; null for the
	 *        settings' reference date, else today
	 */
	public Result diff(PlanVersion before, PlanVersion after, LocalDate reference) throws PlanSetException {
		return diff(before, after, reference, phase -> {
		});
	}

	/** The same, telling {@code phases} as each phase ends (for timing). */
	public Result diff(PlanVersion before, PlanVersion after, LocalDate reference, java.util.function.Consumer<String> phases) throws PlanSetException {
		CsiSettings settings = CsiSettings.DEFAULT;
		CsiConfiguration old = configuration(before);
		if (old != null) {
			settings = settings.with(old);
		}
		if (reference != null) {
			settings = settings.withReferenceDate(reference);
		}
		LocalDate today = settings.getReferenceDate() != null ? settings.getReferenceDate() : LocalDate.now();
		List<Finding> changes = new ArrayList<>();
		PlanSet oldSet = loader.load(before.sources(), settings);
		phases.accept("load and parse " + before.name());
		PlanSet newSet = loader.load(after.sources(), settings);
		phases.accept("load and parse " + after.name());
		Set<String> broken = new LinkedHashSet<>();
		unreadable(before, oldSet, settings, broken, changes);
		unreadable(after, newSet, settings, broken, changes);
		settingsChanged(before, after, old, settings, changes);
		phases.accept("files that do not parse, settings");
		link(oldSet);
		link(newSet);
		phases.accept("link both versions");
		changes.addAll(differ.diff(new PlanDiffer.Versions(readable(oldSet, before, broken), before.name(), readable(newSet, after, broken),
				after.name(), today)));
		phases.accept("compare");
		changes.sort(Finding.ORDER);
		return new Result(List.copyOf(changes), newSet.files());
	}

	/**
	 * Resolves every reference of a plan set, file after file, as validation does: the comparison then
	 * reads resolved elements, instead of resolving them one at a time across files in the order it
	 * meets them, which costs the scope caches of every file again and again.
	 */
	private static void link(PlanSet planSet) {
		for (Resource resource : List.copyOf(planSet.resourceSet().getResources())) {
			org.eclipse.xtext.EcoreUtil2.resolveLazyCrossReferences(resource, org.eclipse.xtext.util.CancelIndicator.NullImpl);
		}
	}

	private CsiConfiguration configuration(PlanVersion version) throws PlanSetException {
		if (version.settings() == null) {
			return null;
		}
		try {
			return configurationReader.read(version.settings());
		} catch (CsiConfigurationReader.ConfigurationException e) {
			throw new PlanSetException(version.settingsAt(), e.getLine(), 1, e.getMessage() + " (in " + version.name() + ")");
		}
	}

	/** Files that cannot be read, or parsed, in a version: a finding each, and their paths left out of the comparison. */
	private static void unreadable(PlanVersion version, PlanSet planSet, CsiSettings settings, Set<String> broken, List<Finding> changes) {
		Finding.Severity severity = severity(settings, IssueCodes.DIFF_UNREADABLE);
		for (PlanSetException e : version.unreadable()) {
			Path file = e.file();
			broken.add(file.toString());
			if (severity != null) {
				int line = Math.max(1, e.line());
				int column = Math.max(1, e.column());
				changes.add(new Finding(file, line, column, line, column, 0, 0, severity, IssueCodes.DIFF_UNREADABLE,
						"In " + version.name() + " this file cannot be read (" + e.reason() + "): its elements are left out of the comparison."));
			}
		}
		for (Resource resource : planSet.resourceSet().getResources()) {
			Path file = Path.of(resource.getURI().toFileString());
			String why = null;
			int offset = 0;
			int length = 0;
			for (Resource.Diagnostic error : resource.getErrors()) {
				if (error instanceof XtextSyntaxDiagnostic syntax) {
					why = syntax.getMessage();
					offset = syntax.getOffset();
					length = syntax.getLength();
					break;
				}
			}
			if (why == null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanFile plan) {
				// words the parser skipped: csi validate reports them as syntax errors
				List<UnknownWords.Run> runs = UnknownWords.runs(plan);
				if (!runs.isEmpty()) {
					INode word = runs.get(0).first();
					why = "'" + FindingText.oneLine(NodeModelUtils.getTokenText(word)) + "' cannot come here";
					offset = word.getOffset();
					length = word.getLength();
				}
			}
			if (why != null) {
				broken.add(file.toString());
				if (severity != null) {
					LineAndColumn start = NodeModelUtils.getLineAndColumn(((XtextResource) resource).getParseResult().getRootNode(), offset);
					changes.add(new Finding(file, start.getLine(), start.getColumn(), start.getLine(), start.getColumn() + length, offset, length,
							severity, IssueCodes.DIFF_UNREADABLE, "In " + version.name() + " this file does not parse (" + why + "; csi validate says"
									+ " more): its elements are left out of the comparison."));
				}
			}
		}
	}

	/** The severity the settings give a code, or null when they ignore it. */
	private static Finding.Severity severity(CsiSettings settings, String code) {
		return switch (settings.severity(code)) {
		case "ignore" -> null;
		case "error" -> Finding.Severity.ERROR;
		case "warning" -> Finding.Severity.WARNING;
		default -> Finding.Severity.INFO;
		};
	}

	/** The resources of a version whose file can be read and parsed in both versions. */
	private static List<Resource> readable(PlanSet planSet, PlanVersion version, Set<String> broken) {
		List<Resource> resources = new ArrayList<>();
		for (Resource resource : planSet.resourceSet().getResources()) {
			if (!broken.contains(Path.of(resource.getURI().toFileString()).toString())) {
				resources.add(resource);
			}
		}
		return resources;
	}

	/** The severities or the analysis settings of csi.properties differ between the versions. */
	private void settingsChanged(PlanVersion before, PlanVersion after, CsiConfiguration old, CsiSettings settings, List<Finding> changes)
			throws PlanSetException {
		CsiConfiguration now = configuration(after);
		Map<String, String> oldSeverities = old == null ? Map.of() : old.severities();
		Map<String, String> newSeverities = now == null ? Map.of() : now.severities();
		Set<String> keys = new TreeSet<>(oldSeverities.keySet());
		keys.addAll(newSeverities.keySet());
		List<String> changed = new ArrayList<>();
		for (String key : keys) {
			if (!Objects.equals(oldSeverities.get(key), newSeverities.get(key))) {
				changed.add(key + " " + Objects.requireNonNullElse(oldSeverities.get(key), "default") + " -> "
						+ Objects.requireNonNullElse(newSeverities.get(key), "default"));
			}
		}
		boolean analysis = old != null && now != null && !Objects.equals(old.behaviour(), now.behaviour());
		Finding.Severity severity = severity(settings, IssueCodes.DIFF_SETTINGS_CHANGED);
		if ((changed.isEmpty() && !analysis) || severity == null) {
			return;
		}
		Path file = after.settingsAt() != null ? after.settingsAt() : before.settingsAt();
		changes.add(new Finding(file, 1, 1, 1, 1, 0, 0, severity, IssueCodes.DIFF_SETTINGS_CHANGED, "csi.properties changed between "
				+ before.name() + " and " + after.name() + ": " + (changed.isEmpty() ? "" : "severities " + String.join(", ", changed))
				+ (analysis ? (changed.isEmpty() ? "" : "; ") + "the process behaviour settings (spc.*)" : "") + ". This diff judges both"
				+ " versions with the settings of " + before.name() + "."));
	}
}
