package org.csi.dsl.ui.tests;

import static org.csi.dsl.ui.tests.Workbench.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.csi.dsl.common.Finding;
import org.csi.dsl.ui.compare.CompareWithPreviousHandler;
import org.csi.dsl.ui.compare.PlanChangesInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.TableItem;
import org.junit.After;
import org.junit.Test;

/** "Compare With Previous Version (CSI Changes)": the semantic changes of a saved plan against its local history, above the text compare. */
public class CompareTest {

	private static final String PLAN = """
			package t

			plan P "Plan" owner Lead
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S
			process Pr "Process"
			role Lead "Lead" process-owner of Pr

			should measure M "Measure"
			    serves T
			    unit %
			    higher is better
			    target 90%
			""";

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
	public void theSemanticChangesAreAboveTheTextCompare() throws Exception {
		project = project("compare", "plan.csi", PLAN);
		IFile file = project.getFile("plan.csi");
		write(file, PLAN.replace("target 90%", "target 85%"));
		PlanChangesInput input = injected(CompareWithPreviousHandler.class).input(file);
		input.run(new NullProgressMonitor());
		List<String> changes = input.changes().stream().map(CompareTest::line).toList();
		assertEquals(List.of("14:12 warning csi.diff.target-loosened: Measure 't.M': target 90% became 85%, easier to meet (higher is better)."),
				changes);
		CompareUI.openCompareEditor(input);
		waitUntil("the compare editor", () -> input.table() != null && input.table().getItemCount() == 1);
		TableItem row = input.table().getItem(0);
		assertEquals("Measure 't.M': target 90% became 85%, easier to meet (higher is better).", row.getText(0));
		assertEquals("14", row.getText(1));
		assertEquals("csi.diff.target-loosened", row.getText(2));
		// the change is read whole: its column is as wide as its text (the trial found it cut at a fixed width)
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(input.table());
		int needed = gc.textExtent(row.getText(0)).x;
		gc.dispose();
		assertTrue(input.table().getColumn(0).getWidth() + " < " + needed, input.table().getColumn(0).getWidth() >= needed);
		screenshot("compare-csi-changes");
	}

	@Test
	public void aPlanWithoutHistoryHasNothingToCompare() throws Exception {
		project = project("fresh", "plan.csi", PLAN);
		assertNull(injected(CompareWithPreviousHandler.class).input(project.getFile("plan.csi")));
	}

	private static String line(Finding change) {
		return change.line() + ":" + change.column() + " " + change.severity().label() + " " + change.code() + ": " + change.message();
	}
}
