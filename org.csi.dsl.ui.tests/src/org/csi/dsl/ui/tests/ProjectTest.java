package org.csi.dsl.ui.tests;

import static org.csi.dsl.tests.editor.EditorFixture.OPS;
import static org.csi.dsl.tests.editor.EditorFixture.SHOP;
import static org.csi.dsl.ui.tests.Workbench.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.csi.dsl.ide.wizard.StarterPlan;
import org.csi.dsl.ui.builder.GenerateReportsHandler;
import org.csi.dsl.ui.hover.CsiHover;
import org.csi.dsl.ui.builder.Markers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.preferences.CsiPropertyPage;
import org.csi.dsl.ui.wizard.NewPlanWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Test;

/** Whole-project features: the wizard, the reports, the settings page, and a look at the workbench. */
public class ProjectTest {

	private IProject project;

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		waitForBuild();
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	public void theWizardCreatesAStarterPlanThatChecksCleanly() throws Exception {
		project = project("desk");
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		NewPlanWizard wizard = new NewPlanWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.getPage().setFileName("Service Desk.csi");
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile file = project.getFile("Service Desk.csi");
		assertEquals(StarterPlan.text("service_desk", LocalDate.now()), read(file));
		assertTrue(page().getActiveEditor() instanceof CsiEditor);
		waitForBuild();
		waitUntil("the build of the new plan", () -> {
			try {
				return project.getFolder("reports").exists();
			} catch (Exception e) {
				return false;
			}
		});
		assertEquals(List.of(), markers(file));
	}

	@Test
	public void reportsAreWrittenOnEveryBuildAndByTheCommand() throws Exception {
		project = project("shop", "shop.csi", SHOP, "ops.csi", OPS);
		open(project.getFile("shop.csi"));
		waitForBuild();
		waitUntil("the reports", () -> project.getFile("reports/shop.Shop.html").exists());
		for (String name : List.of("shop.Shop.html", "shop.Shop.md", "shop.Shop.json", "shop.Shop.register.csv")) {
			assertTrue(name, project.getFile("reports/" + name).exists());
		}
		assertTrue(project.getFolder("reports").isDerived());
		assertTrue(read(project.getFile("reports/shop.Shop.md")).startsWith("# Web shop support"));

		write(project.getFile("csi.properties"), "report.folder = out\nreport.formats = md\nreport.on-build = false\n");
		waitForBuild();
		assertFalse(project.getFolder("out").exists());
		Job job = injected(GenerateReportsHandler.class).job(project);
		job.schedule();
		waitUntil("the report job", () -> job.getResult() != null);
		assertEquals("Wrote 1 report files", job.getResult().getMessage());
		assertTrue(project.getFile("out/shop.Shop.md").exists());
		assertFalse(project.getFile("out/shop.Shop.html").exists());
	}

	@Test
	public void aBinaryPlanFileGetsAMarkerThatSaysSo() throws Exception {
		project = project("shop", "shop.csi", SHOP, "bin.csi", "package b\n  \u0000\u0001\n");
		open(project.getFile("shop.csi"));
		waitForBuild();
		IFile binary = project.getFile("bin.csi");
		waitUntil("the marker of the binary file", () -> markerCount(binary) > 0);
		assertEquals(List.of("2 error: a NUL byte: this is a binary file, not a plan"), markers(binary));
		write(binary, "package b\n");
		waitForBuild();
		waitUntil("the marker to go", () -> markerCount(binary) == 0);
	}

	private static int markerCount(IFile file) {
		try {
			return markers(file).size();
		} catch (CoreException e) {
			return -1;
		}
	}

