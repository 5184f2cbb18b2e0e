package org.csi.dsl.tests.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.common.Finding;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.validation.IssueFindings;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.headless.PlanSetValidator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The findings {@code csi validate} reports for plans of a folder, and the findings the editor's
 * workspace reports for the same texts, both rendered alike (file relative to the folder, where
 * the finding starts and ends, severity, code, message) and sorted, to be compared one for one.
 */
public final class HeadlessFindings {

	private final Path folder;

	private final Map<Path, String> written = new HashMap<>();

	public HeadlessFindings(Path folder) {
		this.folder = folder;
	}

	/**
	 * Makes the plan files of the folder the texts (writes those that changed, deletes those that
	 * are gone) and checks the folder as the command line does, with {@code settings}.
	 */
	List<String> validate(Map<Path, String> texts, CsiSettings settings) {
		return render(findings(texts, settings));
	}

	/** The findings of {@link #validate(Map, CsiSettings)}, as found. */
	public List<Finding> findings(Map<Path, String> texts, CsiSettings settings) {
		try {
			for (Path gone : List.copyOf(written.keySet())) {
				if (!texts.containsKey(gone)) {
					Files.delete(gone);
					written.remove(gone);
				}
			}
			for (Map.Entry<Path, String> entry : texts.entrySet()) {
				if (!entry.getValue().equals(written.get(entry.getKey()))) {
					Files.createDirectories(entry.getKey().getParent());
					Files.writeString(entry.getKey(), entry.getValue(), StandardCharsets.UTF_8);
					written.put(entry.getKey(), entry.getValue());
				}
			}
			PlanSetLoader loader = EditorFixture.injector().getInstance(PlanSetLoader.class);
			PlanSetValidator validator = EditorFixture.injector().getInstance(PlanSetValidator.class);
			return validator.validate(loader.load(List.of(folder), List.of(), List.of(), settings));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (PlanSetException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** Deletes the folder and the plans written into it. */
	public void deleteFolder() throws IOException {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** Every file of the workspace validated, as the editor checks each. */
	List<String> validate(PlanWorkspace workspace, List<Path> files) {
		List<Finding> findings = new ArrayList<>();
		for (Path file : files) {
			for (Issue issue : workspace.validate(URI.createFileURI(file.toString()), CancelIndicator.NullImpl)) {
				findings.add(IssueFindings.toFinding(file, issue));
			}
		}
		return render(findings);
	}

	private List<String> render(List<Finding> findings) {
		List<String> lines = new ArrayList<>();
		for (Finding finding : findings) {
			lines.add(folder.relativize(finding.file()) + ":" + finding.line() + ":" + finding.column() + "-" + finding.endLine() + ":"
					+ finding.endColumn() + " " + finding.severity().label() + " " + finding.code() + ": " + finding.message());
		}
		lines.sort(null);
		return lines;
	}
}
