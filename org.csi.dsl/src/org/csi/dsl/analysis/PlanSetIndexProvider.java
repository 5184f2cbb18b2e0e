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
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Hands out the {@link PlanSetIndex} of the resource set an element lives in. The index is
 * built once and cached on the resource set, so asking for it costs nothing while nothing changes.
 * It is dropped when a file is added, removed or unloaded (an adapter on the resource set and its
 * resources) and when anything in a file changes: a whole re-parse, and also the editor's partial
 * re-parse, which replaces only the element around an edit and leaves the file's root in place
 * (Xtext's cache of each file, which is cleared on every such change, tells the index too).
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
				List<Resource> resources = List.copyOf(resourceSet.getResources());
				cache.index = build(resources);
				cache.listenToChangesIn(resources);
			}
			return cache.index;
		}
	}

	private PlanSetIndex build(List<Resource> resources) {
		return new PlanSetIndex(resources, names::getFullyQualifiedName);
	}

	/** Holds the index; forgets it on any change to the set of files or a file's contents. */
	private static final class CachedIndex extends AdapterImpl implements OnChangeEvictingCache.Listener {
		volatile PlanSetIndex index;

		/**
		 * Asks each file's Xtext cache to say when it is cleared: on any change of the file's model,
		 * however deep. It says so once, so this is asked again with every index built.
		 */
		void listenToChangesIn(List<Resource> resources) {
			for (Resource resource : resources) {
				if (resource instanceof XtextResource xtext && xtext.getCache() instanceof OnChangeEvictingCache cache) {
					cache.getOrCreate(resource).addCacheListener(this);
				}
			}
		}

		@Override
		public void onEvict(OnChangeEvictingCache.CacheAdapter cache) {
			index = null;
		}

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
