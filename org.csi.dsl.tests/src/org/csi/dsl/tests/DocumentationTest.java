package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;

import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.PlanFile;
import org.csi.headless.PlanSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** The hover text of elements, as an editor will show it. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class DocumentationTest {

	@Inject
	private PlanSetFixture fixture;

	@Inject
	private IEObjectDocumentationProvider documentation;

	private PlanFile file;

	@Before
	public void load() {
		fixture.reset();
		PlanSet planSet = fixture.load("plan.csi", ReportTest.SMALL);
		file = (PlanFile) planSet.resourceSet().getResources().get(0).getContents().get(0);
	}

	private EObject element(String name) {
		return file.getElements().stream().filter(e -> e instanceof Named named && name.equals(named.getName())).findFirst()
				.orElseThrow();
	}

	@Test
	public void measureShowsItsGapsAndMissingSteps() {
		assertEquals("""
				Should-measure Restore: Time to restore checkout

				Frequency gap (tracked by action Alerts): it is needed every week but can be provided only every month.

				Breakdown gap (accepted by Lead): it is needed per channel but no source provides that breakdown.""",
				documentation.getDocumentation(element("Restore")));
		assertEquals("""
				Should-measure Failed: Failed payments

				Coverage gap (open): no source provides it.""", documentation.getDocumentation(element("Failed")));
	}

	/** Issue 15: the hover of a measure says how it is judged beyond its target. */
	@Test
	public void measureShowsHowItIsJudged() {
		fixture.reset();
		PlanSet planSet = fixture.load("plan.csi", "package t\nshould measure M \"Measure\"\n    unit %\n    trend only\n    minimum sample 30\n"
				+ "    trigger when below 60%\n    benchmark 66% from \"HDI\"\n");
		EObject measure = ((PlanFile) planSet.resourceSet().getResources().get(0).getContents().get(0)).getElements().get(0);
		assertEquals("""
				Should-measure M: Measure

				Judged: trend only; minimum sample 30 rows; trigger when below 60%; benchmark 66% (HDI).

				Coverage gap (open): no source provides it.""", documentation.getDocumentation(measure));
	}

	@Test
	public void goalShowsItsMeasures() {
		assertEquals("Operational goal QuickFix: Restore checkout within 1 hour\n\nMeasured by Restore.",
				documentation.getDocumentation(element("QuickFix")));
	}

	@Test
	public void actionShowsStatusAndDueDate() {
		assertEquals("Action Alerts: Alert on checkout errors\n\nStatus in-progress, due 2027-02-01.", documentation.getDocumentation(element("Alerts")));
	}

	@Test
	public void stepsHaveNoHover() {
		assertEquals(null, documentation.getDocumentation(file.getElements().stream()
				.filter(e -> e instanceof org.csi.dsl.csi.Gather).findFirst().orElseThrow()));
	}
}
