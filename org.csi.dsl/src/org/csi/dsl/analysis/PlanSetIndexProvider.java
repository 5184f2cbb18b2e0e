package org.csi.dsl.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Hands out the {@link PlanSetIndex} of the resource set an element lives in. The index is
 * cached on the resource set and rebuilt when a file was added, removed or re-parsed
 * (each re-parse replaces the root object, which is what the fingerprint compares).
 */
@Singleton
public class PlanSetIndexProvider {

	@Inject
	private IQualifiedNameProvider names;

	public PlanSetIndex get(EObject context) {
		Resource resource = context.eResource();
		if (resource == null) {
			return build(List.of());
		}
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet == null) {
			return build(List.of(resource));
		}
		List<Object> fingerprint = fingerprint(resourceSet);
		CachedIndex cached = (CachedIndex) EcoreUtil.getExistingAdapter(resourceSet, CachedIndex.class);
		if (cached != null && cached.fingerprint.equals(fingerprint)) {
			return cached.index;
		}
		if (cached != null) {
			resourceSet.eAdapters().remove(cached);
		}
		PlanSetIndex index = build(new ArrayList<>(resourceSet.getResources()));
		resourceSet.eAdapters().add(new CachedIndex(fingerprint, index));
		return index;
	}

	private PlanSetIndex build(List<Resource> resources) {
		return new PlanSetIndex(resources, names::getFullyQualifiedName);
	}

	private static List<Object> fingerprint(ResourceSet resourceSet) {
		List<Object> fingerprint = new ArrayList<>(resourceSet.getResources().size() * 2);
		for (Resource resource : resourceSet.getResources()) {
			fingerprint.add(new Identity(resource));
			fingerprint.add(new Identity(resource.getContents().isEmpty() ? null : resource.getContents().get(0)));
		}
		return fingerprint;
	}

	/** Compares by identity, whatever equals() of the wrapped object does. */
	private record Identity(Object object) {
		@Override
		public boolean equals(Object other) {
			return other instanceof Identity identity && identity.object == object;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(object);
		}
	}

	private static final class CachedIndex extends AdapterImpl {
		final List<Object> fingerprint;
		final PlanSetIndex index;

		CachedIndex(List<Object> fingerprint, PlanSetIndex index) {
			this.fingerprint = fingerprint;
			this.index = index;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == CachedIndex.class;
		}
	}
}
