package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ide.quickfix.QuickFixes;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.Test;

/** Each quick fix: its label, the exact text after it, and that its finding is gone. */
public class QuickFixTest {

	private static final String PLAN = """
			package t

			vision V "Vision"

			strategy S "Strategy"
			    supports V

			tactical goal T "Tactical"
			    supports S

			process Pr "Process"

			role Lead "Lead"
			    process-owner of Pr

			should measure M "Measure"
			    serves T
			    unit %
			    every week
			    per channel
			""";

	private final QuickFixes quickFixes = injector().getInstance(QuickFixes.class);

	private List<QuickFix> fixes(PlanWorkspace workspace, String code) {
		for (Issue issue : workspace.validate(uri("t.csi"), CancelIndicator.NullImpl)) {
			if (code.equals(issue.getCode())) {
				return quickFixes.fixes(resource(workspace, "t.csi"), issue);
			}
		}
		throw new AssertionError("no finding " + code + " in " + findings(workspace, "t.csi"));
	}

	private static List<String> labels(List<QuickFix> fixes) {
		return fixes.stream().map(QuickFix::label).toList();
	}

	/** Applies the fix and checks the plan again: the text after it, and its findings. */
	private static String applied(String text, QuickFix fix) {
		return TextEdit.apply(text, fix.edits());
	}

	private static List<String> codesAfter(String text) {
		return findings(workspace("t.csi", text), "t.csi").stream().map(f -> f.split(" ")[1].replace(":", "")).toList();
	}

	@Test
	public void anUnmeasurableMeasureGetsASourceAnActionOrAnAcceptance() {
		PlanWorkspace workspace = workspace("t.csi", PLAN);
		List<QuickFix> fixes = fixes(workspace, IssueCodes.GAP_NO_SOURCE);
		assertEquals(List.of("Add source 'MSource' that provides 'M'", "Raise action 'CloseCoverageGapOfM' that addresses the coverage gap",
				"Accept the coverage gap of 'M'"), labels(fixes));

		String withSource = applied(PLAN, fixes.get(0));
		assertEquals(PLAN + """

				source MSource "Source of Measure"
				    provides M every week unit % per channel
				""", withSource);
		assertEquals(List.of(), codesAfter(withSource).stream().filter(c -> c.startsWith("csi.gap")).toList());

		String withAction = applied(PLAN, fixes.get(1));
		assertEquals(PLAN.strip() + """


				action CloseCoverageGapOfM "Close the coverage gap of Measure"
				    addresses coverage gap of M
				    status new""", withAction.strip());
		assertEquals(List.of(IssueCodes.GAP_TRACKED), codesAfter(withAction).stream().filter(c -> c.startsWith("csi.gap")).toList());

		String withAcceptance = applied(PLAN, fixes.get(2));
		assertEquals(PLAN.strip() + """


				accept coverage gap of M
				    because "Why the team lives with this gap\"""", withAcceptance.strip());
		assertEquals(List.of(IssueCodes.GAP_ACCEPTED), codesAfter(withAcceptance).stream().filter(c -> c.startsWith("csi.gap")).toList());
	}

	@Test
	public void anActionGetsAnOwnerAndADueDate() {
		String text = PLAN + "\naction A \"Act\"\n    addresses M\n";
		PlanWorkspace workspace = workspace("t.csi", text);
		List<QuickFix> owners = fixes(workspace, IssueCodes.ACTION_NO_OWNER);
		assertEquals(List.of("Set owner to 'Lead'"), labels(owners));
		assertEquals(text.replace("addresses M\n", "addresses M\n    owner Lead\n"), applied(text, owners.get(0)));
		List<QuickFix> due = fixes(workspace, IssueCodes.ACTION_NO_DUE_DATE);
		assertEquals(List.of("Add due date 2026-07-01 (30 days from today)"), labels(due));
		assertEquals(text.replace("addresses M\n", "addresses M\n    due 2026-07-01\n"), applied(text, due.get(0)));
	}

	@Test
	public void aProcessGetsAnOwnerRole() {
		String text = PLAN.replace("role Lead \"Lead\"\n    process-owner of Pr\n", "");
		PlanWorkspace workspace = workspace("t.csi", text);
		List<QuickFix> fixes = fixes(workspace, IssueCodes.PROCESS_NO_OWNER);
		assertEquals(List.of("Add role 'PrOwner', process owner of 'Pr'"), labels(fixes));
		assertEquals(text.replace("process Pr \"Process\"\n", "process Pr \"Process\"\n\nrole PrOwner \"Owner of Process\" process-owner of Pr\n"),
				applied(text, fixes.get(0)));
	}

	@Test
	public void aMissingElementIsCreatedAtTheEnd() {
		String text = PLAN + "\ngather Faster\n    by Analyst\n";
		PlanWorkspace workspace = workspace("t.csi", text);
		List<QuickFix> fixes = fixes(workspace, IssueCodes.UNRESOLVED);
		assertEquals(List.of("Create should-measure 'Faster'"), labels(fixes));
		assertEquals(text + "\nshould measure Faster \"Faster\"\n", applied(text, fixes.get(0)));
	}

	@Test
	public void theLevelOfAMissingGoalFollowsFromWhatSupportsIt() {
		String text = PLAN.replace("supports V", "supports Mission");
		List<QuickFix> fixes = fixes(workspace("t.csi", text), IssueCodes.UNRESOLVED);
		assertEquals(List.of("Create vision 'Mission'"), labels(fixes));
	}

	@Test
	public void noFixIsGuessedWhereItIsNotClear() {
		// a measure may serve a goal of any level: which one to create is the team's call
		String text = PLAN.replace("serves T", "serves T, Faster");
		assertEquals(List.of(), fixes(workspace("t.csi", text), IssueCodes.UNRESOLVED));
	}
}
