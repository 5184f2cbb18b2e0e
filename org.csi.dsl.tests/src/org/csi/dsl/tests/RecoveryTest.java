package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/**
 * One mistake, one finding, and the rest of the file still read: a misspelled keyword, a clause
 * after its element has ended, a clause with a wrong value, an unclosed quote. Every finding of
 * the plan set is compared, so a cascade would show.
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class RecoveryTest {

	@Inject
	private PlanSetFixture fixture;

	@Inject
	private org.csi.dsl.services.CsiGrammarAccess grammar;

	private List<String> all(String text) {
		return PlanSetFixture.render(fixture.validate("plan.csi", text));
	}

	private static String base(String target, String replacement) {
		if (!ValidationTest.BASE.contains(target)) {
			throw new IllegalArgumentException("not in the base plan: " + target);
		}
		return ValidationTest.BASE.replace(target, replacement);
	}

	@Test
	public void aMisspelledElementKeywordIsOneErrorAndTheRestIsRead() {
		// O refines T, which the typo hid: no "unknown goal" for it, and everything after it is checked
		assertEquals(List.of("plan.csi:6:1 error csi.syntax: 'tactcal' does not start an element: did you mean 'tactical'? The words"
				+ " up to the next element are skipped."), all(base("tactical goal T", "tactcal goal T")));
		assertEquals(List.of("plan.csi:6:1 error csi.syntax: 'tactcal' does not start an element: did you mean 'tactical'? The words"
				+ " up to the next element are skipped.", "plan.csi:27:15 error csi.link.unresolved: Unknown measure or goal 'Nope':"
				+ " no measure or goal of that name is declared in this plan set or imported here."),
				all(base("tactical goal T", "tactcal goal T").replace("    addresses M", "    addresses Nope")));
	}

	@Test
	public void aMisspelledClauseNamesItsElement() {
		assertEquals(List.of("plan.csi:5:23 error csi.syntax: 'suports' is not a clause of strategy 'S': did you mean 'supports'?"),
				all(base("strategy S \"Strategy\" supports V", "strategy S \"Strategy\" suports V")));
	}

	@Test
	public void aClauseOutOfOrder() {
		assertEquals(List.of("plan.csi:6:44 error csi.syntax: 'supports' cannot come here in tactical goal 'T': a clause written twice,"
				+ " out of order (see docs/language.md), or not followed by what it needs."),
				all(base("tactical goal T \"Tactical\" supports S", "tactical goal T \"Tactical\" description \"d\" supports S")));
	}

	@Test
	public void anUnclosedQuoteIsReportedWhereItOpens() {
		assertEquals(List.of("plan.csi:8:12 error csi.syntax: This text has no closing quote: end it with \" on the same line (a text is"
				+ " written on one line)."), all(base("process Pr \"Process\"", "process Pr \"Process")));
	}

	@Test
	public void aWrongValueAfterAClause() {
		assertEquals(List.of("plan.csi:17:11 error csi.syntax: 'fortnight' is not allowed after 'every': expected hour, day, week, month,"
				+ " quarter, year or a number of years (every 2 years)."), all(base("    every week", "    every fortnight")));
	}

	@Test
	public void anUnknownWordFarFromAnyKeyword() {
		assertEquals(List.of("plan.csi:11:1 error csi.syntax: 'frobnicate' is not understood after critical success factor 'C': expected"
				+ " one of its clauses or an element (plan, vision, strategy, tactical goal, operational goal, service, process, role, csf,"
				+ " should measure, source, gather, analyse, present, action or accept); the words up to the next element are skipped."),
				all(base("csf C \"Success\" for Pr", "csf C \"Success\" for Pr\nfrobnicate X \"y\"")));
	}

	/** Step 4 without its 'as' reads as a process named like the measure: the finding says to write 'as'. */
	@Test
	public void aProcessingStepWithoutAs() {
		String notProcessed = "plan.csi:11:16 warning csi.step.not-processed: Should-measure 'M' is never processed (step 4): add"
				+ " 'process M as \"<formula>\"'.";
		assertEquals(List.of(notProcessed, "plan.csi:23:9 error csi.name.duplicate: Process 'M' has the name of a should-measure: to process"
				+ " the measure (step 4), write 'process M as \"mean\"'; to declare a process, give it a name of its own."),
				all(base("process M as \"mean\"", "process M \"mean\"")));
		assertEquals(List.of(notProcessed, "plan.csi:23:18 error csi.syntax: 'with' is not a clause of a process: to process should-measure"
				+ " 'M' (step 4), write 'process M as \"mean\"' before it."),
				all(base("process M as \"mean\"", "process M \"mean\" with \"Spreadsheet\" by Owner")));
		// a process of its own name is still a process
		assertEquals(List.of(), all(base("process M as \"mean\"", "process M as \"mean\"\nprocess Pr2 \"Problem management\"\nrole"
				+ " Owner2 \"o\" process-owner of Pr2")));
	}

	/** The recovery rule lists every keyword that does not start an element: a new clause keyword must be added there. */
	@Test
	public void everyKeywordThatStartsNoElementIsAnUnknownWord() {
		java.util.Set<String> skippable = new java.util.TreeSet<>();
		org.eclipse.xtext.GrammarUtil.containedKeywords(grammar.getUnknownWordRule()).forEach(k -> skippable.add(k.getValue()));
		java.util.Set<String> missing = new java.util.TreeSet<>();
		for (org.eclipse.xtext.AbstractRule rule : grammar.getGrammar().getRules()) {
			if (rule != grammar.getUnknownWordRule() && !(rule instanceof org.eclipse.xtext.TerminalRule)) {
				org.eclipse.xtext.GrammarUtil.containedKeywords(rule).forEach(k -> missing.add(k.getValue()));
			}
		}
		missing.removeAll(skippable);
		assertEquals(java.util.Set.of("accept", "action", "analyse", "analyze", "csf", "gather", "operational", "plan", "present", "role",
				"should", "source", "strategy", "tactical", "vision"), missing);
	}
}
