package org.csi.dsl.ui.tests;

import static org.csi.dsl.ui.tests.Workbench.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.junit.Test;

/**
 * Keystroke-to-annotation time in the editor on a plan of 5,000 lines: a benchmark, not a test (its
 * name keeps it out of the test run). Run it with {@code benchmarks/editor}; it prints its figures
 * and writes them to {@code target/benchmarks/editor.txt}.
 */
public class EditorBenchmark {

	private static final int BLOCKS = 200;
	private static final int WARM_UP = 20;
	private static final int MEASURED = 60;

	/** A plan of about 5,000 lines: 200 measures, each with its source, steps 3 to 6 and an action. */
	static String plan() {
		StringBuilder text = new StringBuilder("""
				package bench

				plan Bench "A large plan"
				    owner Lead

				vision V "Vision"
				strategy S "Strategy" supports V
				tactical goal T "Tactical" supports S

				process Pr "Process"

				role Lead "Lead" process-owner of Pr

				""");
		for (int i = 0; i < BLOCKS; i++) {
			text.append("""
					should measure M%1$d "Measure %1$d"
					    serves T
					    unit hours
					    lower is better
					    target 4 hours
					    every week
					    baseline 5 hours as of 2026-01-01

					source S%1$d "Source %1$d"
					    owner Lead
					    provides M%1$d every week unit hours

					gather M%1$d from S%1$d every week by Lead
					process M%1$d as "mean" every week by Lead
					analyse M%1$d against target by Lead
					present M%1$d to Lead as dashboard every week

					action A%1$d "Action %1$d"
					    addresses M%1$d
					    owner Lead
					    raised by Lead on 2026-01-01
					    due 2027-01-31
					    priority medium
					    status new

					""".formatted(i));
		}
		return text.toString();
	}

	@Test
	public void keystrokeToAnnotation() throws Exception {
		String first = firstMarkers();
		String text = plan();
		IProject project = project("bench", "bench.csi", text);
		IFile file = project.getFile("bench.csi");
		CsiEditor editor = open(file);
		IDocument document = editor.getDocument();
		// type an x after a role name in the middle of the plan and delete it again: the first
		// keystroke makes an error appear, the second makes it go
		int at = text.indexOf("owner Lead", text.indexOf("action A100")) + "owner Lead".length();
		List<Double> toAnnotation = new ArrayList<>();
		List<Double> onUiThread = new ArrayList<>();
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			boolean typing = i % 2 == 0;
			int before = editor.getReconcileCount();
			long start = System.nanoTime();
			if (typing) {
				document.replace(at, 0, "x");
			} else {
				document.replace(at, 1, "");
			}
			long typed = System.nanoTime();
			Display display = Display.getCurrent();
			while (!(editor.getReconcileCount() > before && editor.getSnapshot().text().equals(document.get())
					&& hasError(editor) == typing)) {
				if (!display.readAndDispatch()) {
					Thread.sleep(1);
				}
			}
			long annotated = System.nanoTime();
			if (i >= WARM_UP) {
				toAnnotation.add((annotated - start) / 1e6);
				onUiThread.add((typed - start) / 1e6);
			}
			spin(20);
		}
		String report = first + "Editor, plan of " + text.lines().count() + " lines, " + MEASURED + " keystrokes (after " + WARM_UP
				+ " to warm up), reconcile delay " + CsiEditor.RECONCILE_DELAY_MS + " ms\n" + "keystroke to annotation: "
				+ figures(toAnnotation) + "\nkeystroke on the UI thread: " + figures(onUiThread) + "\n";
		System.out.println(report);
		Path out = Path.of("target/benchmarks/editor.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	/**
	 * The first plan opened in this workbench: the examples' service desk measures, in a project of
	 * all the example plans. From the call that opens it to its first findings in the editor.
	 */
	private static String firstMarkers() throws Exception {
		IProject examples = projectFrom("examples", Path.of(System.getProperty("csi.repository"), "examples"));
		String text = "";
		if (Boolean.getBoolean("csi.bench.textEditorFirst")) {
			// the platform's own text editor opened first: what the first editor of any kind costs
			IFile notes = examples.getFile("notes.txt");
			write(notes, "notes\n");
			long start = System.nanoTime();
			org.eclipse.ui.ide.IDE.openEditor(page(), notes, "org.eclipse.ui.DefaultTextEditor");
			text = String.format(java.util.Locale.ROOT, "The platform's text editor opened first: %.0f ms%n", (System.nanoTime() - start) / 1e6);
		}
		// a user opens the first plan some seconds after the workbench started: the language is prepared by then
		long waiting = System.nanoTime();
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.csi.dsl.ui.CsiStartup.FAMILY, null);
		text += String.format(java.util.Locale.ROOT, "Waited %.0f ms for the language to be prepared (CsiStartup's job)%n",
				(System.nanoTime() - waiting) / 1e6);
		String first = opening(examples.getFile("service-desk/measures.csi"));
		String second = opening(examples.getFile("cloud-operations/measures.csi"));
		String report = text + String.format(java.util.Locale.ROOT, "First plan opened in this workbench (examples, %d plans): %s%nThe next plan: %s%n",
				org.csi.dsl.ui.builder.ProjectPlans.planFiles(examples).size(), first, second);
		page().closeAllEditors(false);
		waitForBuild();
		examples.delete(true, true, null);
		return report;
	}

	/** Opens a plan: how long the call took (the UI thread's part) and how long until its findings showed. */
	private static String opening(IFile file) throws Exception {
		long start = System.nanoTime();
		CsiEditor editor = (CsiEditor) org.eclipse.ui.ide.IDE.openEditor(page(), file);
		long opened = System.nanoTime();
		Display display = Display.getCurrent();
		while (editor.getReconcileCount() == 0) {
			if (!display.readAndDispatch()) {
				Thread.sleep(1);
			}
		}
		long checked = System.nanoTime();
		return String.format(java.util.Locale.ROOT, "editor open %.0f ms, its findings shown %.0f ms (%d findings)", (opened - start) / 1e6,
				(checked - start) / 1e6, editor.getSnapshot().issues().size());
	}

	private static boolean hasError(CsiEditor editor) {
		return editor.getSnapshot().issues().stream().anyMatch(issue -> issue.getMessage().contains("'Leadx'"));
	}

	private static String figures(List<Double> times) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return String.format(java.util.Locale.ROOT, "median %.0f ms, 90th percentile %.0f ms, max %.0f ms", sorted.get(sorted.size() / 2),
				sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(sorted.size() - 1));
	}
}
