package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.csi.headless.PlanFormatter;
import org.csi.dsl.ide.contentassist.CsiContentAssist;
import org.csi.dsl.ide.contentassist.CsiTemplates;
import org.csi.dsl.ide.contentassist.Proposal;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.junit.Test;

/** What content assist offers at a position: keywords, names across files, step templates. */
public class ContentAssistTest {

	private final CsiContentAssist assist = injector().getInstance(CsiContentAssist.class);

	private static final String HR = """
			package hr

			role Analyst "Service analyst"
			""";

	private List<Proposal> proposalsAt(String text, int offset) {
		PlanWorkspace workspace = workspace("shop.csi", SHOP, "ops.csi", text);
		return workspace.read(set -> assist.proposals(resource(workspace, "ops.csi"), text, offset));
	}

	private static String labels(List<Proposal> proposals, String kind) {
		return proposals.stream().filter(p -> p.kind().equals(kind)).map(Proposal::label).collect(Collectors.joining(", "));
	}

	@Test
	public void aGatherOffersTheMeasuresOfEveryPlanOnceByTheirShortestName() {
		String text = OPS + "\ngather ";
		List<Proposal> proposals = proposalsAt(text, text.length());
		assertEquals("Restore", labels(proposals, Proposal.REFERENCE));
	}

	@Test
	public void anElementOfAPackageNotImportedIsOfferedByItsQualifiedName() {
		String text = OPS + "\npresent Restore to ";
		PlanWorkspace workspace = workspace("shop.csi", SHOP, "hr.csi", HR, "ops.csi", text);
		List<Proposal> proposals = workspace.read(set -> assist.proposals(resource(workspace, "ops.csi"), text, text.length()));
		assertEquals("Lead, hr.Analyst", labels(proposals, Proposal.REFERENCE));
	}

	@Test
	public void theDetailsOfAProposalSayWhatTheElementIs() {
		String text = OPS + "\ngather ";
		Proposal restore = proposalsAt(text, text.length()).stream().filter(p -> p.label().equals("Restore")).findFirst().orElseThrow();
		assertEquals("Should-measure Restore \"Time to restore checkout\"\nStep 1 of the improvement cycle: what should be measured",
				restore.description());
		String serves = OPS + "\ntactical goal Quick \"Quick checkout\"\n    supports Fast\n    description \"Pay in one click\"\n\n"
				+ "should measure Speed \"Speed\"\n    serves Qu";
		Proposal quick = proposalsAt(serves, serves.length()).get(0);
		assertEquals("Tactical goal Quick \"Quick checkout\"\n"
				+ "Before step 1 of the improvement cycle: the vision, goals and organisation the measures serve\n\n"
				+ "Pay in one click", quick.description());
	}

	@Test
	public void aPartNameIsCompletedAndNothingIsOfferedToFollowIt() {
		String text = OPS + "\nshould measure Speed \"Speed\"\n    serves Fa";
		List<Proposal> proposals = proposalsAt(text, text.length());
		assertEquals("Fast", proposals.stream().map(Proposal::label).collect(Collectors.joining(", ")));
		assertEquals(text.length() - 2, proposals.get(0).replaceOffset());
	}

	/** The same in the middle of a plan: clauses follow the part name. */
	@Test
	public void aPartNameFollowedByClausesIsCompleted() {
		String text = OPS + "\nshould measure Speed \"Speed\"\n    serves Fa\n    unit hours\n";
		int at = text.indexOf("serves Fa") + "serves Fa".length();
		assertEquals("Fast", proposalsAt(text, at).stream().map(Proposal::label).collect(Collectors.joining(", ")));
	}

	/** In the example plans: a goal of the plan's package, by its short name. */
	@Test
	public void aPartNameInTheExamplesIsCompleted() throws Exception {
		java.nio.file.Path examples = java.nio.file.Paths.get(System.getProperty("csi.repository"), "examples", "service-desk");
		String plan = java.nio.file.Files.readString(examples.resolve("plan.csi"));
		String measures = java.nio.file.Files.readString(examples.resolve("measures.csi"));
		String org = java.nio.file.Files.readString(examples.resolve("../shared/organisation.csi"));
		String text = measures.replace("serves FastP1", "serves Fa");
		int at = text.indexOf("serves Fa") + "serves Fa".length();
		PlanWorkspace workspace = workspace("plan.csi", plan, "org.csi", org, "measures.csi", measures);
		// typed as in the editor: the letters deleted one by one, each a partial parse
		String current = measures;
		int end = measures.indexOf("serves FastP1") + "serves FastP1".length();
		for (int i = 0; i < 4; i++) {
			String next = current.substring(0, end - 1 - i) + current.substring(end - i);
			workspace.update(EditorFixture.uri("measures.csi"), List.of(new org.csi.dsl.ide.edit.TextEdit(end - 1 - i, 1, "")), next);
			current = next;
		}
		assertEquals(text, current);
		List<Proposal> proposals = workspace.read(set -> assist.proposals(resource(workspace, "measures.csi"), text, at));
		assertEquals("FastP1", proposals.stream().map(Proposal::label).collect(Collectors.joining(", ")));
	}

