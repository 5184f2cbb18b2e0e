package org.csi.dsl.ide.scoping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * What a reference may name from where it stands, as the scope provider resolves it (the plan's
 * package, its imports, qualified names of every package), one entry per element with the names
 * that reach it, shortest first. Content assist proposes and every quick fix inserts the shortest:
 * {@code Analyst} under {@code import hospital.org.*}, {@code hospital.org.Analyst} without it.
 */
public class VisibleNames {

	/** Fewer segments first, then the shorter text, then alphabetical. */
	private static final Comparator<String> SHORTEST = Comparator.comparingInt((String name) -> name.split("\\.").length)
			.thenComparingInt(String::length).thenComparing(Comparator.naturalOrder());

	/** An element a reference may name: its description in the scope, and its names that resolve to it, shortest first. */
	public record Visible(IEObjectDescription description, List<String> names) {

		public String shortest() {
			return names.get(0);
		}

		public URI uri() {
			return description.getEObjectURI();
		}
	}

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter converter;

	/** The elements {@code reference} may name from {@code context}, ordered by their shortest name. */
	public List<Visible> visible(EObject context, EReference reference) {
		return visible(scopeProvider.getScope(context, reference), description -> true);
	}

	/** The elements of {@code scope} that {@code filter} accepts, ordered by their shortest name. */
	public List<Visible> visible(IScope scope, Predicate<IEObjectDescription> filter) {
		Map<URI, IEObjectDescription> first = new LinkedHashMap<>();
		Map<URI, List<String>> names = new LinkedHashMap<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			if (!filter.test(description)) {
				continue;
			}
			URI uri = description.getEObjectURI();
			String name = converter.toString(description.getName());
			// a name shadowed by another element of the same name reaches that one, not this
			IEObjectDescription resolved = scope.getSingleElement(description.getName());
			if (resolved == null || !uri.equals(resolved.getEObjectURI())) {
				continue;
			}
			first.putIfAbsent(uri, description);
			List<String> list = names.computeIfAbsent(uri, u -> new ArrayList<>());
			if (!list.contains(name)) {
				list.add(name);
			}
		}
		List<Visible> visible = new ArrayList<>();
		for (var entry : names.entrySet()) {
			entry.getValue().sort(SHORTEST);
			visible.add(new Visible(first.get(entry.getKey()), List.copyOf(entry.getValue())));
		}
		visible.sort(Comparator.comparing(Visible::shortest, SHORTEST));
		return visible;
	}

	/**
	 * The shortest name by which {@code reference}, written in {@code context}, resolves to
	 * {@code target}; null when {@code target} is not visible from there.
	 */
	public String shortestName(EObject target, EObject context, EReference reference) {
		URI uri = EcoreUtil.getURI(target);
		List<Visible> visible = visible(scopeProvider.getScope(context, reference), description -> uri.equals(description.getEObjectURI()));
		return visible.isEmpty() ? null : visible.get(0).shortest();
	}

	/** The element a visible entry stands for, resolved in the resource set of {@code context}. */
	public static EObject element(Visible visible, EObject context) {
		EObject object = visible.description().getEObjectOrProxy();
		return object.eIsProxy() && context != null ? EcoreUtil.resolve(object, context) : object;
	}
}
