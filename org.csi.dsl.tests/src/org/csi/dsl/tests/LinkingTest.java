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
	public void referenceOfTheWrongKindDoesNotLink() {
		assertEquals(List.of("plan.csi:3:23 error csi.link.unresolved: Unknown should-measure 'CIO': no should-measure of that name is declared in this plan set or imported here."),
				unresolved("shared.csi", SHARED, "plan.csi", "package desk\nimport org.shared.*\nsource S \"s\" provides CIO\n"));
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
