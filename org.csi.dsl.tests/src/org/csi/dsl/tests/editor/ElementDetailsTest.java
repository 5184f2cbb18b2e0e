package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;

import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.ide.contentassist.ElementDetails;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.junit.Test;

/** What a hover and the details of a proposal say about an element: what it is, its step, how it is judged, its description. */
public class ElementDetailsTest {

	@Test
	public void aMeasureSaysHowItIsJudged() {
		String text = """
				package f
				should measure Fcr "First contact resolution"
				    unit %
				    target 70%
				    minimum sample 100
				    trigger when missed 3 of 6 periods
				    trigger when below 60% for each service
				    benchmark 66% from "HDI"
				    description "Never reassigned"
				""";
		PlanWorkspace workspace = workspace("f.csi", text);
		String details = workspace.read(set -> ElementDetails.of(((PlanFile) resource(workspace, "f.csi").getContents().get(0)).getElements().get(0)));
		assertEquals("""
				Should-measure Fcr "First contact resolution"
				Step 1 of the improvement cycle: what should be measured
				Judged: minimum sample 100 rows; trigger when missed 3 of 6 periods; trigger when below 60% for each service; benchmark 66% (HDI)

				Never reassigned""", details);
	}
}