	/** Two projects with the same plans (two checkouts): assist in the second offers its own elements. */
	@Test
	public void aSecondProjectWithTheSamePlansOffersItsOwnElements() {
		String text = OPS + "\ngather ";
		for (String project : List.of("a", "b")) {
			PlanWorkspace workspace = EditorFixture.injector().getInstance(PlanWorkspace.class);
			workspace.setConfiguration(new org.csi.dsl.config.CsiConfiguration(java.util.Map.of(), org.csi.dsl.tests.PlanSetFixture.REFERENCE_DATE,
					org.csi.dsl.config.CsiConfiguration.Reports.DEFAULT, List.of()));
			org.eclipse.emf.common.util.URI shop = org.eclipse.emf.common.util.URI.createURI("file:/" + project + "/shop.csi");
			org.eclipse.emf.common.util.URI ops = org.eclipse.emf.common.util.URI.createURI("file:/" + project + "/ops.csi");
			workspace.setTexts(java.util.Map.of(shop, SHOP, ops, text), List.of());
			List<Proposal> proposals = workspace.read(set -> assist.proposals(workspace.resource(ops), text, text.length()));
			assertEquals(project, "Restore", labels(proposals, Proposal.REFERENCE));
		}
	}

	/**
	 * Another injector of the language registered with EMF (in Eclipse: a test harness, another
	 * bundle) takes the global factory for .csi; the workspace still makes its plans with its own,
	 * and assist still proposes (it compares grammar elements by identity: it proposed nothing).
	 */
	@Test
	public void anotherInjectorOfTheLanguageLeavesAssistWorking() {
		Object factory = org.eclipse.emf.ecore.resource.Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get("csi");
		Object services = org.eclipse.xtext.resource.IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get("csi");
		try {
			new org.csi.dsl.ide.CsiIdeSetup().createInjectorAndDoEMFRegistration();
			String text = OPS + "\ngather ";
			assertEquals("Restore", labels(proposalsAt(text, text.length()), Proposal.REFERENCE));
		} finally {
			org.eclipse.emf.ecore.resource.Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("csi", factory);
			org.eclipse.xtext.resource.IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().put("csi", services);
		}
	}

	/** The words that may be names (status, owner, process, ...) are not offered where a name goes: the plan set's names are. */
	@Test
	public void aReferenceOffersNamesNotTheWordsThatCouldBeNames() {
		String text = OPS + "\ngather ";
		assertEquals("", labels(proposalsAt(text, text.length()), Proposal.KEYWORD));
	}

	@Test
	public void aPrefixNarrowsTheProposalsAndIsReplaced() {
		String text = OPS + "\ngather sh";
		List<Proposal> proposals = proposalsAt(text, text.length());
		assertEquals("shop.Restore", labels(proposals, Proposal.REFERENCE));
		Proposal proposal = proposals.stream().filter(p -> p.kind().equals(Proposal.REFERENCE)).findFirst().orElseThrow();
		assertEquals(text.length() - 2, proposal.replaceOffset());
		assertEquals(2, proposal.replaceLength());
	}

	@Test
	public void aNewLineOffersEveryElementKeywordAndATemplateForEachStep() {
		String text = OPS + "\n";
		List<Proposal> proposals = proposalsAt(text, text.length());
		assertEquals("vision - template, tactical goal - template, operational goal - template, should measure - template,"
				+ " source - template, gather - template, process - template, analyse - template, present - template,"
				+ " action - template, accept gap - template", labels(proposals, Proposal.TEMPLATE));
		String keywords = labels(proposals, Proposal.KEYWORD);
		for (String keyword : List.of("vision", "strategy", "tactical", "should", "source", "gather", "analyse", "present", "action", "accept")) {
			assertTrue(keywords, List.of(keywords.split(", ")).contains(keyword));
		}
	}

	@Test
	public void aTemplateIsLaidOutAsTheFormatterWould() {
		String text = OPS + "\nga";
		Proposal gather = proposalsAt(text, text.length()).stream().filter(p -> p.label().equals("gather - template")).findFirst()
				.orElseThrow();
		assertEquals("gather MEASURE from SOURCE every month by ROLE", gather.text());
		assertEquals(text.length() - 2, gather.replaceOffset());
		PlanFormatter formatter = injector().getInstance(PlanFormatter.class);
		for (CsiTemplates.Template template : CsiTemplates.ALL) {
			String plan = "package t\n\n" + template.text() + "\n";
			PlanWorkspace workspace = workspace("t.csi", plan);
			assertEquals(template.name(), plan, workspace.read(set -> formatter.format(resource(workspace, "t.csi"))));
		}
	}

	@Test
	public void afterEveryComeTheFrequencies() {
		String text = OPS.replace("gather shop.Restore\n    from Logs\n    every week\n", "gather shop.Restore\n    every ");
		List<Proposal> proposals = proposalsAt(text, text.length());
		assertEquals("day, hour, month, quarter, week, year", labels(proposals, Proposal.KEYWORD).lines().flatMap(l -> List.of(l.split(", ")).stream()).sorted().collect(Collectors.joining(", ")));
	}

	/** A measure's clauses include those of issue 15; after 'trigger when', the two kinds of trigger; 'years' only after a number. */
	@Test
	public void aMeasureOffersItsTriggersBenchmarkAndSample() {
		String measure = OPS + "\nshould measure Fcr \"First contact resolution\"\n    unit %\n    ";
		String clauses = labels(proposalsAt(measure, measure.length()), Proposal.KEYWORD);
		for (String keyword : List.of("trigger", "minimum", "benchmark", "trend")) {
			assertTrue(clauses, List.of(clauses.split(", ")).contains(keyword));
		}
		String when = measure + "trigger when ";
		assertEquals("above, below, missed", labels(proposalsAt(when, when.length()), Proposal.KEYWORD).lines()
				.flatMap(l -> List.of(l.split(", ")).stream()).sorted().collect(Collectors.joining(", ")));
		String years = measure + "every 2 ";
		assertTrue(List.of(labels(proposalsAt(years, years.length()), Proposal.KEYWORD).split(", ")).contains("years"));
	}
}
