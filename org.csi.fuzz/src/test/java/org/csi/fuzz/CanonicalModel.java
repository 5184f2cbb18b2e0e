package org.csi.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The meaning of a parsed plan as text: every element with its attributes and, for references,
 * the names as written. Two texts mean the same when their canonical models are equal, whatever
 * their layout and comments; the comments are compared on their own ({@link #comments}).
 */
final class CanonicalModel {

	private CanonicalModel() {
	}

	/** Every comment of a parsed file, in order, without the spaces around it. */
	static List<String> comments(XtextResource resource) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT")) {
				comments.add(leaf.getText().strip());
			}
		}
		return comments;
	}

	static String of(EObject root) {
		StringBuilder out = new StringBuilder();
		write(root, "", out);
		return out.toString();
	}

	private static void write(EObject object, String indent, StringBuilder out) {
		out.append(indent).append(object.eClass().getName());
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (object.eIsSet(attribute)) {
				out.append(' ').append(attribute.getName()).append('=').append(object.eGet(attribute));
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			StringBuilder names = new StringBuilder();
			for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
				names.append(names.length() > 0 ? "," : "").append(NodeModelUtils.getTokenText(node));
			}
			if (names.length() > 0) {
				out.append(' ').append(reference.getName()).append("->").append(names);
			}
		}
		out.append('\n');
		for (EObject child : object.eContents()) {
			write(child, indent + "  ", out);
		}
	}
}
