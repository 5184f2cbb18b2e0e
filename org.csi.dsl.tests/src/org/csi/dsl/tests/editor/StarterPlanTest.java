package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.csi.headless.PlanFormatter;
import org.csi.dsl.ide.wizard.StarterPlan;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.junit.Test;

/** The plan the "New CSI plan" wizard writes checks without a finding and is formatted already. */
public class StarterPlanTest {

	@Test
	public void checksWithoutAFinding() {
		String text = StarterPlan.text("service_desk", LocalDate.of(2026, 5, 1));
		PlanWorkspace workspace = workspace("plan.csi", text);
		assertEquals(List.of(), findings(workspace, "plan.csi"));
		assertEquals(text, workspace.read(set -> injector().getInstance(PlanFormatter.class).format(resource(workspace, "plan.csi"))));
	}

	@Test
	public void thePackageIsMadeOfTheFileName() {
		assertEquals("service_desk", StarterPlan.packageFor("Service Desk.csi"));
		assertEquals("plan", StarterPlan.packageFor("plan.csi"));
		assertEquals("plan_2027", StarterPlan.packageFor("2027.csi"));
		assertEquals("plan", StarterPlan.packageFor("---.csi"));
	}
}
