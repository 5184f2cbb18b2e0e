package org.csi.dsl.ui.tests;

import static org.csi.dsl.tests.editor.EditorFixture.OPS;
import static org.csi.dsl.tests.editor.EditorFixture.SHOP;
import static org.csi.dsl.ui.tests.Workbench.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.csi.dsl.ide.outline.OutlineNode;
import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ide.wizard.StarterPlan;
import org.csi.dsl.ui.builder.CsiNature;
import org.csi.dsl.ui.builder.Markers;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.DocumentEdits;
import org.csi.dsl.ui.hover.CsiHover;
import org.csi.dsl.ui.hover.HoverContent;
import org.csi.dsl.ui.hover.HoverControl;
import org.csi.dsl.ui.outline.QuickOutlinePopup;
import org.csi.dsl.ui.quickfix.CsiQuickAssistProcessor;
import org.csi.dsl.ui.wizard.NewProjectWizard;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.After;
import org.junit.Test;

/** Issue 14, editor basics: Ctrl+1 and the Problems view's fixes, hovers, Quick Outline, the project wizard. */
public class EditorBasicsTest {

	/** A plan whose measure no source provides: a coverage gap. */
	private static final String GAP = """
			package t

			vision V "Vision"

			strategy S "Strategy"
			    supports V

			tactical goal T "Tactical"
			    supports S

			should measure M "Measure"
			    serves T
			    unit %
			    every week
			""";

