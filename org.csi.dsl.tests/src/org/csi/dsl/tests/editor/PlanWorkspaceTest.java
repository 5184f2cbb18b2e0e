package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.junit.Test;

/**
 * The editor's live copy of a project's plans: references across files follow what is typed,
 * without stale links, and partial re-parses give what a whole parse gives.
 */
public class PlanWorkspaceTest {

	@Test
	public void bothPlansCheckCleanly() {
		PlanWorkspace workspace = workspace("shop.csi", SHOP, "ops.csi", OPS);
		assertEquals(List.of(), findings(workspace, "ops.csi"));
	}

	@Test
	public void renamingADeclarationBreaksTheOtherFileAndRestoringItMendsIt() {
		PlanWorkspace workspace = workspace("shop.csi", SHOP, "ops.csi", OPS);
		assertEquals(List.of(), findings(workspace, "ops.csi"));

		workspace.setText(uri("shop.csi"), SHOP.replace("should measure Restore", "should measure Recover"));
		assertEquals(List.of(
				"7:14 csi.link.unresolved: Unknown should-measure 'Restore': no should-measure of that name is declared in this plan set or imported here.",
				"9:8 csi.link.unresolved: Unknown should-measure 'shop.Restore': no should-measure of that name is declared in this plan set or imported here."),
				findings(workspace, "ops.csi"));

		workspace.setText(uri("shop.csi"), SHOP);
		assertEquals(List.of(), findings(workspace, "ops.csi"));
	}

	@Test
	public void aRemovedPlanLeavesItsReferencesUnresolved() {
		PlanWorkspace workspace = workspace("shop.csi", SHOP, "ops.csi", OPS);
		workspace.remove(uri("shop.csi"));
		assertEquals(List.of(uri("ops.csi")), workspace.uris());
		assertEquals(List.of(
				"6:11 csi.link.unresolved: Unknown role 'Lead': no role of that name is declared in this plan set or imported here.",
				"7:14 csi.link.unresolved: Unknown should-measure 'Restore': no should-measure of that name is declared in this plan set or imported here.",
				"9:8 csi.link.unresolved: Unknown should-measure 'shop.Restore': no should-measure of that name is declared in this plan set or imported here.",
				"3:8 csi.link.unknown-import: Import 'shop.*' names nothing in this plan set: no package 'shop' is declared in any of its files."),
				findings(workspace, "ops.csi"));
	}

	@Test
	public void editsAreAppliedByPartialParsesInOrder() {
		PlanWorkspace workspace = workspace("shop.csi", SHOP, "ops.csi", OPS);
		int at = offset(SHOP, "Restore", 0, 0);
		String typed = SHOP.substring(0, at) + "Recover" + SHOP.substring(at + "Restore".length());
		// "Restore" becomes "Recover" by deleting the word and typing it letter by letter
		List<TextEdit> edits = new java.util.ArrayList<>();
		edits.add(new TextEdit(at, 7, ""));
		for (int i = 0; i < 7; i++) {
			edits.add(new TextEdit(at + i, 0, String.valueOf("Recover".charAt(i))));
		}
		workspace.update(uri("shop.csi"), edits, typed);
		assertEquals(typed, resource(workspace, "shop.csi").getParseResult().getRootNode().getText());
		assertEquals(2, findings(workspace, "ops.csi").size());
	}

	@Test
	public void editsThatDoNotFitFallBackToAWholeParse() {
		PlanWorkspace workspace = workspace("shop.csi", SHOP);
		String typed = SHOP.replace("Happy customers", "Delighted customers");
		workspace.update(uri("shop.csi"), List.of(new TextEdit(0, 3, "xyz")), typed);
		assertEquals(typed, resource(workspace, "shop.csi").getParseResult().getRootNode().getText());
	}
}
