package org.csi.dsl.ide.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.services.CsiGrammarAccess;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Renames an element: its declaration and every reference to it in every plan of the resource
 * set. A qualified reference keeps its package and changes its last segment.
 */
public class Rename {

	@Inject
	private Navigation navigation;

	@Inject
	private CsiGrammarAccess grammar;

	/** Why {@code name} cannot be the new name, or null when it can. */
	public String problemWith(String name) {
		if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			return "A name starts with a letter or '_' and has only letters, digits and '_'.";
		}
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		if (keywords.contains(name)) {
			return "'" + name + "' is a keyword of the language.";
		}
		return null;
	}

	/** The edits, file by file, that rename {@code target} to {@code newName}. */
	public Map<URI, List<TextEdit>> edits(EObject target, String newName) {
		Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();
		INode name = Navigation.nameNode(target);
		if (name == null) {
			return edits;
		}
		edits.computeIfAbsent(target.eResource().getURI(), k -> new ArrayList<>())
				.add(new TextEdit(name.getOffset(), name.getLength(), newName));
		for (Location reference : navigation.references(target, target.eResource().getResourceSet())) {
			Resource resource = target.eResource().getResourceSet().getResource(reference.uri(), false);
			String text = ((org.eclipse.xtext.resource.XtextResource) resource).getParseResult().getRootNode().getText()
					.substring(reference.offset(), reference.offset() + reference.length());
			int lastDot = text.lastIndexOf('.');
			int start = reference.offset() + lastDot + 1;
			edits.computeIfAbsent(reference.uri(), k -> new ArrayList<>())
					.add(new TextEdit(start, reference.offset() + reference.length() - start, newName));
		}
		return edits;
	}
}
