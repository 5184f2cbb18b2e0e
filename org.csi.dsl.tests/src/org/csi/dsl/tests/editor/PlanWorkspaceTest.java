package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ide.quickfix.QuickFixes;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
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

	/**
	 * A plan created (or restored) after the others is read in its place by path, as
	 * {@code csi validate} reads the folder: which other declaration a duplicate name is reported
	 * against, like which of two declarations a reference finds, depends on the order of the files.
	 */
	@Test
	public void aPlanAddedLaterTakesItsPlaceByPath() {
		String lead = "package shop\n\nrole Lead \"Support lead\"\n";
		PlanWorkspace workspace = workspace("c.csi", lead, "a.csi", lead);
		workspace.setText(uri("b.csi"), lead);
		assertEquals(List.of(uri("a.csi"), uri("b.csi"), uri("c.csi")), workspace.uris());
		assertEquals(List.of("3:6 csi.name.duplicate: Name 'shop.Lead' is declared more than once: this role and the role at b.csi:3. Rename one of them."),
				findings(workspace, "a.csi"));
		assertEquals(List.of("3:6 csi.name.duplicate: Name 'shop.Lead' is declared more than once: this role and the role at a.csi:3. Rename one of them."),
				findings(workspace, "c.csi"));
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

	/**
	 * A check cancelled because the user typed on (issue 14, item 3): Xtext's validator throws its
	 * OperationCanceledError, which ended the editor's checking thread, after which the editor showed
	 * nothing. The workspace returns no findings instead, wherever the check stopped, and the next
	 * check finds everything.
	 */
	@Test
	public void aCancelledCheckReturnsNoFindingsInsteadOfThrowing() {
		PlanWorkspace workspace = workspace("shop.csi", SHOP, "ops.csi", OPS.replace("from Logs", "from Log"));
		String unresolved = "10:10 csi.link.unresolved: Unknown source 'Log': no source of that name is declared in this plan set or imported here.";
		int cancelled = 0;
		for (int questions = 0; questions < 60; questions++) {
			int answeredNo = questions;
			CancelIndicator cancelledLater = new CancelIndicator() {
				private int asked;

				@Override
				public boolean isCanceled() {
					return asked++ >= answeredNo;
				}
			};
			List<Issue> issues = workspace.validate(uri("ops.csi"), cancelledLater);
			if (issues.isEmpty()) {
				cancelled++;
			} else { // the check ended before it was asked often enough to be cancelled
				assertEquals(unresolved, issues.get(0).getLineNumber() + ":" + issues.get(0).getColumn() + " " + issues.get(0).getCode() + ": "
						+ issues.get(0).getMessage());
			}
		}
		assertEquals("checks cancelled at the first question and half-way", true, cancelled > 1);
		assertEquals(List.of(unresolved), findings(workspace, "ops.csi"));
	}

	@Test
	public void editsThatDoNotFitFallBackToAWholeParse() {
		PlanWorkspace workspace = workspace("shop.csi", SHOP);
		String typed = SHOP.replace("Happy customers", "Delighted customers");
		workspace.update(uri("shop.csi"), List.of(new TextEdit(0, 3, "xyz")), typed);
		assertEquals(typed, resource(workspace, "shop.csi").getParseResult().getRootNode().getText());
	}

	/**
	 * Two projects with their own csi.properties, checked at the same time from two threads, as two
	 * editors or builders do (issue 13): each is checked with its own severities and reference date,
	 * and so are its quick fixes. The settings used to be one object of the process, set before each
	 * validation behind a lock and read outside it by quick fixes, reports and the data steps.
	 */
	@Test
	public void twoProjectsAreCheckedWithTheirOwnSettingsAtTheSameTime() throws Exception {
		String plan = SHOP + """

				action Fix "Fix the checkout restore"
				    addresses Restore
				    owner Lead
				    status in-progress
				""";
		PlanWorkspace strict = workspace("shop.csi", plan);
		strict.setConfiguration(new CsiConfiguration(Map.of(IssueCodes.NO_BASELINE, "error"), LocalDate.of(2027, 1, 1),
				CsiConfiguration.Reports.DEFAULT, List.of()));
		PlanWorkspace lenient = workspace("shop.csi", plan);
		lenient.setConfiguration(new CsiConfiguration(Map.of(IssueCodes.NO_BASELINE, "ignore"), LocalDate.of(2026, 3, 1),
				CsiConfiguration.Reports.DEFAULT, List.of()));
		QuickFixes quickFixes = injector().getInstance(QuickFixes.class);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> runs = new ArrayList<>();
			for (PlanWorkspace workspace : List.of(strict, lenient)) {
				runs.add(threads.submit(() -> {
					String seen = null;
					for (int i = 0; i < 150; i++) {
						List<Issue> issues = workspace.validate(uri("shop.csi"), CancelIndicator.NullImpl);
						String baseline = issues.stream().filter(issue -> issue.getCode().equals(IssueCodes.NO_BASELINE))
								.map(issue -> issue.getSeverity().name()).findFirst().orElse("none");
						Issue noDue = issues.stream().filter(issue -> issue.getCode().equals(IssueCodes.ACTION_NO_DUE_DATE)).findFirst()
								.orElseThrow();
						List<QuickFix> fixes = workspace.read(set -> quickFixes.fixes(resource(workspace, "shop.csi"), noDue));
						String now = baseline + ", " + fixes.get(0).label();
						if (seen != null && !seen.equals(now)) {
							return "changed from '" + seen + "' to '" + now + "'";
						}
						seen = now;
					}
					return seen;
				}));
			}
			assertEquals("ERROR, Add due date 2027-01-31 (30 days from today)", runs.get(0).get());
			assertEquals("none, Add due date 2026-03-31 (30 days from today)", runs.get(1).get());
		} finally {
			threads.shutdownNow();
		}
	}
}
