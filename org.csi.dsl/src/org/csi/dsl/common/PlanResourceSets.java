package org.csi.dsl.common;

import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Resource sets for plans whose {@code .csi} resources are made by this injector's factory, not by
 * whatever factory EMF's global registry holds for the extension. The global registry keeps one
 * factory per extension for the whole virtual machine: a second injector of the language (a test
 * harness, another bundle that reads {@code .csi} files) replaced ours there, and plans were then
 * parsed with another instance of the grammar, which content assist compares by identity: it
 * proposed nothing (issue 14, found by the workbench tests).
 */
public class PlanResourceSets {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private FileExtensionProvider extensions;

	/** A new resource set that makes plans with this injector. */
	public XtextResourceSet create() {
		XtextResourceSet set = resourceSets.get();
		for (String extension : extensions.getFileExtensions()) {
			set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension, resourceFactory);
		}
		return set;
	}
}
