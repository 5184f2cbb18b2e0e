package org.csi.dsl.ui.tests;

import static org.csi.dsl.tests.editor.EditorFixture.OPS;
import static org.csi.dsl.tests.editor.EditorFixture.SHOP;
import static org.csi.dsl.ui.tests.Workbench.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.csi.dsl.ide.contentassist.Proposal;
import org.csi.dsl.ide.highlighting.HighlightStyle;
import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ui.builder.CsiNature;
import org.csi.dsl.ui.contentassist.CsiContentAssistProcessor;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.CsiReconcilingStrategy;
import org.csi.dsl.ui.editor.CsiSourceViewerConfiguration;
import org.csi.dsl.ui.editor.DocumentEdits;
import org.csi.dsl.ui.editor.ToggleCommentHandler;
import org.csi.dsl.ui.format.FormatHandler;
import org.csi.dsl.ui.highlighting.CsiColors;
import org.csi.dsl.ui.hover.CsiTextHover;
import org.csi.dsl.ui.navigation.CsiHyperlinkDetector;
import org.csi.dsl.ui.outline.CsiOutlinePage;
import org.csi.dsl.ui.quickfix.CsiQuickAssistProcessor;
import org.csi.dsl.ui.rename.RenameHandler;
import org.csi.dsl.ui.search.FindReferencesHandler;
import org.csi.dsl.ui.search.ReferencesQuery;
import org.csi.dsl.ui.search.ReferencesResult;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The CSI editor in a running workbench, asserting what the user sees. */
public class EditorTest {

	private IProject project;
	private IFile shop;
	private IFile ops;

	@Before
	public void createProject() throws Exception {
		project = project("shop", "plans/shop.csi", SHOP, "plans/ops.csi", OPS);
		shop = project.getFile("plans/shop.csi");
		ops = project.getFile("plans/ops.csi");
	}

	@After
	public void closeEditors() throws Exception {
		page().closeAllEditors(false);
		waitForBuild();
		project.delete(true, true, null);
	}

	@Test
	public void aPlanOpensInTheCsiEditorAndItsProjectGetsTheBuilder() throws Exception {
		CsiEditor editor = open(ops);
		assertEquals(CsiEditor.ID, editor.getSite().getId());
		waitUntil("the CSI nature", () -> {
			try {
				return project.hasNature(CsiNature.ID);
			} catch (Exception e) {
				return false;
			}
		});
		assertEquals(List.of(), annotations(editor));
	}

	@Test
	public void findingsShowAsYouTypeAndGoWhenFixed() throws Exception {
		CsiEditor editor = open(ops);
		int at = OPS.indexOf("from Logs") + "from ".length();
		type(editor, at, "Logs".length(), "Log");
		assertEquals(List.of("10:10 error: Unknown source 'Log': no source of that name is declared in this plan set or imported here."),
				annotations(editor));
		type(editor, at, "Log".length(), "Logs");
		assertEquals(List.of(), annotations(editor));
	}

	/**
	 * A check cancelled because the user typed on (issue 14, item 3): Xtext's OperationCanceledError
	 * escaped the reconciling strategy and ended the editor's checking thread, after which the
	 * editor showed nothing. The cancelled check is dropped, and the next change is checked.
	 */
	@Test
	public void aCancelledCheckIsDroppedAndTheNextChangeIsChecked() throws Exception {
		CsiEditor editor = open(ops);
		waitUntil("the first check", () -> editor.getReconcileCount() > 0);
		CsiReconcilingStrategy strategy = editor.injected(new CsiReconcilingStrategy(editor));
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		strategy.setProgressMonitor(cancelled);
		int before = editor.getReconcileCount();
		strategy.reconcile(new Region(0, editor.getDocument().getLength()));
		assertEquals("a cancelled check shows nothing", before, editor.getReconcileCount());

		int at = OPS.indexOf("from Logs") + "from ".length();
		type(editor, at, "Logs".length(), "Log");
		assertEquals(List.of("10:10 error: Unknown source 'Log': no source of that name is declared in this plan set or imported here."),
				annotations(editor));
	}

