package org.csi.dsl.analysis;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
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
 * built once and cached on the resource set; an adapter on the resource set and on each of
 * its resources drops it when a file is added, removed, unloaded or re-parsed (a re-parse
 * replaces the resource's contents), so asking for it costs nothing while nothing changes.
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
		synchronized (resourceSet) {
			CachedIndex cache = (CachedIndex) EcoreUtil.getExistingAdapter(resourceSet, CachedIndex.class);
			if (cache == null) {
				cache = new CachedIndex();
				cache.attach(resourceSet);
			}
			if (cache.index == null) {
				cache.index = build(List.copyOf(resourceSet.getResources()));
			}
			return cache.index;
		}
	}

	private PlanSetIndex build(List<Resource> resources) {
		return new PlanSetIndex(resources, names::getFullyQualifiedName);
	}

	/** Holds the index; forgets it on any change to the set of files or a file's contents. */
	private static final class CachedIndex extends AdapterImpl {
		volatile PlanSetIndex index;

		void attach(ResourceSet resourceSet) {
			resourceSet.eAdapters().add(this);
			for (Resource resource : resourceSet.getResources()) {
				resource.eAdapters().add(this);
			}
		}

		@Override
		public void notifyChanged(Notification notification) {
			Object notifier = notification.getNotifier();
			if (notifier instanceof ResourceSet && notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES) {
				index = null;
				watch(notification.getNewValue());
			} else if (notifier instanceof Resource) {
				int feature = notification.getFeatureID(Resource.class);
				if (feature == Resource.RESOURCE__CONTENTS || feature == Resource.RESOURCE__IS_LOADED || feature == Resource.RESOURCE__URI) {
					index = null;
				}
			}
		}

		private void watch(Object added) {
			if (added instanceof Resource resource && !resource.eAdapters().contains(this)) {
				resource.eAdapters().add(this);
			} else if (added instanceof List<?> list) {
				for (Object element : list) {
					watch(element);
				}
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == CachedIndex.class;
		}

		@Override
		public void setTarget(Notifier newTarget) {
			// attached to many notifiers; none of them is "the" target
		}
	}
}
