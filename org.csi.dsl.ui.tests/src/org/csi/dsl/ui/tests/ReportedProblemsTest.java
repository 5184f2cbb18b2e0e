package org.csi.dsl.ui.tests;

import static org.csi.dsl.ui.tests.Workbench.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.ide.contentassist.Proposal;
import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.dsl.ui.contentassist.CsiContentAssistProcessor;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.highlighting.SemanticHighlighting;
import org.csi.dsl.ui.editor.CsiSourceViewerConfiguration;
import org.csi.dsl.ui.hover.HoverControl;
import org.csi.dsl.ui.quickfix.CsiQuickAssistProcessor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlExtension;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.editors.text.EditorsUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The problems a new user met in a plain IDE with csi installed (issue 14), each repeated on the
 * example plans in a running workbench, the way the user met it. (Problem 3, a check cancelled by
 * typing, is {@code EditorTest.aCancelledCheckIsDroppedAndTheNextChangeIsChecked}; F3 of problem 5
 * is {@code EditorTest.f3OpensTheDeclarationInTheOtherPlan}.)
 */
public class ReportedProblemsTest {

	private static final String TRACKED_GAP = "14:11 info: Frequency gap of 'P1Restore' is tracked by action 'WeeklyExport':"
			+ " it is needed every week but can be provided only every month.";

	private static final String UNUSED_DATA = "51:14 warning: Source 'Tickets' provides \"Chat sessions per day\", which no should-measure"
			+ " needs: data collected without a purpose. Link it to a should-measure or stop collecting it.";

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();

