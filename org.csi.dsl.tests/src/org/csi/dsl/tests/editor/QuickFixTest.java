package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.headless.PlanFormatter;
import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ide.quickfix.QuickFixes;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.resource.XtextResource;
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

	/** A plan of another package, that {@code t} imports in some tests, and one it never imports. */
	private static final String HOSPITAL = """
			package hospital.org

			role Analyst "Service analyst"
			""";

	private static final String LAB = """
			package lab

			role Zed "Lab lead"
			""";

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

	private static List<String> codesAfter(PlanWorkspace workspace, String code) {
		return findings(workspace, "t.csi").stream().map(f -> f.split(" ")[1].replace(":", "")).filter(code::equals).toList();
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
	public void anOwnerIsNamedByTheShortestNameThatResolvesFromThePlan() {
		String text = PLAN.replace("package t\n", "package t\n\nimport hospital.org.*\n") + "\naction A \"Act\"\n    addresses M\n    due 2026-07-01\n";
		PlanWorkspace workspace = workspace("hospital.csi", HOSPITAL, "lab.csi", LAB, "t.csi", text);
		List<QuickFix> owners = fixes(workspace, IssueCodes.ACTION_NO_OWNER);
		assertEquals(List.of("Set owner to 'Lead'", "Set owner to 'Analyst'", "Set owner to 'lab.Zed'"), labels(owners));
		assertEquals(text.replace("due 2026-07-01\n", "due 2026-07-01\n    owner Analyst\n"), applied(text, owners.get(1)));
		assertEquals(text.replace("due 2026-07-01\n", "due 2026-07-01\n    owner lab.Zed\n"), applied(text, owners.get(2)));
	}

	@Test
	public void aMisspelledReferenceIsChangedToASimilarVisibleName() {
		String text = PLAN.replace("package t\n", "package t\n\nimport hospital.org.*\n")
				+ "\naction A \"Act\"\n    addresses M\n    owner Analist\n    due 2026-07-01\n";
		PlanWorkspace workspace = workspace("hospital.csi", HOSPITAL, "lab.csi", LAB, "t.csi", text);
		List<QuickFix> fixes = fixes(workspace, IssueCodes.UNRESOLVED);
		assertEquals(List.of("Change to 'Analyst'", "Create role 'Analist'"), labels(fixes));
		String changed = applied(text, fixes.get(0));
		assertEquals(text.replace("owner Analist", "owner Analyst"), changed);
		assertEquals(List.of(), codesAfter(workspace("hospital.csi", HOSPITAL, "lab.csi", LAB, "t.csi", changed), IssueCodes.UNRESOLVED));
	}

	@Test
	public void everyKindOfReferenceCreatesAnElementTheFormatterAccepts() {
		PlanFormatter formatter = injector().getInstance(PlanFormatter.class);
		String[][] cases = {
				{ "strategy S2 \"S2\"\n    supports Mission\n", "Create vision 'Mission'", "vision Mission \"Mission\"", "" },
				{ "tactical goal T2 \"T2\"\n    supports Plan\n", "Create strategy 'Plan'", "strategy Plan \"Plan\"", "" },
				{ "operational goal O \"O\"\n    refines Aim\n", "Create tactical goal 'Aim'", "tactical goal Aim \"Aim\"", "" },
				{ "process P2 \"P2\"\n    for Mail\n", "Create service 'Mail'", "service Mail \"Mail\"" },
				{ "role Boss \"Boss\" process-owner of Change\n", "Create process 'Change'", "process Change \"Change\"" },
				{ "csf Q \"Q\" for Mail\n", "Create service 'Mail'", "service Mail \"Mail\"" },
				{ "should measure K \"K\"\n    serves T\n    kpi of Quality\n", "Create critical success factor 'Quality'",
						"csf Quality \"Quality\" for Pr" },
				{ "source Src \"Src\"\n    owner Boss\n    provides M\n", "Create role 'Boss'", "role Boss \"Boss\"" },
				{ "source Src \"Src\"\n    provides Speed\n", "Create should-measure 'Speed'", "should measure Speed \"Speed\"" },
				{ "action A \"A\"\n    addresses Speed\n", "Create should-measure 'Speed'", "should measure Speed \"Speed\"" },
				{ "gather M\n    from Logs\n", "Create source 'Logs'", "source Logs \"Logs\"" },
				{ "role Boss \"Boss\" process-owner of Pr\n\nrole Clerk \"Clerk\" practitioner of Pr for Mail\n", "Create service 'Mail'",
						"service Mail \"Mail\"" },
				{ "role Boss \"Boss\"\n\nsource Src \"Src\"\n    owner Boss\n\nrole Clerk \"Clerk\" process-manager of Pr\n\npresent M to Reader\n",
						"Create role 'Reader'", "role Reader \"Reader\"" } };
		for (String[] each : cases) {
			String text = PLAN + "\n" + each[0];
			List<QuickFix> fixes = fixes(workspace("t.csi", text), IssueCodes.UNRESOLVED);
			QuickFix create = fixes.stream().filter(f -> f.label().equals(each[1])).findFirst()
					.orElseThrow(() -> new AssertionError(each[1] + " not in " + labels(fixes)));
			String created = applied(text, create);
			// one-line goals stay together without a blank line, as the formatter keeps them
			assertEquals(each[1], text + (each.length > 3 ? each[3] : "\n") + each[2] + "\n", created);
			PlanWorkspace before = workspace("t.csi", text);
			PlanWorkspace after = workspace("t.csi", created);
			// the formatter changes nothing of what the fix added
			assertEquals(each[1], before.read(set -> formatter.format(resource(before, "t.csi"))) + created.substring(text.length()),
					after.read(set -> formatter.format(resource(after, "t.csi"))));
			assertEquals(each[1], List.of(), codesAfter(after, IssueCodes.UNRESOLVED));
		}
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
	public void aMeasureMayServeAGoalOfEitherLevel() {
		// which level to create is the team's call: both are offered
		String text = PLAN.replace("serves T", "serves T, Faster");
		assertEquals(List.of("Create tactical goal 'Faster'", "Create operational goal 'Faster'"),
				labels(fixes(workspace("t.csi", text), IssueCodes.UNRESOLVED)));
	}

	@Test
	public void aQualifiedNameIsCorrectedButNotCreated() {
		// another package: which file would declare it is the team's call
		String text = PLAN + "\naction A \"Act\"\n    addresses M\n    owner hospital.org.Analist\n    due 2026-07-01\n";
		List<QuickFix> fixes = fixes(workspace("hospital.csi", HOSPITAL, "t.csi", text), IssueCodes.UNRESOLVED);
		assertEquals(List.of("Change to 'hospital.org.Analyst'"), labels(fixes));
	}

	@Test
	public void everyCodeTheEditorDocumentsAsFixableHasFixes() throws java.io.IOException {
		String editor = java.nio.file.Files.readString(java.nio.file.Paths.get(System.getProperty("csi.repository"), "docs", "editor.md"));
		String row = editor.lines().filter(line -> line.startsWith("| Quick fixes")).findFirst().orElseThrow();
		java.util.Set<String> documented = new java.util.TreeSet<>();
		java.util.regex.Matcher codes = java.util.regex.Pattern.compile("`(csi\\.[a-z.-]+)`").matcher(row);
		while (codes.find()) {
			documented.add(codes.group(1));
		}
		assertEquals(new java.util.TreeSet<>(QuickFixes.fixableCodes()), documented);
	}

	/**
	 * A data run says a completed action worked (csi.data.action-improved, a finding of the data run at
	 * the action): the fix records it; no change or worse: it records a failure; an action that already
	 * records an outcome gets no fix.
	 */
	@Test
	public void theOutcomeTheDataShowsIsRecorded() {
		String text = PLAN + "\naction A \"Act\"\n    addresses M\n    due 2026-07-01\n    completed 2026-04-01\n    status monitoring\n";
		PlanWorkspace workspace = workspace("t.csi", text);
		XtextResource resource = resource(workspace, "t.csi");
		Issue.IssueImpl improved = new Issue.IssueImpl();
		improved.setCode(IssueCodes.DATA_ACTION_IMPROVED);
		improved.setUriToProblem(org.eclipse.emf.ecore.util.EcoreUtil.getURI(((org.csi.dsl.csi.PlanFile) resource.getContents().get(0))
				.getElements().stream().filter(org.csi.dsl.csi.Action.class::isInstance).findFirst().orElseThrow()));
		List<QuickFix> fixes = quickFixes.fixes(resource, improved);
		assertEquals(List.of("Record the outcome the data shows: 'outcome succeeded'"), labels(fixes));
		assertEquals(text + "    outcome succeeded\n", applied(text, fixes.get(0)));
		Issue.IssueImpl worsened = new Issue.IssueImpl();
		worsened.setCode(IssueCodes.DATA_ACTION_WORSENED);
		worsened.setUriToProblem(improved.getUriToProblem());
		assertEquals(text + "    outcome failed\n", applied(text, quickFixes.fixes(resource, worsened).get(0)));
		String recorded = text + "    outcome partial\n";
		XtextResource other = resource(workspace("t.csi", recorded), "t.csi");
		assertEquals(List.of(), quickFixes.fixes(other, improved));
	}
}
