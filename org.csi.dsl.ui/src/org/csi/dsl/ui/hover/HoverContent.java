package org.csi.dsl.ui.hover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.Addressed;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.OperationalGoal;
import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ide.navigation.Navigation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * What a hover shows: the text of {@link CsiTextHover} (the findings there, what the element is),
 * then the elements it refers to ("Serves FastP1, Uptime."), each name a link to its declaration.
 * Plain text: the links are ranges of it, never markup.
 */
public record HoverContent(String text, List<Link> links) {

	/** A range of the text that opens {@code target} when clicked. */
	public record Link(int offset, int length, Location target) {
	}

	/** How a reference reads in a hover, by the feature that holds it; others read as the feature's name. */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("goals", "Serves"), Map.entry("parents", "Supports"),
			Map.entry("csf", "KPI of"), Map.entry("subject", "For"), Map.entry("services", "For"), Map.entry("process", "Of process"),
			Map.entry("owner", "Owner"), Map.entry("measure", "Measure"), Map.entry("source", "From"),
			Map.entry("collector", "Gathered by"), Map.entry("processor", "Processed by"), Map.entry("analyst", "Analysed by"),
			Map.entry("audience", "Presented to"), Map.entry("raisedBy", "Raised by"), Map.entry("acceptedBy", "Accepted by"));

	/**
	 * {@code text} (null when nothing was found at that place), then what {@code element} (or null)
	 * refers to, with links to the declarations; null when there is nothing to show. Called under
	 * the lock of the element's workspace.
	 */
	public static HoverContent of(String text, EObject element, Navigation navigation) {
		Map<String, List<EObject>> references = new LinkedHashMap<>();
		if (element != null) {
			collect(element, references);
		}
		StringBuilder all = new StringBuilder(text == null ? "" : text);
		List<Link> links = new ArrayList<>();
		for (Map.Entry<String, List<EObject>> entry : references.entrySet()) {
			all.append(all.length() == 0 ? "" : "\n\n").append(entry.getKey()).append(' ');
			List<EObject> targets = entry.getValue();
			for (int i = 0; i < targets.size(); i++) {
				String name = String.valueOf(Navigation.nameOf(targets.get(i)));
				Location declaration = navigation.declaration(targets.get(i));
				if (declaration != null) {
					links.add(new Link(all.length(), name.length(), declaration));
				}
				all.append(name).append(i + 1 < targets.size() ? ", " : ".");
			}
		}
		return all.length() == 0 ? null : new HoverContent(all.toString(), List.copyOf(links));
	}

	/** The resolved references of an element by how they read, in the order of its features. */
	private static void collect(EObject element, Map<String, List<EObject>> references) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			String word = reference.getName().equals("parents") && element instanceof OperationalGoal ? "Refines"
					: WORDS.getOrDefault(reference.getName(), reference.getName());
			for (Object value : reference.isMany() ? (List<?>) element.eGet(reference) : java.util.Collections.singletonList(element.eGet(reference))) {
				if (value instanceof EObject target && !target.eIsProxy() && target instanceof Named) {
					references.computeIfAbsent(word, w -> new ArrayList<>()).add(target);
				}
			}
		}
		if (element instanceof Action action) {
			for (Addressed addressed : action.getAddresses()) {
				if (addressed.getElement() != null && !addressed.getElement().eIsProxy()) {
					references.computeIfAbsent("Addresses", w -> new ArrayList<>()).add(addressed.getElement());
				}
			}
		}
	}
}