	private final ILogListener logListener = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR) {
			logged.add(status);
		}
	};

	private IProject project;

	@Before
	public void createProject() throws Exception {
		Path examples = Path.of(System.getProperty("csi.repository"), "examples");
		project = projectFrom("examples", examples);
		write(project.getFile(CsiConfigurationReader.FILE_NAME), Files.readString(examples.resolve(CsiConfigurationReader.FILE_NAME)));
		Platform.addLogListener(logListener);
	}

	@After
	public void deleteProject() throws Exception {
		Platform.removeLogListener(logListener);
		page().closeAllEditors(false);
		waitForBuild();
		project.delete(true, true, null);
	}

	/** 1. Retyping the last character of a reference (FastP1 to FastP2 and back) left a false error until a restart. */
	@Test
	public void retypingACharacterOfAReferenceAndBackLeavesNoFalseFinding() throws Exception {
		IFile measures = project.getFile("service-desk/measures.csi");
		CsiEditor editor = open(measures);
		waitForBuild();
		assertEquals(List.of(TRACKED_GAP, UNUSED_DATA), annotations(editor));
		int last = editor.getDocument().get().indexOf("serves FastP1") + "serves FastP1".length() - 1;
		type(editor, last, 1, "");
		type(editor, last, 0, "2");
		assertEquals(List.of("7:12 error: Unknown goal 'FastP2': no goal of that name is declared in this plan set or imported here.",
				TRACKED_GAP, UNUSED_DATA), annotations(editor));
		type(editor, last, 1, "");
		type(editor, last, 0, "1");
		assertEquals(List.of(TRACKED_GAP, UNUSED_DATA), annotations(editor));
		editor.doSave(new NullProgressMonitor());
		waitForBuild();
		assertEquals(List.of("14 info: Frequency gap of 'P1Restore' is tracked by action 'WeeklyExport': it is needed every week but can be"
				+ " provided only every month."), markers(measures).stream().filter(m -> !m.contains("Chat sessions")).toList());
		assertEquals(List.of(), logged);
	}

	/**
	 * Found by {@code WorkbenchDifferentialTest} (seed 14, step 10): an editor closed without saving
	 * while the colours of its last check were on their way to the UI thread logged a
	 * NullPointerException (the closed editor has no document any more).
	 */
	@Test
	public void closingAnEditorWhileItsColoursAreOnTheirWayLogsNothing() throws Exception {
		CsiEditor editor = open(project.getFile("service-desk/measures.csi"));
		SemanticHighlighting colours = new SemanticHighlighting(editor);
		colours.reconciled(editor.getSnapshot()); // queued for the UI thread, as after every check
		page().closeEditor(editor, false);
		spin(200);
		assertEquals(List.of(), logged);
	}

	/** 2. Saving after deleting an element that a report showed opened an error dialog (a NullPointerException in the report's builder). */
	@Test
	public void savingAfterDeletingAnElementWritesTheReportsWithoutAnError() throws Exception {
		IFile plan = project.getFile("service-desk/plan.csi");
		CsiEditor editor = open(plan);
		waitForBuild();
		IFile report = project.getFile("reports/hospital.servicedesk.ServiceDesk.html");
		String goal = "Publish a knowledge article for the ten most frequent requests";
		assertTrue("the report shows the goal", read(report).contains(goal));
		String text = editor.getDocument().get();
		int start = text.indexOf("operational goal SelfHelp");
		int end = text.indexOf('\n', start) + 1;
		type(editor, start, end - start, "");
		editor.doSave(new NullProgressMonitor());
		waitForBuild();
		assertEquals(List.of(), logged);
		project.refreshLocal(IProject.DEPTH_INFINITE, null);
		assertTrue("the report was written again, without the goal", !read(report).contains(goal));
		assertEquals(List.of("service-desk/measures.csi 36 error: Unknown goal 'SelfHelp': no goal of that name is declared in this plan set"
				+ " or imported here.", "service-desk/register.csi 30 error: Unknown measure or goal 'SelfHelp': no measure or goal of that name is declared in this"
						+ " plan set or imported here."),
				errorMarkers().stream().filter(m -> m.contains("SelfHelp")).toList());
	}

	/** 4. One misspelled keyword made the rest of the file unparsed, with ten errors in four files; an unclosed quote was reported lines later. */
	@Test
	public void aMisspelledKeywordIsOneErrorAndAnUnclosedQuoteIsReportedWhereItOpens() throws Exception {
		IFile plan = project.getFile("service-desk/plan.csi");
		CsiEditor editor = open(plan);
		waitForBuild();
		List<String> errorsBefore = errorMarkers();
		int at = editor.getDocument().get().indexOf("tactical goal FirstContact") + "tact".length();
		type(editor, at, 1, "");
		assertEquals(List.of("16:1 error: 'tactcal' does not start an element: did you mean 'tactical'? The words up to the next element"
				+ " are skipped."), errors(editor));
		editor.doSave(new NullProgressMonitor());
		waitForBuild();
		List<String> errorsAfter = errorMarkers();
		errorsAfter.removeAll(errorsBefore);
		assertEquals("the references to FirstContact in other plans fail, nothing else",
				List.of("service-desk/plan.csi 16 error: 'tactcal' does not start an element: did you mean 'tactical'? The words up to the"
						+ " next element are skipped."),
				errorsAfter.stream().filter(m -> !m.contains("'FirstContact'")).toList());

		type(editor, at, 0, "i");
		int quote = editor.getDocument().get().indexOf("\"Clinicians trust IT with their day\"");
		type(editor, quote + "\"Clinicians trust IT with their day".length(), 1, "");
		assertEquals(List.of("11:14 error: This text has no closing quote: end it with \" on the same line (a text is written on one line)."),
				errors(editor));
	}

	/** 5. Content assist listed a goal twice (short and qualified), offered "," after "Fa", and its details showed only a type name. */
	@Test
	public void contentAssistOffersEachGoalOnceWithItsTitleAndStepAndNothingElseAfterAPartName() throws Exception {
		CsiEditor editor = open(project.getFile("service-desk/measures.csi"));
		String text = editor.getDocument().get();
		int at = text.indexOf("serves FastP1") + "serves Fa".length();
		type(editor, at, "stP1".length(), "");
		List<Proposal> proposals = editor.injected(new CsiContentAssistProcessor(editor)).proposals(editor.getDocument().get(), at);
		// each goal once: this package's by its short name, another package's by its qualified name (it resolves from here too)
		assertEquals(List.of("FastP1", "hospital.cloud.FastDetection"), proposals.stream().map(Proposal::label).toList());
		assertTrue(proposals.get(0).description(), proposals.get(0).description().contains("Restore every P1 incident within 4 hours")
				&& proposals.get(0).description().toLowerCase(java.util.Locale.ROOT).contains("operational goal"));
	}

	/** 5. Hovers were cut off ("...only every m"); in the installed IDE, so were the details of a proposal. */
	@Test
	public void theDetailsOfAProposalWrapInsteadOfBeingCutOff() throws Exception {
		CsiEditor editor = open(project.getFile("service-desk/measures.csi"));
		String details = "Should-measure FirstContactResolution \"Share of contacts resolved at the first line\"\nStep 1 of the improvement"
				+ " cycle: what should be measured";
		IInformationControl control = new CsiSourceViewerConfiguration(editor, EditorsUI.getPreferenceStore())
				.getInformationControlCreator(editor.getViewer()).createInformationControl(editor.getSite().getShell());
		try {
			((IInformationControlExtension2) control).setInput(details);
			control.setSizeConstraints(300, 600);
			Point size = ((IInformationControlExtension) control).hasContents() ? control.computeSizeHint() : null;
			StyledText text = ((HoverControl) control).getTextWidget();
			int oneLine = text.getLineHeight();
			assertTrue("at most as wide as the pane: " + size, size.x <= 300);
			assertTrue("the text wraps to more lines than it has: " + size, size.y >= 4 * oneLine);
			assertEquals(details, text.getText());
		} finally {
			control.dispose();
		}
	}

	/** 5. The owner fix inserted hospital.org.Analyst although the plan imports hospital.org.*. */
	@Test
	public void theOwnerFixWritesTheShortestNameThatResolves() throws Exception {
		CsiEditor editor = open(project.getFile("service-desk/register.csi"));
		waitForBuild();
		String text = editor.getDocument().get();
		int owner = text.indexOf("    owner Analyst\n");
		type(editor, owner, "    owner Analyst\n".length(), "");
		int action = editor.getDocument().get().indexOf("WeeklyExport") + 1;
		List<QuickFix> fixes = editor.injected(new CsiQuickAssistProcessor(editor)).fixesAt(action);
		assertTrue(fixes.stream().map(QuickFix::label).toList().toString(), fixes.stream().anyMatch(f -> f.label().equals("Set owner to 'Analyst'")));
		assertTrue(fixes.stream().noneMatch(f -> f.label().contains("hospital.org.")));
	}

	private List<String> errorMarkers() throws Exception {
		List<String> errors = new ArrayList<>();
		for (IFile file : ProjectPlans.planFiles(project)) {
			for (String marker : markers(file)) {
				if (marker.contains(" error: ")) {
					errors.add(file.getProjectRelativePath() + " " + marker);
				}
			}
		}
		return errors;
	}

	private static List<String> errors(CsiEditor editor) throws Exception {
		return annotations(editor).stream().filter(a -> a.contains(" error: ")).toList();
	}
}