	@Test
	public void problemsViewMarkersFollowChangesInOtherFiles() throws Exception {
		open(ops);
		waitForBuild();
		assertEquals(List.of(), markers(ops));
		// a change on disk in one plan breaks a reference in the other
		write(shop, SHOP.replace("should measure Restore", "should measure Recover"));
		waitForBuild();
		assertEquals(List.of(
				"7 error: Unknown should-measure 'Restore': no should-measure of that name is declared in this plan set or imported here.",
				"9 error: Unknown should-measure 'shop.Restore': no should-measure of that name is declared in this plan set or imported here."),
				markers(ops));
		assertEquals(List.of("19 error: Should-measure 'Recover' cannot be measured: no source provides it. Add 'provides Recover' to a source,"
				+ " raise an action that addresses 'coverage gap of Recover', or accept the gap."), markers(shop).stream()
						.filter(m -> m.contains("cannot be measured")).toList());
		// and mending it leaves no stale marker
		write(shop, SHOP);
		waitForBuild();
		assertEquals(List.of(), markers(ops));
		assertEquals(List.of(), markers(shop).stream().filter(m -> m.contains("cannot be measured")).toList());
	}

	@Test
	public void contentAssistOffersMeasuresOfEveryPlanAndTemplates() throws Exception {
		CsiEditor editor = open(ops);
		String text = OPS + "\ngather ";
		editor.getDocument().set(text);
		List<Proposal> proposals = editor.injected(new CsiContentAssistProcessor(editor)).proposals(text, text.length());
		assertEquals("Restore", proposals.stream().filter(p -> p.kind().equals(Proposal.REFERENCE)).map(Proposal::label)
				.collect(Collectors.joining(", ")));
		String newLine = OPS + "\n";
		editor.getDocument().set(newLine);
		assertTrue(editor.injected(new CsiContentAssistProcessor(editor)).proposals(newLine, newLine.length()).stream()
				.anyMatch(p -> p.label().equals("present - template")));
	}

	@Test
	public void hoverShowsTheMeasureAndItsGapStatus() throws Exception {
		CsiEditor editor = open(shop);
		// the findings at that place first, then what the measure is
		assertEquals("""
				Should-measure 'Restore' has no baseline: without one you cannot tell whether the service improved. Add 'baseline <value> as of <date>'.

				Should-measure 'Restore' is never analysed (step 5): add 'analyse Restore against target'.

				Should-measure 'Restore' is never presented (step 6): add 'present Restore to <role>'.

				Should-measure 'Restore' is never processed (step 4): add 'process Restore as "<formula>"'.

				Should-measure Restore: Time to restore checkout

				No step 1/2 gap: the sources provide what the goals need.

				Steps still missing: process, analyse, present.""",
				editor.injected(new CsiTextHover(editor)).hoverText(SHOP.indexOf("Restore \"") + 2));
	}

	@Test
	public void aHoverShowsMarkupAndControlCharactersAsWritten() throws Exception {
		CsiEditor editor = open(shop);
		type(editor, SHOP.indexOf("Time to restore checkout"), "Time to restore checkout".length(),
				"<b>bold</b> &amp; <script>alert(1)</script> \u202eevil");
		String hover = editor.injected(new CsiTextHover(editor)).hoverText(SHOP.indexOf("Restore \"") + 2);
		assertTrue(hover, hover.contains("\n\nShould-measure Restore: <b>bold</b> &amp; <script>alert(1)</script> <U+202E>evil\n\n"));
		// the hover's control shows it as plain text: no markup read, no entity decoded
		IInformationControlCreator creator = new CsiSourceViewerConfiguration(editor, EditorsUI.getPreferenceStore())
				.getInformationControlCreator(editor.getViewer());
		List<Shell> before = List.of(editor.getSite().getShell().getDisplay().getShells());
		IInformationControl control = creator.createInformationControl(editor.getSite().getShell());
		try {
			control.setSize(800, 600);
			control.setInformation(hover);
			List<String> shown = new ArrayList<>();
			for (Shell shell : editor.getSite().getShell().getDisplay().getShells()) {
				if (!before.contains(shell)) {
					collectText(shell, shown);
				}
			}
			assertEquals(List.of(hover), shown);
		} finally {
			control.dispose();
		}
	}

