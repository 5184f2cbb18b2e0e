package org.csi.dsl.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Clauses written twice where an element takes one ({@code target 4 hours ... target 5 hours}):
 * the grammar accepts them in any order, so a repeat parses, and only the last one would count.
 * The first is reported where it stands; the formatter leaves such a file alone.
 */
public final class RepeatedClauses {

	/** A single-valued feature given more than once: the nodes after the first. */
	public record Repeat(EObject element, EStructuralFeature feature, List<INode> repeats) {
	}

	private RepeatedClauses() {
	}

	public static List<Repeat> of(EObject element) {
		List<Repeat> repeats = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
			if (nodes.size() > 1) {
				repeats.add(new Repeat(element, feature, List.copyOf(nodes.subList(1, nodes.size()))));
			}
		}
		return repeats;
	}

	/** Whether any element of the tree under {@code root} repeats a clause. */
	public static boolean anyIn(EObject root) {
		if (!of(root).isEmpty()) {
			return true;
		}
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			if (!of(all.next()).isEmpty()) {
				return true;
			}
		}
		return false;
	}
}
