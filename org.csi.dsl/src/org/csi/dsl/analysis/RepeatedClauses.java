package org.csi.dsl.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Clauses written twice where an element takes one ({@code target 4 hours ... target 5 hours}):
 * the grammar accepts them in any order, so a repeat parses, and only the last one would count.
 * The parser records them as it assigns the clauses ({@code CsiElementFactory}): finding them
 * costs nothing after parsing. The first repeat is reported where it stands; the formatter
 * leaves such a file alone.
 */
public final class RepeatedClauses {

	/** A single-valued feature given more than once: the nodes after the first. */
	public record Repeat(EObject element, EStructuralFeature feature, List<INode> repeats) {
	}

	private RepeatedClauses() {
	}

	/**
	 * Called by the parser for every value it gives a single-valued feature, before it sets it:
	 * a feature that already has a value, or was given its default value (then EMF does not
	 * count it as set), is a repeat.
	 */
	public static void assigning(EObject element, EStructuralFeature feature, INode node) {
		Record record = record(element, false);
		if (element.eIsSet(feature) || record != null && record.defaults.contains(feature)) {
			record(element, true).repeats.computeIfAbsent(feature, k -> new ArrayList<>(1)).add(node);
		}
	}

	/** Called by the parser after it set a single-valued feature. */
	public static void assigned(EObject element, EStructuralFeature feature) {
		if (!element.eIsSet(feature)) {
			record(element, true).defaults.add(feature); // its default value, written out: a second one is a repeat too
		}
	}

	/** The repeated single-valued features of one element, in the order they were written. */
	public static List<Repeat> of(EObject element) {
		Record record = record(element, false);
		if (record == null || record.repeats.isEmpty()) {
			return List.of();
		}
		List<Repeat> repeats = new ArrayList<>();
		for (Map.Entry<EStructuralFeature, List<INode>> entry : record.repeats.entrySet()) {
			repeats.add(new Repeat(element, entry.getKey(), List.copyOf(entry.getValue())));
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

	private static Record record(EObject element, boolean create) {
		for (Object adapter : element.eAdapters()) {
			if (adapter instanceof Record record) {
				return record;
			}
		}
		if (!create) {
			return null;
		}
		Record record = new Record();
		element.eAdapters().add(record);
		return record;
	}

	/** What the parser saw of one element's clauses, kept only for elements that need it. */
	private static final class Record extends AdapterImpl {
		final Map<EStructuralFeature, List<INode>> repeats = new LinkedHashMap<>();
		final Set<EStructuralFeature> defaults = new HashSet<>();

		@Override
		public boolean isAdapterForType(Object type) {
			return type == RepeatedClauses.class;
		}
	}
}
