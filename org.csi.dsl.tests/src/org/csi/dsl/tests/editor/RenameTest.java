package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import java.util.Map;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.rename.Rename;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.Test;

/** Rename changes the declaration and every reference, qualified or not, in every file. */
public class RenameTest {

	private final Rename rename = injector().getInstance(Rename.class);

	@Test
	public void renamesInEveryFile() {
		PlanWorkspace workspace = workspace("shop.csi", SHOP, "ops.csi", OPS);
		EObject measure = injector().getInstance(Navigation.class).elementAt(resource(workspace, "ops.csi"),
				offset(OPS, "shop.Restore", 0, 8));
		Map<URI, List<TextEdit>> edits = rename.edits(measure, "Recovery");
		assertEquals(List.of(uri("shop.csi"), uri("ops.csi")), List.copyOf(edits.keySet()));
		assertEquals(SHOP.replace("should measure Restore", "should measure Recovery"), TextEdit.apply(SHOP, edits.get(uri("shop.csi"))));
		assertEquals(OPS.replace("provides Restore", "provides Recovery").replace("gather shop.Restore", "gather shop.Recovery"),
				TextEdit.apply(OPS, edits.get(uri("ops.csi"))));
		// and the renamed plans check as cleanly as before
		PlanWorkspace renamed = workspace("shop.csi", TextEdit.apply(SHOP, edits.get(uri("shop.csi"))), "ops.csi",
				TextEdit.apply(OPS, edits.get(uri("ops.csi"))));
		assertEquals(List.of(), findings(renamed, "ops.csi"));
	}

	@Test
	public void refusesNamesThatCannotBeNames() {
		assertNull(rename.problemWith("Recovery_2"));
		assertEquals("A name starts with a letter or '_' and has only letters, digits and '_'.", rename.problemWith("2fast"));
		assertEquals("A name starts with a letter or '_' and has only letters, digits and '_'.", rename.problemWith("a.b"));
		assertEquals("'gather' is a keyword of the language.", rename.problemWith("gather"));
	}
}
