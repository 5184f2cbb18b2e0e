package org.csi.dsl.tests.editor;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.validation.IssueCodes;
import org.csi.headless.PlanFileDiscovery;
import org.eclipse.emf.common.util.URI;
import org.junit.Test;

/**
 * The editor never says something about a plan that {@code csi validate} would not say about the
 * same text (issue 14). The example plans are loaded into an editor's workspace and edited by a
 * seeded random user ({@link EditingSession}); after every step every file is checked in the
 * workspace, and the texts are checked afresh as the command line does, and the two must report
 * the same findings. A CI run takes {@value #STEPS} steps from seed {@value #SEED}; a soak run takes
 * more, from another seed: {@code -Dcsi.soak.steps=20000 -Dcsi.soak.seed=7}.
 */
public class DifferentialEditingTest {

	static final int STEPS = 600;

	static final long SEED = 14;

	/** Other settings a project may switch to: another reference date, other severities. */
	private static final CsiConfiguration STRICTER = new CsiConfiguration(
			Map.of(IssueCodes.UNUSED_DATA, "error", IssueCodes.NO_BASELINE, "ignore", IssueCodes.GAP_ACCEPTED, "warning"),
			LocalDate.of(2027, 6, 1), CsiConfiguration.Reports.DEFAULT, List.of());

	/** How many lines of steps a failure lists before the one that diverged. */
	private static final int HISTORY = 12;

	@Test
	public void theEditorReportsWhatTheCommandLineReportsAfterEveryEdit() throws Exception {
		int steps = Integer.getInteger("csi.soak.steps", STEPS);
		long seed = Long.getLong("csi.soak.seed", SEED);
		Path examples = Paths.get(System.getProperty("csi.repository"), "examples");
		CsiConfiguration configuration = new CsiConfigurationReader().read(examples.resolve(CsiConfigurationReader.FILE_NAME));
		Path folder = Files.createTempDirectory("csi-differential");
		HeadlessFindings headless = new HeadlessFindings(folder);
		try {
			Map<Path, String> texts = copies(examples, folder);
			PlanWorkspace workspace = EditorFixture.injector().getInstance(PlanWorkspace.class);
			workspace.setConfiguration(configuration);
			Map<URI, String> byUri = new LinkedHashMap<>();
			texts.forEach((file, text) -> byUri.put(EditingSession.uri(file), text));
			workspace.setTexts(byUri, List.of());
			EditingSession session = new EditingSession(workspace, folder, texts, List.of(configuration, STRICTER), seed);
			assertEquals("before any edit", headless.validate(texts, CsiSettings.of(configuration)),
					headless.validate(workspace, List.copyOf(texts.keySet())));
			long start = System.nanoTime();
			play(session, workspace, headless, steps, seed);
			System.out.printf("DifferentialEditingTest: %d steps from seed %d in %.1f s%n", steps, seed, (System.nanoTime() - start) / 1e9);
		} finally {
			headless.deleteFolder();
		}
	}

	/** The plans under {@code examples}, by the paths of their copies in {@code folder}, in the order csi validate reads them. */
	private static Map<Path, String> copies(Path examples, Path folder) throws Exception {
		Map<Path, String> texts = new LinkedHashMap<>();
		for (Path file : EditorFixture.injector().getInstance(PlanFileDiscovery.class).discover(List.of(examples))) {
			texts.put(folder.resolve(examples.relativize(file).toString()), Files.readString(file));
		}
		return texts;
	}

	/** The steps, each followed by the comparison; fails at the first difference or exception. */
	private static void play(EditingSession session, PlanWorkspace workspace, HeadlessFindings headless, int steps, long seed) {
		ReconcilerRun reconciler = new ReconcilerRun();
		Deque<String> history = new ArrayDeque<>();
		for (int step = 1; step <= steps; step++) {
			List<String> editor;
			try {
				history.addLast(step + ". " + session.step());
				if (session.reconcileNow()) {
					int cancelAfter = session.cancelAfter();
					reconciler.reconcile(workspace, session.currentUri(), cancelAfter);
					history.add("   the editor checks " + session.currentFile().getFileName() + (cancelAfter < 0 ? "" : ", cancelled after " + cancelAfter));
				}
				editor = headless.validate(workspace, List.copyOf(session.texts().keySet()));
			} catch (RuntimeException | Error e) {
				throw new AssertionError(failure(seed, history, session) + "threw " + e, e);
			}
			List<String> expected = headless.validate(session.texts(), CsiSettings.of(session.configuration()));
			if (!expected.equals(editor)) {
				throw new AssertionError(failure(seed, history, session) + difference(editor, expected));
			}
			while (history.size() > HISTORY) {
				history.removeFirst();
			}
		}
	}

	private static String failure(long seed, Deque<String> history, EditingSession session) {
		return "seed " + seed + ", after\n  " + String.join("\n  ", history) + "\nthe text of " + session.currentFile() + " is\n"
				+ session.texts().get(session.currentFile()) + "\n";
	}

	private static String difference(List<String> editor, List<String> expected) {
		List<String> onlyEditor = new ArrayList<>(editor);
		List<String> onlyHeadless = new ArrayList<>();
		for (String finding : expected) {
			if (!onlyEditor.remove(finding)) { // one occurrence: a finding reported twice counts twice
				onlyHeadless.add(finding);
			}
		}
		return "the editor reports, and csi validate does not:\n  " + String.join("\n  ", onlyEditor)
				+ "\ncsi validate reports, and the editor does not:\n  " + String.join("\n  ", onlyHeadless) + "\n";
	}
}
