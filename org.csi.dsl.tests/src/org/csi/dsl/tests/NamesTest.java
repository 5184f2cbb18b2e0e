package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.csi.headless.PlanFormatter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/**
 * The words a practitioner uses as names: ITSM words that are keywords elsewhere (status, owner,
 * process, source), a catalogue's identifiers (IM-03), and the reserved words, which say how to
 * use them anyway (^goal).
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class NamesTest {

	@Inject
	private PlanSetFixture fixture;

	@Inject
	private PlanFormatter formatter;

	@Before
	public void reset() {
		fixture.reset();
	}

	private List<String> all(String text) {
		return PlanSetFixture.render(fixture.validate("plan.csi", text));
	}

	/** The base plan of {@link ValidationTest} with words replaced, each of which must be there. */
	private static String base(String... targetsAndReplacements) {
		String text = ValidationTest.BASE;
		for (int i = 0; i < targetsAndReplacements.length; i += 2) {
			if (!text.contains(targetsAndReplacements[i])) {
				throw new IllegalArgumentException("not in the base plan: " + targetsAndReplacements[i]);
			}
			text = text.replace(targetsAndReplacements[i], targetsAndReplacements[i + 1]);
		}
		return text;
	}

	/** The base plan with its process named process, its role owner, its source source and a breakdown per status, source and category. */
	static final String ITSM_WORDS = base("process Pr \"Process\"", "process process \"Process\"", "of Pr", "of process", "for Pr",
			"for process", "role Owner", "role owner", "owner Owner", "owner owner", "to Owner", "to owner", "by Owner", "by owner",
			"source Src", "source source", "from Src", "from source", "per service\n", "per service, status, source, category\n");

	@Test
	public void itsmWordsAreNamesReferencesAndDimensions() {
		assertEquals(List.of(), all(ITSM_WORDS));
		// the action addresses the whole measure, so it tracks the gap
		assertEquals(List.of("plan.csi:18:9 info csi.gap.tracked: Breakdown gap of 'M' is tracked by action 'A': it is needed per"
				+ " category but no source provides that breakdown."),
				all(ITSM_WORDS.replace("per service, status, source, category\ngather", "per service, status, source\ngather")));
	}

	@Test
	public void aReservedWordAsANameSaysHowToUseItAnyway() {
		assertEquals(List.of("plan.csi:26:8 error csi.syntax: 'measure' is a reserved word of csi; write ^measure to use it as a name."),
				all(base("action A \"Action\"", "action measure \"Action\"")));
		assertEquals(List.of("plan.csi:4:8 error csi.syntax: 'goal' is a reserved word of csi; write ^goal to use it as a name.",
				"plan.csi:5:32 error csi.link.unresolved: Unknown goal 'V': no goal of that name is declared in this plan set or imported"
						+ " here."), all(base("vision V", "vision goal")));
	}

	@Test
	public void aReservedWordAsAReferenceSaysHowToUseItAnyway() {
		assertEquals(List.of("plan.csi:28:11 error csi.syntax: 'goal' is a reserved word of csi; write ^goal to use it as a name."),
				all(base("    owner Owner\n", "    owner goal\n")));
		assertEquals(List.of("plan.csi:27:15 error csi.syntax: 'of' is a reserved word of csi; write ^of to use it as a name."),
				all(base("    addresses M", "    addresses of")));
	}

	@Test
	public void aReservedWordWithItsCaretIsAName() {
		assertEquals(List.of(), all(base("vision V", "vision ^goal", "supports V", "supports ^goal", "role Owner", "role ^measure",
				"owner Owner", "owner ^measure", "to Owner", "to ^measure", "by Owner", "by ^measure")));
		// the name is the word: a finding shows it without the caret
		assertEquals(List.of("plan.csi:26:8 error csi.action.no-owner: Action 'of' has no owner: add 'owner <role>' so that someone is"
				+ " accountable for it."), all(base("action A", "action ^of", "    owner Owner\n", "")));
	}

	@Test
	public void aCatalogueIdentifierNamesAMeasure() {
		String catalogued = base("M \"Measure\"", "IM-03 \"Mean time to restore\"", "serves O\n    kpi of C", "serves O\n    kpi of C",
				"    baseline 5 hours as of 2026-01-01\n", "", "provides M", "provides IM-03", "gather M", "gather IM-03", "process M",
				"process IM-03", "analyse M", "analyse IM-03", "present M", "present IM-03", "addresses M", "addresses IM-03");
		assertEquals(List.of("plan.csi:11:16 warning csi.measure.no-baseline: Should-measure 'IM-03' has no baseline: without one you"
				+ " cannot tell whether the service improved. Add 'baseline <value> as of <date>'."), all(catalogued));
		// dates, negative numbers and the hyphenated keywords read as before
		assertEquals(List.of(), all(base("target 4 hours", "target -4 hours", "5 hours as of 2026-01-01", "-5.5 hours as of 2026-01-01",
				"    due 2027-01-01\n", "    due 2027-01-01\n    status in-progress\n", "process-owner of Pr", "process-owner of Pr")));
	}

	@Test
	public void aHyphenJoinsTwoPartsOfAName() {
		assertEquals(List.of("plan.csi:26:8 error csi.syntax: 'A-' is not a name: a '-' joins two parts of a name, as in IM-03."),
				all(base("action A \"Action\"", "action A- \"Action\"")));
		assertEquals(List.of("plan.csi:14:10 error csi.syntax: 'hours--x' is not a name: a '-' joins two parts of a name, as in IM-03."),
				all(base("    unit hours", "    unit hours--x")));
	}

	@Test
	public void theFormatterKeepsKeywordsAsNamesAndIdentifiers() {
		String messy = """
				package desk
				role owner "Owner"   process-owner of process
				process process "Process"
				source source "Source" owner owner provides IM-03 every week per status , source
				should measure IM-03 "Mean time to restore" per status,source target 4 hours
				gather IM-03 from source by owner
				action ^goal "Escaped" owner owner due 2027-01-01
				""";
		String expected = """
				package desk

				role owner "Owner" process-owner of process

				process process "Process"

				source source "Source"
				    owner owner
				    provides IM-03 every week per status, source

				should measure IM-03 "Mean time to restore"
				    per status, source
				    target 4 hours

				gather IM-03 from source by owner

				action ^goal "Escaped"
				    owner owner
				    due 2027-01-01
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	private String format(String text) {
		return formatter.format((XtextResource) fixture.load("plan.csi", text).resourceSet().getResources().get(0));
	}
}
