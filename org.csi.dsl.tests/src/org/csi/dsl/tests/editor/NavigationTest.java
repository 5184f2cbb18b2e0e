package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import java.util.stream.Collectors;

import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.eclipse.emf.ecore.EObject;
import org.junit.Test;

/** Go to definition, find references and mark occurrences, across files. */
public class NavigationTest {

	private final Navigation navigation = injector().getInstance(Navigation.class);

	private final PlanWorkspace workspace = workspace("shop.csi", SHOP, "ops.csi", OPS);

	private static String render(List<Location> locations) {
		return locations.stream().map(l -> l.uri().lastSegment() + ":" + l.line() + "@" + l.offset() + "+" + l.length())
				.collect(Collectors.joining(", "));
	}

	@Test
	public void aQualifiedReferenceLeadsToTheDeclarationInTheOtherFile() {
		EObject target = navigation.elementAt(resource(workspace, "ops.csi"), offset(OPS, "shop.Restore", 0, 6));
		Location declaration = navigation.declaration(target);
		assertEquals("shop.csi:19@" + offset(SHOP, "Restore \"", 0, 0) + "+7", render(List.of(declaration)));
	}

	@Test
	public void referencesAreFoundInEveryFile() {
		EObject measure = navigation.elementAt(resource(workspace, "shop.csi"), offset(SHOP, "Restore \"", 0, 2));
		assertEquals("ops.csi:7@" + offset(OPS, "Restore every", 0, 0) + "+7, ops.csi:9@" + offset(OPS, "shop.Restore", 0, 0) + "+12",
				render(navigation.references(measure, resource(workspace, "shop.csi").getResourceSet())));
	}

	@Test
	public void occurrencesAreTheDeclarationAndTheReferencesOfThisFile() {
		assertEquals("shop.csi:4@" + offset(SHOP, "owner Lead", 0, 6) + "+4, shop.csi:16@" + offset(SHOP, "Lead \"", 0, 0) + "+4",
				render(navigation.occurrences(resource(workspace, "shop.csi"), offset(SHOP, "owner Lead", 0, 7))));
	}

	@Test
	public void nothingIsFoundOnAKeyword() {
		assertNull(navigation.elementAt(resource(workspace, "shop.csi"), offset(SHOP, "supports", 0, 2)));
		assertEquals(List.of(), navigation.occurrences(resource(workspace, "shop.csi"), offset(SHOP, "supports", 0, 2)));
	}
}
