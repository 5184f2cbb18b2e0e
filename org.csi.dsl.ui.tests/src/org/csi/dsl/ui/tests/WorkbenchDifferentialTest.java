package org.csi.dsl.ui.tests;

import static org.csi.dsl.ui.tests.Workbench.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.csi.dsl.common.Finding;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.tests.editor.HeadlessFindings;
import org.csi.dsl.tests.editor.RandomTyping;
import org.csi.dsl.ui.builder.Markers;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.findings.CsiAnnotation;
import org.csi.dsl.validation.IssueFindings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * In a running workbench, a seeded random user edits the example plans in CSI editors: types and
 * deletes characters and words inside names, keywords and strings, undoes, copies and pastes
 * blocks of lines, saves, switches between plans, closes them with and without saving and opens
 * them again, and another tool changes a plan that is not open (issue 14). After every step, once
 * the editors are quiet, every open editor's squiggles must be, finding for finding (where, how
 * severe, code, message), what {@code csi validate} reports for the same texts; after every save,
 * the Problems view's markers of every plan must be too. Anything the checking or the builder
 * logs as an error fails the test.
 *
 * A CI run takes {@value #STEPS} steps from seed {@value #SEED}; a soak run more, from another seed:
 * {@code -Dcsi.soak.workbench.steps=3000 -Dcsi.soak.workbench.seed=7} (docs/editor.md).
 */
public class WorkbenchDifferentialTest {

	static final int STEPS = 300;

	static final long SEED = 14;

	/** How long the editors may take to show the findings of a text once typing stopped. */
	private static final long QUIET_MS = 15_000;

	private static final int HISTORY = 14;

	private static final int MAX_OPEN = 4;

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();

	private final ILogListener logListener = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR && concernsCsi(status)) {
			logged.add(status);
		}
	};

	/** Whether a logged problem is of csi's code: its plug-in, its message or its exception name csi (a child status too). */
	private static boolean concernsCsi(IStatus status) {
		Throwable error = status.getException();
		if (String.valueOf(status.getPlugin()).startsWith("org.csi") || String.valueOf(status.getMessage()).contains("org.csi.")
				|| error != null && (String.valueOf(error.getMessage()).contains("org.csi.") || Arrays.toString(error.getStackTrace()).contains("org.csi."))) {
			return true;
		}
		return Arrays.stream(status.getChildren()).anyMatch(WorkbenchDifferentialTest::concernsCsi);
	}

	private IProject project;

	private Path examples;

	private Path copy;

	private HeadlessFindings headless;

	private CsiSettings settings;

	private Random random;

	private RandomTyping typing;

	private final Deque<String> history = new ArrayDeque<>();

	@Before
	public void createProject() throws Exception {
		examples = Path.of(System.getProperty("csi.repository"), "examples");
		project = projectFrom("differential", examples);
		write(project.getFile(CsiConfigurationReader.FILE_NAME), Files.readString(examples.resolve(CsiConfigurationReader.FILE_NAME)));
		settings = CsiSettings.of(new CsiConfigurationReader().read(examples.resolve(CsiConfigurationReader.FILE_NAME)));
		copy = Files.createTempDirectory("csi-workbench-differential");
		headless = new HeadlessFindings(copy);
		Platform.addLogListener(logListener);
		waitForBuild();
	}

	@After
	public void closeEverything() throws Exception {
		Platform.removeLogListener(logListener);
		page().closeAllEditors(false);
		waitForBuild();
		project.delete(true, true, null);
		headless.deleteFolder();
	}

	@Test
	public void theEditorsAndTheProblemsViewReportWhatTheCommandLineReports() throws Exception {
		int steps = Integer.getInteger("csi.soak.workbench.steps", STEPS);
		long seed = Long.getLong("csi.soak.workbench.seed", SEED);
		random = new Random(seed);
		List<IFile> plans = ProjectPlans.planFiles(project);
		plans.sort(Comparator.comparing(f -> f.getProjectRelativePath().toString()));
		List<String> texts = new ArrayList<>();
		for (IFile plan : plans) {
			texts.add(read(plan));
		}
		typing = new RandomTyping(random, texts);
		say("open " + plans.get(0).getName() + " and " + plans.get(1).getName());
		open(plans.get(0));
		open(plans.get(1));
		compareMarkers(seed);
		long start = System.nanoTime();
		int saves = 0;
		for (int step = 1; step <= steps; step++) {
			boolean saved = step(plans, step);
			compareEditors(seed);
			if (saved) {
				saves++;
				compareMarkers(seed);
			}
			if (!logged.isEmpty()) {
				IStatus status = logged.get(0);
				throw new AssertionError(failure(seed) + "logged: " + status.getMessage(), status.getException());
			}
			while (history.size() > HISTORY) {
				history.removeFirst();
			}
		}
		System.out.printf("WorkbenchDifferentialTest: %d steps (%d saves) from seed %d in %.1f s%n", steps, saves, seed,
				(System.nanoTime() - start) / 1e9);
	}

	/** One thing a user does; true when plans were written to disk and built. */
	private boolean step(List<IFile> plans, int step) throws Exception {
		List<CsiEditor> open = openEditors();
		CsiEditor editor = page().getActiveEditor() instanceof CsiEditor active ? active : open.isEmpty() ? null : open.get(0);
		int kind = random.nextInt(100);
		if (editor == null || kind < 8) {
			IFile file = plans.get(random.nextInt(plans.size()));
			if (open.size() >= MAX_OPEN && !isOpen(file)) {
				CsiEditor closed = open.get(random.nextInt(open.size()));
				say(step + ". close " + closed.getTitle() + " without saving");
				page().closeEditor(closed, false);
			}
			say(step + ". open " + file.getName());
			open(file);
			return false;
		}
		IDocument document = editor.getDocument();
		String name = editor.getTitle();
		if (kind < 14) {
			boolean save = random.nextBoolean() && editor.isDirty();
			say(step + ". close " + name + (save ? " and save it" : " without saving"));
			if (save) {
				editor.doSave(new NullProgressMonitor()); // closeEditor(editor, true) would ask the user
			}
			page().closeEditor(editor, false);
			waitForBuild();
			return save;
		}
		if (kind < 22) {
			boolean dirty = editor.isDirty(); // saving what did not change writes nothing and builds nothing
			say(step + ". save " + name + (dirty ? "" : " (not changed)"));
			editor.doSave(new NullProgressMonitor());
			waitForBuild();
			return dirty;
		}
		if (kind < 26) {
			List<IFile> closed = plans.stream().filter(file -> !isOpen(file)).toList();
			if (!closed.isEmpty()) {
				IFile file = closed.get(random.nextInt(closed.size()));
				RandomTyping.Typed typed = typing.change(read(file));
				say(step + ". another tool changes " + file.getName() + ": " + typed.what());
				write(file, typed.after());
				waitForBuild();
				return true;
			}
		}
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		if (kind < 36 && target.canDoOperation(ITextOperationTarget.UNDO)) {
			say(step + ". undo in " + name);
			target.doOperation(ITextOperationTarget.UNDO);
			return false;
		}
		if (kind < 42) {
			String text = document.get();
			int from = lineStart(document, random.nextInt(document.getNumberOfLines()));
			int to = lineStart(document, Math.min(document.getNumberOfLines(), document.getLineOfOffset(from) + 1 + random.nextInt(5)));
			int at = lineStart(document, random.nextInt(document.getNumberOfLines()));
			say(step + ". copy " + name + " lines at " + from + ".." + to + " (" + firstLine(text.substring(from, to)) + ") and paste them at " + at);
			editor.selectAndReveal(from, to - from);
			target.doOperation(ITextOperationTarget.COPY);
			editor.selectAndReveal(at, 0);
			target.doOperation(ITextOperationTarget.PASTE);
			return false;
		}
		RandomTyping.Typed typed = typing.change(document.get());
		say(step + ". in " + name + ": " + typed.what());
		for (TextEdit edit : typed.edits()) {
			document.replace(edit.offset(), edit.length(), edit.text());
			if (random.nextInt(4) == 0) {
				spin(random.nextInt(3) * CsiEditor.RECONCILE_DELAY_MS); // a pause: a check starts and the next key cancels it
			}
		}
		return false;
	}

	/** Waits until every open editor shows the findings csi validate reports for the texts now; fails when one does not. */
	private void compareEditors(long seed) throws Exception {
		long end = System.currentTimeMillis() + QUIET_MS;
		while (true) {
			Map<IFile, String> texts = texts();
			List<String> expected = render(headless.findings(copies(texts), settings));
			List<String> shown = new ArrayList<>();
			boolean quiet = true;
			for (CsiEditor editor : openEditors()) {
				quiet &= editor.getSnapshot().text() != null && editor.getSnapshot().text().equals(editor.getDocument().get());
				List<String> ofEditor = annotations(editor);
				quiet &= ofEditor != null;
				shown.addAll(ofEditor == null ? List.of() : ofEditor);
			}
			List<String> wanted = expected.stream().filter(line -> openEditors().stream().anyMatch(e -> line.startsWith(pathOf(e) + " "))).toList();
			shown.sort(null);
			if (quiet && shown.equals(sorted(wanted))) {
				return;
			}
			if (System.currentTimeMillis() > end) {
				throw new AssertionError(failure(seed) + (quiet ? "" : "an editor is still checking after " + QUIET_MS + " ms\n")
						+ difference("the editors", shown, sorted(wanted)));
			}
			spin(40);
		}
	}

	/** The Problems view's markers of every plan must be what csi validate reports for the texts the build read. */
	private void compareMarkers(long seed) throws Exception {
		waitForBuild();
		List<String> expected = sorted(render(headless.findings(copies(texts()), settings)));
		List<String> markers = new ArrayList<>();
		for (IFile file : ProjectPlans.planFiles(project)) {
			for (IMarker marker : file.findMarkers(Markers.TYPE, true, IResource.DEPTH_ZERO)) {
				int start = marker.getAttribute(IMarker.CHAR_START, -1);
				markers.add(line(file.getProjectRelativePath().toString(), marker.getAttribute(IMarker.LINE_NUMBER, 0), start, marker.getAttribute(IMarker.CHAR_END, -1) - start,
						severity(marker.getAttribute(IMarker.SEVERITY, -1)), marker.getAttribute(Markers.CODE, ""),
						marker.getAttribute(IMarker.MESSAGE, "")));
			}
		}
		markers.sort(null);
		if (!markers.equals(expected)) {
			throw new AssertionError(failure(seed) + difference("the Problems view", markers, expected));
		}
	}

	/** The text of every plan as the user has it: an open editor's, else the file's. */
	private Map<IFile, String> texts() throws Exception {
		Map<IFile, String> texts = new LinkedHashMap<>();
		for (IFile file : ProjectPlans.planFiles(project)) {
			texts.put(file, read(file));
		}
		for (CsiEditor editor : openEditors()) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			texts.put(file, editor.getDocument().get());
		}
		return texts;
	}

	private Map<Path, String> copies(Map<IFile, String> texts) {
		Map<Path, String> copies = new LinkedHashMap<>();
		texts.forEach((file, text) -> copies.put(copy.resolve(file.getProjectRelativePath().toString()), text));
		return copies;
	}

	private List<String> render(List<Finding> findings) {
		List<String> lines = new ArrayList<>();
		for (Finding finding : findings) {
			lines.add(line(copy.relativize(finding.file()).toString(), finding.line(), finding.offset(), finding.length(), finding.severity().label(),
					finding.code(), finding.message()));
		}
		return lines;
	}

	/** The squiggles of an editor, or null while the reconciler's thread is replacing them. */
	private static List<String> annotations(CsiEditor editor) throws BadLocationException {
		List<String> lines = new ArrayList<>();
		IAnnotationModel model = editor.getAnnotationModel();
		IDocument document = editor.getDocument();
		var annotations = model.getAnnotationIterator();
		while (annotations.hasNext()) {
			if (annotations.next() instanceof CsiAnnotation annotation && !annotation.isMarkedDeleted()) {
				Position position = model.getPosition(annotation);
				if (position == null) {
					return null; // being replaced by the reconciler's thread right now
				}
				String severity = switch (annotation.getType()) {
				case CsiAnnotation.ERROR -> "error";
				case CsiAnnotation.WARNING -> "warning";
				default -> "info";
				};
				lines.add(line(pathOf(editor), document.getLineOfOffset(position.getOffset()) + 1, position.getOffset(), position.getLength(),
						severity, IssueFindings.codeOf(annotation.getIssue()), annotation.getText()));
			}
		}
		return lines;
	}

	private static String line(String file, int line, int offset, int length, String severity, String code, String message) {
		return file + " " + line + " @" + offset + "+" + length + " " + severity + " " + code + ": " + message;
	}

	private static String severity(int marker) {
		return switch (marker) {
		case IMarker.SEVERITY_ERROR -> "error";
		case IMarker.SEVERITY_WARNING -> "warning";
		default -> "info";
		};
	}

	private static List<String> sorted(List<String> lines) {
		List<String> sorted = new ArrayList<>(lines);
		sorted.sort(null);
		return sorted;
	}

	private static List<CsiEditor> openEditors() {
		List<CsiEditor> editors = new ArrayList<>();
		for (IEditorReference reference : page().getEditorReferences()) {
			IEditorPart part = reference.getEditor(true);
			if (part instanceof CsiEditor editor && editor.getDocumentProvider() != null) {
				editors.add(editor);
			}
		}
		return editors;
	}

	private static String pathOf(CsiEditor editor) {
		return editor.getEditorInput().getAdapter(IFile.class).getProjectRelativePath().toString();
	}

	private static boolean isOpen(IFile file) {
		return openEditors().stream().anyMatch(editor -> file.equals(editor.getEditorInput().getAdapter(IFile.class)));
	}

	private static int lineStart(IDocument document, int line) throws BadLocationException {
		return line >= document.getNumberOfLines() ? document.getLength() : document.getLineOffset(line);
	}

	private static String firstLine(String text) {
		int newLine = text.indexOf('\n');
		return newLine < 0 ? text : text.substring(0, newLine) + "...";
	}

	private void say(String what) {
		history.addLast(what);
	}

	private String failure(long seed) {
		StringBuilder texts = new StringBuilder();
		for (CsiEditor editor : openEditors()) {
			texts.append("--- ").append(editor.getTitle()).append(editor.isDirty() ? " (not saved)" : "").append('\n')
					.append(editor.getDocument().get()).append('\n');
		}
		return "seed " + seed + ", after\n  " + String.join("\n  ", history) + "\nthe open plans:\n" + texts;
	}

	private static String difference(String who, List<String> shown, List<String> expected) {
		List<String> onlyShown = new ArrayList<>(shown);
		List<String> onlyExpected = new ArrayList<>();
		for (String finding : expected) {
			if (!onlyShown.remove(finding)) {
				onlyExpected.add(finding);
			}
		}
		return who + " show, and csi validate does not report:\n  " + String.join("\n  ", onlyShown) + "\ncsi validate reports, and " + who
				+ " do not show:\n  " + String.join("\n  ", onlyExpected) + "\n";
	}
}
