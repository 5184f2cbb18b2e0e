package org.csi.dsl.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
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

	/**
	 * The repeated single-valued features of one element, in one walk over its nodes (pruned at
	 * the nodes of contained elements): linear in the element's text.
	 */
	public static List<Repeat> of(EObject element) {
		ICompositeNode root = NodeModelUtils.getNode(element);
		if (root == null) {
			return List.of();
		}
		Map<String, List<INode>> byFeature = null;
		BidiTreeIterator<INode> nodes = root.getAsTreeIterable().iterator();
		nodes.next(); // the element's own node belongs to its container's assignment
		while (nodes.hasNext()) {
			INode node = nodes.next();
			boolean child = node instanceof ICompositeNode composite && composite.hasDirectSemanticElement()
					&& composite.getSemanticElement() != element;
			Assignment assignment = assignmentOf(node.getGrammarElement());
			INode parent = node.getParent();
			if (assignment != null && (parent == null || parent == root || assignmentOf(parent.getGrammarElement()) != assignment)) {
				if (byFeature == null) {
					byFeature = new HashMap<>();
				}
				byFeature.computeIfAbsent(assignment.getFeature(), k -> new ArrayList<>(2)).add(node);
			}
			if (child) {
				nodes.prune(); // a contained element: counted above, its clauses are its own
			}
		}
		if (byFeature == null) {
			return List.of();
		}
		List<Repeat> repeats = new ArrayList<>();
		for (Map.Entry<String, List<INode>> entry : byFeature.entrySet()) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(entry.getKey());
			if (entry.getValue().size() > 1 && feature != null && !feature.isMany()) {
				repeats.add(new Repeat(element, feature, List.copyOf(entry.getValue().subList(1, entry.getValue().size()))));
			}
		}
		return repeats;
	}

	/** The grammar's assignments by grammar element: the grammar never changes, so it is looked up once. */
	private static final Map<EObject, Object> ASSIGNMENTS = new java.util.concurrent.ConcurrentHashMap<>();
	private static final Object NONE = new Object();

	private static Assignment assignmentOf(EObject grammarElement) {
		if (grammarElement == null) {
			return null;
		}
		Object assignment = ASSIGNMENTS.computeIfAbsent(grammarElement, e -> {
			Assignment found = GrammarUtil.containingAssignment(e);
			return found == null ? NONE : found;
		});
		return assignment == NONE ? null : (Assignment) assignment;
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
