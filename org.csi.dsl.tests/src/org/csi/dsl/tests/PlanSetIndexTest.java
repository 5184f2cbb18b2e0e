package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import java.util.List;

import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.analysis.PlanSetIndexProvider;
import org.csi.dsl.csi.PlanFile;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** The plan set index is reused while nothing changes and rebuilt when a file changes, so no finding goes stale. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class PlanSetIndexTest {

	@Inject
	private PlanSetFixture fixture;

	@Inject
	private PlanSetIndexProvider provider;

	@Inject
	private PlanSetValidator validator;

	@Before
	public void reset() {
		fixture.reset();
	}

	@Test
	public void reusedWhileNothingChanges() {
		PlanSet planSet = fixture.load("a.csi", "package p\nshould measure M \"m\"\n", "b.csi", "package p\nsource S \"s\" provides M\n");
		PlanFile a = (PlanFile) planSet.resourceSet().getResources().get(0).getContents().get(0);
		PlanFile b = (PlanFile) planSet.resourceSet().getResources().get(1).getContents().get(0);
		assertSame(provider.get(a), provider.get(b));
	}

	@Test
	public void rebuiltWhenAFileIsReparsed() throws Exception {
		PlanSet planSet = fixture.load("a.csi", "package p\nshould measure M \"m\" every week\n", "b.csi", "package p\nsource S \"s\" provides M every week\n");
		Resource a = planSet.resourceSet().getResources().get(0);
		XtextResource b = (XtextResource) planSet.resourceSet().getResources().get(1);
		PlanSetIndex before = provider.get(a.getContents().get(0));
		assertEquals(List.of(), codes(planSet));

		b.reparse("package p\nsource S \"s\" provides M every month\n");
		assertNotSame(before, provider.get(a.getContents().get(0)));
		assertEquals(List.of("csi.gap.frequency"), codes(planSet));
	}

	/**
	 * The editor re-parses only the element around an edit, in place: the file keeps its root, and
	 * the index must not keep the element that was replaced (issue 14).
	 */
	@Test
	public void rebuiltWhenAnElementIsReparsedInPlace() {
		String measures = "package p\nshould measure M \"m\" every week\n";
		PlanSet planSet = fixture.load("a.csi", measures, "b.csi", "package p\nsource S \"s\" provides M every week\n");
		XtextResource a = (XtextResource) planSet.resourceSet().getResources().get(0);
		PlanFile file = (PlanFile) a.getContents().get(0);
		PlanSetIndex before = provider.get(file);
		assertEquals(List.of(), codes(planSet));

		a.update(measures.indexOf("week"), 4, "month");
		assertSame("the file keeps its root", file, a.getContents().get(0));
		assertNotSame(before, provider.get(file));
		a.update(measures.indexOf("week"), 5, "week");
		((XtextResource) planSet.resourceSet().getResources().get(1)).relink();
		assertEquals(List.of(), codes(planSet));
	}

	@Test
	public void rebuiltWhenAFileIsAdded() throws Exception {
		PlanSet planSet = fixture.load("a.csi", "package p\nshould measure M \"m\"\n");
		assertEquals(List.of("csi.gap.no-source"), codes(planSet));
		Resource added = planSet.resourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI("/plans/b.csi"));
		added.load(new org.eclipse.xtext.util.StringInputStream("package p\nsource S \"s\" provides M\n"), null);
		assertEquals(List.of(), codes(planSet).stream().filter(c -> c.startsWith("csi.gap")).toList());
	}

	private List<String> codes(PlanSet planSet) {
		return validator.validate(planSet).stream().map(f -> f.code()).filter(c -> c.startsWith("csi.gap")).toList();
	}
}
