package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** References across the files of a plan set: packages, imports, qualified names. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class LinkingTest {

	static final String SHARED = """
			package org.shared
			role CIO "Chief information officer"
			service Mail "E-mail"
			""";

	@Inject
	private PlanSetFixture fixture;

	@Before
	public void reset() {
		fixture.reset();
	}

	private List<String> unresolved(String... files) {
		return PlanSetFixture.render(fixture.validate(files)).stream().filter(f -> f.contains("csi.link.unresolved")).toList();
	}

	@Test
	public void wildcardImport() {
		assertEquals(List.of(), unresolved("shared.csi", SHARED, "plan.csi", "package desk\nimport org.shared.*\nprocess P \"p\" for Mail\n"));
	}

	@Test
	public void singleImport() {
		assertEquals(List.of(), unresolved("shared.csi", SHARED, "plan.csi", "package desk\nimport org.shared.Mail\nprocess P \"p\" for Mail\n"));
	}

	@Test
	public void qualifiedReferenceWithoutImport() {
		assertEquals(List.of(), unresolved("shared.csi", SHARED, "plan.csi", "package desk\nprocess P \"p\" for org.shared.Mail\n"));
	}

	@Test
	public void samePackageInAnotherFile() {
		assertEquals(List.of(), unresolved("a.csi", "package desk\nservice Mail \"m\"\n", "b.csi", "package desk\nprocess P \"p\" for Mail\n"));
	}

	@Test
	public void otherPackageNeedsAnImport() {
		assertEquals(List.of("plan.csi:2:19 error csi.link.unresolved: Unknown service 'Mail': no service of that name is declared in this plan set or imported here."),
				unresolved("shared.csi", SHARED, "plan.csi", "package desk\nprocess P \"p\" for Mail\n"));
	}

	@Test
	public void referenceOfTheWrongKindSaysWhatItNames() {
		assertEquals(List.of("plan.csi:3:23 error csi.link.unresolved: 'CIO' is a role, not a should-measure."),
				unresolved("shared.csi", SHARED, "plan.csi", "package desk\nimport org.shared.*\nsource S \"s\" provides CIO\n"));
		assertEquals(List.of("plan.csi:2:23 error csi.link.unresolved: 'org.shared.Mail' is a service, not a should-measure."),
				unresolved("shared.csi", SHARED, "plan.csi", "package desk\nsource S \"s\" provides org.shared.Mail\n"));
		// not visible without an import: unknown, whatever its kind
		assertEquals(List.of("plan.csi:2:23 error csi.link.unresolved: Unknown should-measure 'CIO': no should-measure of that name is"
				+ " declared in this plan set or imported here."),
				unresolved("shared.csi", SHARED, "plan.csi", "package desk\nsource S \"s\" provides CIO\n"));
	}

	/** Every cross-reference of the language, each given an element of another kind. */
	@Test
	public void everyReferenceOfTheWrongKindSaysWhatItNames() {
		String plan = ValidationTest.BASE.replace("plan P \"Plan\" owner Owner", "plan P \"Plan\" owner V")
				.replace("strategy S \"Strategy\" supports V", "strategy S \"Strategy\" supports Owner")
				.replace("operational goal O \"Operational\" refines T", "operational goal O \"Operational\" refines C")
				.replace("role Owner \"Owner\" process-owner of Pr", "role Owner \"Owner\" process-owner of C\nrole R \"R\" for Pr")
				.replace("csf C \"Success\" for Pr", "csf C \"Success\" for Owner")
				.replace("    serves O\n    kpi of C", "    serves Src\n    kpi of T")
				.replace("    provides M every week", "    owner O\n    provides Pr every week")
				.replace("gather M from Src", "gather Owner from M by Pr")
				.replace("process M as \"mean\"", "process O as \"mean\" by A")
				.replace("analyse M against target", "analyse S against target by M")
				.replace("present M to Owner", "present V to Owner, Src")
				.replace("    addresses M", "    addresses Owner, unit gap of C")
				.replace("    raised by Owner", "    raised by P");
		List<String> findings = PlanSetFixture.render(fixture.validate("plan.csi", plan + "accept unit gap of Pr by O because \"x\"\n"))
				.stream().filter(f -> f.contains("csi.link.unresolved")).toList();
		assertEquals(List.of(
				"plan.csi:3:21 error csi.link.unresolved: 'V' is a vision, not a role.",
				"plan.csi:5:32 error csi.link.unresolved: 'Owner' is a role, not a goal.",
				"plan.csi:7:42 error csi.link.unresolved: 'C' is a critical success factor, not a goal.",
				"plan.csi:9:37 error csi.link.unresolved: 'C' is a critical success factor, not a process.",
				"plan.csi:10:16 error csi.link.unresolved: 'Pr' is a process, not a service.",
				"plan.csi:11:21 error csi.link.unresolved: 'Owner' is a role, not a service or process.",
				"plan.csi:13:12 error csi.link.unresolved: 'Src' is a source, not a goal.",
				"plan.csi:14:12 error csi.link.unresolved: 'T' is a tactical goal, not a critical success factor.",
				"plan.csi:22:11 error csi.link.unresolved: 'O' is an operational goal, not a role.",
				"plan.csi:23:14 error csi.link.unresolved: 'Pr' is a process, not a should-measure.",
				"plan.csi:24:8 error csi.link.unresolved: 'Owner' is a role, not a should-measure.",
				"plan.csi:24:19 error csi.link.unresolved: 'M' is a should-measure, not a source.",
				"plan.csi:24:24 error csi.link.unresolved: 'Pr' is a process, not a role.",
				"plan.csi:25:9 error csi.link.unresolved: 'O' is an operational goal, not a should-measure.",
				"plan.csi:25:24 error csi.link.unresolved: 'A' is an action, not a role.",
				"plan.csi:26:9 error csi.link.unresolved: 'S' is a strategy, not a should-measure.",
				"plan.csi:26:29 error csi.link.unresolved: 'M' is a should-measure, not a role.",
				"plan.csi:27:9 error csi.link.unresolved: 'V' is a vision, not a should-measure.",
				"plan.csi:27:21 error csi.link.unresolved: 'Src' is a source, not a role.",
				"plan.csi:29:15 error csi.link.unresolved: 'Owner' is a role, not a measure or goal.",
				"plan.csi:29:34 error csi.link.unresolved: 'C' is a critical success factor, not a measure or goal.",
				"plan.csi:31:15 error csi.link.unresolved: 'P' is a plan, not a role.",
				"plan.csi:33:20 error csi.link.unresolved: 'Pr' is a process, not a should-measure.",
				"plan.csi:33:26 error csi.link.unresolved: 'O' is an operational goal, not a role."), findings);
	}

	@Test
	public void gapsSeeProvidersInOtherFiles() {
		String measures = "package desk\nshould measure M \"m\" every week\n";
		String sources = "package desk\nsource S \"s\" provides M every month\n";
		List<String> findings = PlanSetFixture.render(fixture.validate("measures.csi", measures, "sources.csi", sources));
		assertEquals(List.of("measures.csi:2:28 warning csi.gap.frequency: Should-measure 'M' has a frequency gap: it is needed every week but can be provided only every month. "
				+ "Raise an action that addresses 'frequency gap of M', or accept the gap."),
				findings.stream().filter(f -> f.contains("csi.gap.")).toList());
	}
}