	private IProject project;

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		waitForBuild();
		if (project != null && project.exists()) {
			project.delete(true, true, null);
		}
	}

	private static IMarker marker(IFile file, String code) throws CoreException {
		for (IMarker marker : file.findMarkers(Markers.TYPE, true, IResource.DEPTH_ZERO)) {
			if (code.equals(marker.getAttribute(Markers.CODE, null))) {
				return marker;
			}
		}
		return null;
	}

	@Test
	public void theProblemsViewOffersTheFixesOfACoverageGapAndAppliesThemToTheFile() throws Exception {
		project = project("gap", "t.csi", GAP);
		CsiNature.addTo(project);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		waitForBuild();
		IFile file = project.getFile("t.csi");
		waitUntil("the coverage gap's marker", () -> {
			try {
				return marker(file, IssueCodes.GAP_NO_SOURCE) != null;
			} catch (CoreException e) {
				return false;
			}
		});
		IMarker marker = marker(file, IssueCodes.GAP_NO_SOURCE);
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of("Add source 'MSource' that provides 'M'", "Raise action 'CloseCoverageGapOfM' that addresses the coverage gap",
				"Accept the coverage gap of 'M'"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		resolutions[2].run(marker);
		assertEquals(GAP + "\naccept coverage gap of M\n    because \"Why the team lives with this gap\"\n", read(file));
		waitForBuild();
		assertNull(marker(file, IssueCodes.GAP_NO_SOURCE));
	}

	@Test
	public void aFixFromTheProblemsViewChangesTheOpenEditorsTextTypedSinceTheBuild() throws Exception {
		project = project("gap", "t.csi", GAP);
		IFile file = project.getFile("t.csi");
		CsiEditor editor = open(file);
		waitForBuild();
		waitUntil("the coverage gap's marker", () -> {
			try {
				return marker(file, IssueCodes.GAP_NO_SOURCE) != null;
			} catch (CoreException e) {
				return false;
			}
		});
		IMarker marker = marker(file, IssueCodes.GAP_NO_SOURCE);
		// typed above the finding since the build: the marker's offset is the saved file's
		int before = editor.getReconcileCount();
		editor.getDocument().replace(GAP.indexOf("vision"), 0, "// The team's plan\n\n");
		waitForCheck(editor, before);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(3, resolutions.length);
		resolutions[0].run(marker);
		assertEquals(GAP.replace("vision", "// The team's plan\n\nvision") + "\nsource MSource \"Source of Measure\"\n    provides M every week unit %\n",
				editor.getDocument().get());
		assertEquals(GAP, read(file)); // the user saves
	}

	@Test
	public void ctrl1OnAMisspelledReferenceOffersTheSimilarNameAndTheElementToCreate() throws Exception {
		project = project("shop", "plans/shop.csi", SHOP, "plans/ops.csi", OPS);
		CsiEditor editor = open(project.getFile("plans/ops.csi"));
		String text = OPS.replace("    owner Lead\n", "    owner Laed\n");
		int before = editor.getReconcileCount();
		editor.getDocument().set(text);
		waitForCheck(editor, before);
		int offset = text.indexOf("Laed") + 2;
		List<QuickFix> fixes = editor.injected(new CsiQuickAssistProcessor(editor)).fixesAt(offset);
		assertEquals(List.of("Change to 'Lead'", "Create role 'Laed'"), fixes.stream().map(QuickFix::label).toList());
		DocumentEdits.apply(editor.getDocument(), fixes.get(0).edits());
		assertEquals(OPS, editor.getDocument().get());
	}

	@Test
	public void aHoverIsAsLargeAsItsTextAndLinksTheElementsItNames() throws Exception {
		project = project("shop", "plans/shop.csi", SHOP, "plans/ops.csi", OPS);
		CsiEditor shop = open(project.getFile("plans/shop.csi"));
		int restore = SHOP.indexOf("Restore \"") + 2;
		CsiHover hover = shop.injected(new CsiHover(shop));
		HoverContent measure = hover.content(restore);
		String findings = hover.hoverText(restore);
		assertEquals(findings + "\n\nServes Uptime.", measure.text());
		assertEquals(1, measure.links().size());
		assertEquals("Uptime", measure.text().substring(measure.links().get(0).offset(),
				measure.links().get(0).offset() + measure.links().get(0).length()));

		// the longest line (a finding) is longer than a hover is wide: it wraps, and every line shows
		Shell shell = shop.getSite().getShell();
		HoverControl control = new HoverControl(shell, "Press 'F2' for focus");
		try {
			control.setInput(measure);
			Point size = control.computeSizeHint();
			control.setSize(size.x, size.y);
			control.setVisible(true);
			spin(100);
			StyledText text = control.getTextWidget();
			assertEquals(measure.text(), text.getText());
			Rectangle area = text.getClientArea();
			Rectangle all = text.getTextBounds(0, text.getCharCount() - 1);
			assertTrue(all + " in " + area, all.y >= 0 && all.y + all.height <= area.height && all.x + all.width <= area.width);
			assertTrue("wrapped: " + text.getLineCount() + " lines", text.getLinePixel(text.getLineCount()) > text.getLineHeight() * measure.text().split("\n", -1).length);
		} finally {
			control.dispose();
		}

		// a click on a name opens its declaration, here in another plan
		CsiEditor ops = open(project.getFile("plans/ops.csi"));
		HoverContent source = ops.injected(new CsiHover(ops)).content(OPS.indexOf("Logs \"") + 1);
		assertTrue(source.text(), source.text().endsWith("\n\nOwner Lead."));
		HoverControl sourceControl = new HoverControl(shell, "Press 'F2' for focus");
		sourceControl.setInput(source);
		Point size = sourceControl.computeSizeHint();
		sourceControl.setSize(size.x, size.y);
		sourceControl.setVisible(true);
		spin(100);
		StyledText text = sourceControl.getTextWidget();
		Point at = text.getLocationAtOffset(source.links().get(0).offset() + 1);
		Event click = new Event();
		click.x = at.x + 1;
		click.y = at.y + 1;
		click.button = 1;
		text.notifyListeners(SWT.MouseUp, click);
		waitUntil("shop.csi to be active", () -> page().getActiveEditor() != null && page().getActiveEditor().getTitle().equals("shop.csi"));
		ITextSelection selection = (ITextSelection) ((CsiEditor) page().getActiveEditor()).getSelectionProvider().getSelection();
		assertEquals(SHOP.indexOf("role Lead") + "role ".length(), selection.getOffset());
		assertEquals("Lead".length(), selection.getLength());
	}

	@Test
	public void quickOutlineFiltersAsYouTypeAndEnterGoesToTheElement() throws Exception {
		project = project("shop", "plans/shop.csi", SHOP, "plans/ops.csi", OPS);
		CsiEditor editor = open(project.getFile("plans/shop.csi"));
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals(List.of(KeySequence.getInstance("M1+O")),
				List.of(bindings.getActiveBindingsFor("org.csi.dsl.ui.quickOutline")));
		QuickOutlinePopup popup = (QuickOutlinePopup) PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand("org.csi.dsl.ui.quickOutline", null);
		assertNotNull(popup);
		List<String> outline = new ArrayList<>();
		for (OutlineNode node : editor.getSnapshot().outline()) {
			outline.add(node.label());
			node.children().forEach(child -> outline.add("  " + child.label()));
		}
		assertEquals(outline, popup.shownLabels());
		popup.getFilterText().setText("upt");
		assertEquals(List.of("tactical goal Uptime \"Keep checkout available\""), popup.shownLabels());
		popup.getFilterText().notifyListeners(SWT.DefaultSelection, new Event());
		assertNull(popup.getShell());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(SHOP.indexOf("tactical goal Uptime") + "tactical goal ".length(), selection.getOffset());
		assertEquals("Uptime".length(), selection.getLength());
	}

	@Test
	public void theProjectWizardMakesACsiProjectThatChecksCleanly() throws Exception {
		assertNotNull(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.csi.dsl.ui.newProject"));
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		NewProjectWizard wizard = new NewProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		firstText((Composite) wizard.getPage().getControl()).setText("Service Desk");
		assertTrue(wizard.performFinish());
		dialog.close();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Service Desk");
		assertTrue(project.hasNature(CsiNature.ID));
		assertEquals(StarterPlan.PROPERTIES, read(project.getFile("csi.properties")));
		IFile plan = project.getFile(NewProjectWizard.PLAN_FILE);
		assertEquals(StarterPlan.text("service_desk", LocalDate.now()), read(plan));
		assertTrue(page().getActiveEditor() instanceof CsiEditor);
		waitForBuild();
		waitUntil("the build of the new project", () -> project.getFolder("reports").exists());
		assertEquals(List.of(), Arrays.stream(project.findMarkers(Markers.TYPE, true, IResource.DEPTH_INFINITE))
				.map(m -> m.getResource().getName() + ": " + m.getAttribute(IMarker.MESSAGE, "")).toList());
	}

	private static Text firstText(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
			if (child instanceof Composite inner) {
				Text text = firstText(inner);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}
}
