package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.csi.dsl.ide.outline.OutlineBuilder;
import org.csi.dsl.ide.outline.OutlineNode;
import org.junit.Test;

/** The Outline view of a plan: what it lists, and where a click selects. */
public class OutlineTest {

	private static void render(List<OutlineNode> nodes, String indent, StringBuilder out) {
		for (OutlineNode node : nodes) {
			out.append(indent).append(node.label()).append(" [").append(node.step()).append(", lines ").append(node.startLine())
					.append('-').append(node.endLine()).append("]\n");
			render(node.children(), indent + "  ", out);
		}
	}

	@Test
	public void listsEveryElementInTheOrderOfTheFile() {
		var workspace = workspace("shop.csi", SHOP, "ops.csi", OPS);
		OutlineBuilder builder = injector().getInstance(OutlineBuilder.class);
		StringBuilder out = new StringBuilder();
		render(builder.outline(resource(workspace, "ops.csi")), "", out);
		assertEquals("""
				package ops [null, lines 1-1]
				source Logs "Checkout logs" [STEP_CAN, lines 5-7]
				  provides Restore [null, lines 7-7]
				gather shop.Restore [STEP_DATA, lines 9-11]
				""", out.toString());
		out.setLength(0);
		render(builder.outline(resource(workspace, "shop.csi")), "", out);
		assertEquals("""
				package shop [null, lines 1-1]
				plan Shop "Web shop support" [STEP_STRATEGY, lines 3-4]
				vision Happy "Happy customers" [STEP_STRATEGY, lines 6-6]
				strategy Fast "Fix what blocks a purchase first" [STEP_STRATEGY, lines 8-9]
				tactical goal Uptime "Keep checkout available" [STEP_STRATEGY, lines 11-12]
				process Incidents "Incident management" [STEP_STRATEGY, lines 14-14]
				role Lead "Support lead" [STEP_STRATEGY, lines 16-17]
				should-measure Restore "Time to restore checkout" [STEP_SHOULD, lines 19-22]
				""", out.toString());
	}

	@Test
	public void aClickSelectsTheName() {
		var workspace = workspace("shop.csi", SHOP);
		OutlineNode measure = injector().getInstance(OutlineBuilder.class).outline(resource(workspace, "shop.csi")).get(7);
		assertEquals("Restore", SHOP.substring(measure.nameOffset(), measure.nameOffset() + measure.nameLength()));
		assertEquals(SHOP.substring(offset(SHOP, "should measure", 0, 0), SHOP.length() - 1),
				SHOP.substring(measure.offset(), measure.offset() + measure.length()));
	}

	/** A measure's improvement triggers are listed under it, as a source's provisions are. */
	@Test
	public void listsTheTriggersOfAMeasure() {
		String text = "package t\nshould measure M \"m\"\n    target 5\n    per service\n    trigger when missed 3 of 6 periods\n"
				+ "    trigger when below 4 for each service\n";
		var workspace = workspace("t.csi", text);
		StringBuilder out = new StringBuilder();
		render(injector().getInstance(OutlineBuilder.class).outline(resource(workspace, "t.csi")), "", out);
		assertEquals("""
				package t [null, lines 1-1]
				should-measure M "m" [STEP_SHOULD, lines 2-6]
				  trigger when missed 3 of 6 periods [null, lines 5-5]
				  trigger when below 4 for each service [null, lines 6-6]
				""", out.toString());
	}
}