	private static void collectText(Control control, List<String> texts) {
		if (control instanceof StyledText text) {
			texts.add(text.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectText(child, texts);
			}
		}
	}

	@Test
	public void ctrlClickOpensTheDeclarationInTheOtherPlan() throws Exception {
		CsiEditor editor = open(ops);
		int offset = OPS.indexOf("shop.Restore") + 7;
		IHyperlink[] links = editor.injected(new CsiHyperlinkDetector(editor)).detectHyperlinks(editor.getViewer(), new Region(offset, 0), false);
		assertNotNull(links);
		assertEquals(new Region(OPS.indexOf("shop.Restore"), "shop.Restore".length()), links[0].getHyperlinkRegion());
		links[0].open();
		assertRestoreDeclarationShown();
	}

	/** The active editor shows shop.csi with the name of the measure Restore selected. */
	private void assertRestoreDeclarationShown() {
		IEditorPart active = page().getActiveEditor();
		assertEquals("shop.csi", active.getTitle());
		TextSelection selection = (TextSelection) ((CsiEditor) active).getSelectionProvider().getSelection();
		assertEquals(SHOP.indexOf("Restore \""), selection.getOffset());
		assertEquals("Restore".length(), selection.getLength());
	}

	private static void assertBoundTo(String keys, String command) throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals(List.of(org.eclipse.jface.bindings.keys.KeySequence.getInstance(keys)), List.of(bindings.getActiveBindingsFor(command)));
	}

	/** A plain Eclipse IDE binds F3 to nothing: the plan editor binds it to its own Open Declaration (issue 14). */
	@Test
	public void f3OpensTheDeclarationInTheOtherPlan() throws Exception {
		CsiEditor editor = open(ops);
		assertBoundTo("F3", "org.csi.dsl.ui.openDeclaration");
		waitUntil("the plan is checked", () -> editor.getSnapshot().text() != null);
		editor.selectAndReveal(OPS.indexOf("shop.Restore") + 7, 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.csi.dsl.ui.openDeclaration", null);
		assertRestoreDeclarationShown();
	}

	@Test
	public void occurrencesOfTheElementUnderTheCursorAreMarked() throws Exception {
		CsiEditor editor = open(shop);
		editor.selectAndReveal(SHOP.indexOf("owner Lead") + 7, 0);
		waitUntil("occurrences", () -> editor.getOccurrenceCount() == 2);
	}

	@Test
	public void outlineListsTheElements() throws Exception {
		CsiEditor editor = open(ops);
		ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		waitUntil("the outline", () -> outline.getCurrentPage() instanceof CsiOutlinePage page && page.getControl() != null
				&& page.getViewer().getTree().getItemCount() == 3);
		TreeViewer tree = ((CsiOutlinePage) outline.getCurrentPage()).getViewer();
		tree.expandAll();
		List<String> labels = new ArrayList<>();
		for (TreeItem item : tree.getTree().getItems()) {
			labels.add(item.getText());
			for (TreeItem child : item.getItems()) {
				labels.add("  " + child.getText());
			}
		}
		assertEquals(List.of("package ops", "source Logs \"Checkout logs\"", "  provides Restore", "gather shop.Restore"), labels);
	}

	@Test
	public void aQuickFixAddsASourceForAnUnmeasurableMeasure() throws Exception {
		CsiEditor editor = open(shop);
		page().closeAllEditors(false);
		ops.delete(true, null);
		editor = open(shop);
		int offset = SHOP.indexOf("Restore \"") + 1;
		waitUntil("the coverage gap", () -> !fixesAt((CsiEditor) page().getActiveEditor(), offset).isEmpty());
		List<QuickFix> fixes = fixesAt(editor, offset);
		assertEquals(List.of("Add source 'RestoreSource' that provides 'Restore'",
				"Raise action 'CloseCoverageGapOfRestore' that addresses the coverage gap", "Accept the coverage gap of 'Restore'"),
				fixes.stream().map(QuickFix::label).toList());
		DocumentEdits.apply(editor.getDocument(), fixes.get(0).edits());
		assertEquals(SHOP + "\nsource RestoreSource \"Source of Time to restore checkout\"\n    provides Restore every week unit minutes\n",
				editor.getDocument().get());
		waitForCheck(editor, editor.getReconcileCount() - 1);
		assertEquals(List.of(), annotations(editor).stream().filter(a -> a.contains("cannot be measured")).toList());
	}

	@Test
	public void formatLaysThePlanOutAsTheCliDoes() throws Exception {
		CsiEditor editor = open(ops);
		editor.getDocument().set("package ops import shop.*\nsource Logs \"Checkout logs\" owner Lead provides Restore every week unit minutes\n"
				+ "gather shop.Restore from Logs every week\n");
		assertEquals(null, injected(FormatHandler.class).format(editor));
		assertEquals("package ops\n\nimport shop.*\n\nsource Logs \"Checkout logs\"\n    owner Lead\n    provides Restore every week unit minutes\n\n"
				+ "gather shop.Restore from Logs every week\n", editor.getDocument().get());
		editor.getDocument().set("package ops\nsource Logs \"unclosed\n");
		assertEquals("Cannot format a plan with syntax errors or a repeated clause: fix them first", injected(FormatHandler.class).format(editor));
	}

	@Test
	public void renameChangesEveryPlan() throws Exception {
		CsiEditor editor = open(ops);
		RenameHandler.Preparation rename = injected(RenameHandler.class).prepare(editor, OPS.indexOf("shop.Restore") + 6);
		assertEquals("Restore", rename.currentName());
		injected(RenameHandler.class).apply(rename, "Recovery");
		// the open plan changes in its editor, the other one on disk
		assertEquals(OPS.replace("provides Restore", "provides Recovery").replace("shop.Restore", "shop.Recovery"), editor.getDocument().get());
		assertTrue(editor.isDirty());
		assertEquals(SHOP.replace("should measure Restore", "should measure Recovery"), read(shop));
	}

	@Test
	public void findReferencesListsEveryReferenceInTheSearchView() throws Exception {
		CsiEditor editor = open(shop);
		ReferencesQuery query = injected(FindReferencesHandler.class).query(editor, SHOP.indexOf("Restore \"") + 1);
		assertEquals("References to 'Restore'", query.getLabel());
		NewSearchUI.runQueryInForeground(null, query);
		ReferencesResult result = (ReferencesResult) query.getSearchResult();
		assertEquals("'Restore' - 2 references in the project's plans", result.getLabel());
		List<String> rows = java.util.Arrays.stream(result.getElements()).map(Object::toString).sorted().toList();
		assertEquals(List.of("plans/ops.csi:7: provides Restore every week unit minutes", "plans/ops.csi:9: gather shop.Restore"), rows);
	}

	@Test
	public void everyElementOfMoreThanOneLineFolds() throws Exception {
		CsiEditor editor = open(shop);
		ProjectionAnnotationModel model = ((ProjectionViewer) editor.getViewer()).getProjectionAnnotationModel();
		waitUntil("the folds", () -> {
			int[] count = { 0 };
			model.getAnnotationIterator().forEachRemaining(a -> count[0]++);
			return count[0] == 5;
		});
		List<String> folded = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			Position position = model.getPosition(a);
			String text = SHOP.substring(position.getOffset(), position.getOffset() + position.getLength());
			folded.add(text.substring(0, text.indexOf('\n')));
		});
		java.util.Collections.sort(folded);
		// plan, strategy, tactical goal, role and should-measure span more than one line
		assertEquals(List.of("plan Shop \"Web shop support\"", "role Lead \"Support lead\"", "should measure Restore \"Time to restore checkout\"",
				"strategy Fast \"Fix what blocks a purchase first\"", "tactical goal Uptime \"Keep checkout available\""), folded);
	}

	@Test
	public void theOpeningKeywordShowsTheColourOfItsStep() throws Exception {
		CsiEditor editor = open(ops);
		StyledText widget = editor.getViewer().getTextWidget();
		waitUntil("the colours of meaning", () -> widget.getStyleRangeAtOffset(OPS.indexOf("gather")) != null
				&& CsiColors.of(HighlightStyle.STEP_DATA).getForeground().equals(widget.getStyleRangeAtOffset(OPS.indexOf("gather")).foreground));
		waitUntil("the colour of step 2", () -> CsiColors.of(HighlightStyle.STEP_CAN).getForeground()
				.equals(widget.getStyleRangeAtOffset(OPS.indexOf("source")).foreground));
		assertEquals(CsiColors.of(HighlightStyle.KEYWORD).getForeground(), widget.getStyleRangeAtOffset(OPS.indexOf("from")).foreground);
		StyleRange reference = widget.getStyleRangeAtOffset(OPS.indexOf("shop.Restore") + 2);
		assertEquals(CsiColors.of(HighlightStyle.REFERENCE).getForeground(), reference.foreground);
		assertEquals(SWT.ITALIC, reference.fontStyle);
		assertEquals(CsiColors.of(HighlightStyle.STRING).getForeground(), widget.getStyleRangeAtOffset(OPS.indexOf("\"Checkout")).foreground);
	}

	@Test
	public void ctrlShiftFIsTheFormatCommandInThePlanEditor() throws Exception {
		CsiEditor editor = open(ops);
		assertBoundTo("CTRL+SHIFT+F", "org.csi.dsl.ui.format");
		editor.getDocument().set("package ops import shop.*\n");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.csi.dsl.ui.format", null);
		assertEquals("package ops\n\nimport shop.*\n", editor.getDocument().get());
	}

	@Test
	public void ctrlSlashCommentsLinesOutAndBackIn() throws Exception {
		CsiEditor editor = open(ops);
		int start = OPS.indexOf("gather");
		editor.selectAndReveal(start, OPS.length() - start);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.csi.dsl.ui.toggleComment", null);
		assertEquals(OPS.replace("gather shop.Restore\n    from Logs\n    every week\n", "//gather shop.Restore\n//    from Logs\n//    every week\n"),
				editor.getDocument().get());
		editor.selectAndReveal(start, 10);
		ToggleCommentHandler.toggle(editor);
		assertEquals(OPS.replace("    from Logs", "//    from Logs").replace("    every week\n", "//    every week\n"), editor.getDocument().get());
	}

	@Test
	public void typingAQuoteClosesItAndANewLineKeepsTheIndentation() throws Exception {
		CsiEditor editor = open(ops);
		StyledText widget = editor.getViewer().getTextWidget();
		int end = OPS.indexOf("    every week") + "    every week".length();
		widget.setSelection(end);
		widget.insert("\n");
		assertEquals(OPS.substring(0, end) + "\n    " + OPS.substring(end), editor.getDocument().get());

		String text = OPS + "action A \n";
		editor.getDocument().set(text);
		int at = text.length() - 1;
		widget.setSelection(at);
		widget.insert("\"");
		assertEquals(OPS + "action A \"\"\n", editor.getDocument().get());
		assertEquals(at + 1, widget.getCaretOffset());
		widget.insert("Fix");
		widget.setSelection(at + 4);
		widget.insert("\""); // typing the closing quote steps over it
		assertEquals(OPS + "action A \"Fix\"\n", editor.getDocument().get());
		assertEquals(at + 5, widget.getCaretOffset());
	}

	private static List<QuickFix> fixesAt(CsiEditor editor, int offset) {
		return editor.injected(new CsiQuickAssistProcessor(editor)).fixesAt(offset);
	}

}