	@Test
	public void generateReportsComputesTheMeasuresFromTheirDataWithTheDataFeature() throws Exception {
		String plan = """
				package t

				plan P "Plan" owner Lead
				vision V "Vision"
				strategy S "Strategy" supports V
				tactical goal T "Tactical" supports S

				process Pr "Process"

				role Lead "Lead" process-owner of Pr

				should measure Restore "Time to restore"
				    serves T
				    unit hours
				    lower is better
				    target 4 hours
				    tolerance 1 hours
				    every month

				source Tickets "Tickets"
				    owner Lead
				    data "tickets.csv"
				    provides Restore every month unit hours

				gather Restore from Tickets every month by Lead
				    check "resolved is set" requires "resolved IS NOT NULL"
				process Restore as "mean hours" by Lead
				    compute mean of "date_diff('minute', opened, resolved) / 60.0" on "opened"
				analyse Restore against target by Lead
				present Restore to Lead as dashboard every month
				""";
		project = project("data", "t.csi", plan, "tickets.csv", """
				opened,resolved
				2026-01-01 08:00:00,2026-01-01 14:00:00
				2026-02-10 08:00:00,2026-02-10 12:30:00
				2026-02-11 08:00:00,
				""", "csi.properties", "reference-date = 2026-03-15\n");
		Job job = injected(GenerateReportsHandler.class).job(project);
		job.schedule();
		waitUntil("the report job", () -> job.getResult() != null);
		assertTrue(job.getResult().getMessage(), job.getResult().isOK());
		String markdown = read(project.getFile("reports/t.P.md"));
		assertTrue(markdown, markdown.contains("""
				### Restore: Time to restore

				Latest 4.5 hours (within tolerance, 2 rows); target 4 ± 1. Variation: no process limits yet: 2 of 12 periods with data.

				<details><summary>Values per period (2)</summary>

				| Period | Actual | Rows | Status | Signal |
				|---|---:|---:|---|---|
				| 2026-01-01 | 6 | 1 | missed |  |
				| 2026-02-01 | 4.5 | 2 | within tolerance |  |
				"""));
		// the hover of the measure says what the run found
		CsiEditor editor = open(project.getFile("t.csi"));
		CsiHover hover = editor.injected(new CsiHover(editor));
		waitUntil("the hover", () -> hover.hoverText(plan.indexOf("Restore \"") + 2) != null);
		String text = hover.hoverText(plan.indexOf("Restore \"") + 2);
		assertTrue(text, text.contains("Should-measure Restore: Time to restore\n\nData: latest 4.5 hours (within tolerance) for 2026-02-01.\n\n"
				+ "Variation: no process limits yet: 2 of 12 periods with data.\n\nAssurance: not known yet: 2 of the 12 periods needed for limits of the process.\n\n"));
		IMarker[] data = java.util.Arrays.stream(project.getFile("t.csi").findMarkers(Markers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(marker -> marker.getAttribute(Markers.FROM_DATA, false)).toArray(IMarker[]::new);
		assertEquals(1, data.length);
		assertEquals("Check 'resolved is set' fails for 1 of 3 rows of source 'Tickets'.", data[0].getAttribute(IMarker.MESSAGE, ""));
		assertEquals(26, data[0].getAttribute(IMarker.LINE_NUMBER, 0));
	}

	/**
	 * What the data says about an action shows in its editor (the data run's markers, unlike the
	 * validation ones, have annotations there), and Ctrl+1 on it records the outcome: twelve months
	 * around 11.5, then seven above it after the action's completion, improved (JudgementTest).
	 */
	@Test
	public void theVerdictOnAnActionShowsInTheEditorAndCtrl1RecordsIt() throws Exception {
		String plan = """
				package t

				plan P "Plan" owner Lead
				vision V "Vision"
				strategy S "Strategy" supports V
				tactical goal T "Tactical" supports S
				process Pr "Process"
				role Lead "Lead" process-owner of Pr

				should measure M "Measure"
				    serves T
				    unit points
				    higher is better
				    every month

				source Rows "Rows"
				    owner Lead
				    data "rows.csv"
				    provides M

				gather M from Rows by Lead
				process M as "by hand" by Lead
				    compute mean of "v" on "t"
				analyse M against target by Lead
				present M to Lead as dashboard

				action A "Action"
				    addresses M
				    owner Lead
				    due 2026-01-31
				    completed 2026-01-01
				    status monitoring
				""";
		StringBuilder rows = new StringBuilder("t,v\n");
		double[] values = { 10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11, 14, 15, 14, 16, 15, 14, 15 };
		for (int i = 0; i < values.length; i++) {
			rows.append(LocalDate.of(2025, 1, 1).plusMonths(i)).append(" 00:00:00,").append(values[i]).append('\n');
		}
		project = project("verdict", "t.csi", plan, "rows.csv", rows.toString(), "csi.properties", "reference-date = 2026-08-01\n");
		CsiEditor editor = open(project.getFile("t.csi"));
		Job job = injected(GenerateReportsHandler.class).job(project);
		job.schedule();
		waitUntil("the report job", () -> job.getResult() != null);
		assertTrue(job.getResult().getMessage(), job.getResult().isOK());
		int completed = plan.indexOf("completed 2026-01-01") + "completed ".length() + 3; // in the date, where the finding is
		org.eclipse.jface.text.source.IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		waitUntil("the data's annotation in the editor", () -> {
			List<String> types = new java.util.ArrayList<>();
			model.getAnnotationIterator().forEachRemaining(annotation -> types.add(annotation.getType()));
			return types.contains("org.csi.dsl.ui.data.info");
		});
		org.csi.dsl.ui.quickfix.CsiQuickAssistProcessor assist = editor.injected(new org.csi.dsl.ui.quickfix.CsiQuickAssistProcessor(editor));
		assertEquals(List.of("Record the outcome the data shows: 'outcome succeeded'"),
				assist.fixesAt(completed).stream().map(org.csi.dsl.ide.quickfix.QuickFix::label).toList());
	}

	@Test
	public void aWrongSettingIsAProblemOfTheSettingsFile() throws Exception {
		project = project("shop", "shop.csi", SHOP, "csi.properties", "# ours\ncsi.gap.unit = fatal\n");
		open(project.getFile("shop.csi"));
		waitForBuild();
		waitUntil("the marker", () -> {
			try {
				return !markers(project.getFile("csi.properties")).isEmpty();
			} catch (Exception e) {
				return false;
			}
		});
		assertEquals(List.of("2 error: severity of 'csi.gap.unit' must be error, warning, info or ignore, found 'fatal'"),
				markers(project.getFile("csi.properties")));
	}

	@Test
	public void theSettingsPageWritesCsiPropertiesAndKeepsComments() throws Exception {
		project = project("shop", "shop.csi", SHOP, "csi.properties", "# our rules\ncsi.gap.unused-data = ignore\n");
		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		CsiPropertyPage page = injected(CsiPropertyPage.class);
		page.setElement(project);
		page.createControl(shell);
		Text referenceDate = find(page.getControl(), Text.class);
		assertEquals("", referenceDate.getText());
		referenceDate.setText("2027-01-31");
		assertEquals("ignore", page.settings().get("csi.gap.unused-data"));
		assertTrue(page.performOk());
		shell.dispose();
		assertEquals("# our rules\ncsi.gap.unused-data = ignore\nreference-date = 2027-01-31\n", read(project.getFile("csi.properties")));
	}

	private static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	public void screenshotOfAnExamplePlanWithItsProblems() throws Exception {
		Path examples = Path.of(System.getProperty("csi.repository"), "examples");
		project = projectFrom("examples", examples);
		IFile measures = project.getFile("service-desk/measures.csi");
		CsiEditor editor = open(measures);
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		waitForBuild();
		waitUntil("the markers of the examples", () -> {
			try {
				return markers(measures).size() == 2;
			} catch (Exception e) {
				return false;
			}
		});
		assertEquals(List.of(
				"14 info: Frequency gap of 'P1Restore' is tracked by action 'WeeklyExport': it is needed every week but can be provided only every month.",
				"51 warning: Source 'Tickets' provides \"Chat sessions per day\", which no should-measure needs: data collected without a purpose."
						+ " Link it to a should-measure or stop collecting it."),
				markers(measures));
		editor.selectAndReveal(Files.readString(examples.resolve("service-desk/measures.csi")).indexOf("P1Restore"), 0);
		Path picture = screenshot("workbench-with-plan");
		assertTrue(Files.size(picture) > 10_000);
	}
}
