package org.csi.dsl.ide.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.csi.dsl.common.PlanResourceSets;
import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.ide.edit.TextEdit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The plans of one project as an editor sees them: every plan file of the project, with the text
 * of an open editor in place of what is on disk, so that references across files resolve against
 * what the user is typing. The plans are kept in the order {@code csi validate} reads them (by
 * path), so that the editor finds what the command line finds. All access goes through
 * {@link #read} and {@link #write}, which hold one lock: editors reconcile and the builder builds
 * from background threads.
 */
public class PlanWorkspace {

	@Inject
	private PlanResourceSets resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private OperationCanceledManager cancellations;

	private final ReentrantLock lock = new ReentrantLock();

	private XtextResourceSet resourceSet;

	private CsiConfiguration configuration = CsiConfiguration.DEFAULT;

	/** The severities and reference date this project's plans are checked with. */
	public void setConfiguration(CsiConfiguration configuration) {
		write(set -> {
			this.configuration = configuration;
			CsiSettings.install(set, CsiSettings.of(configuration));
			return null;
		});
	}

	public CsiConfiguration configuration() {
		return read(set -> configuration);
	}

	public <T> T read(Function<XtextResourceSet, T> reader) {
		lock.lock();
		try {
			return reader.apply(resourceSet());
		} finally {
			lock.unlock();
		}
	}

	/** As {@link #read}, under the same lock; the name says that {@code writer} changes the plans. */
	public <T> T write(Function<XtextResourceSet, T> writer) {
		return read(writer);
	}

	/**
	 * Makes {@code text} the content of the plan at {@code uri}, adding it when it is new. Plans
	 * that refer to it are relinked, so that none of them keeps pointing at the replaced model.
	 */
	public XtextResource setText(URI uri, String text) {
		return write(set -> {
			XtextResource resource = put(set, uri, text);
			ReadingOrder.sort(set.getResources());
			relinkAllBut(resource);
			return resource;
		});
	}

	/**
	 * Makes each text the content of its plan and drops the plans of {@code removed}, relinking
	 * once at the end: what a build does with the files that changed on disk.
	 */
	public void setTexts(java.util.Map<URI, String> texts, java.util.Collection<URI> removed) {
		write(set -> {
			for (URI uri : removed) {
				Resource resource = set.getResource(uri, false);
				if (resource != null) {
					resource.unload();
					set.getResources().remove(resource);
				}
			}
			for (var entry : texts.entrySet()) {
				put(set, entry.getKey(), entry.getValue());
			}
			ReadingOrder.sort(set.getResources());
			if (!texts.isEmpty() || !removed.isEmpty()) {
				relinkAllBut(null);
			}
			return null;
		});
	}

	/**
	 * Applies the edits an editor made since the last call, in order, re-parsing only the part of
	 * the file around each; falls back to a whole parse when the result is not {@code text}, the
	 * editor's text now.
	 */
	public XtextResource update(URI uri, List<TextEdit> edits, String text) {
		return write(set -> {
			XtextResource resource = (XtextResource) set.getResource(uri, false);
			if (resource == null || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
				return setText(uri, text);
			}
			try {
				for (TextEdit edit : edits) {
					resource.update(edit.offset(), edit.length(), edit.text());
				}
			} catch (RuntimeException e) {
				return setText(uri, text); // an edit that did not fit the text
			}
			if (!text.equals(resource.getParseResult().getRootNode().getText())) {
				return setText(uri, text);
			}
			relinkAllBut(resource);
			return resource;
		});
	}

	/** Drops a plan that was deleted; plans that referred to it are relinked. */
	public void remove(URI uri) {
		setTexts(java.util.Map.of(), List.of(uri));
	}

	public boolean contains(URI uri) {
		return read(set -> set.getResource(uri, false) != null);
	}

	public XtextResource resource(URI uri) {
		return read(set -> (XtextResource) set.getResource(uri, false));
	}

	public List<URI> uris() {
		return read(set -> {
			List<URI> uris = new ArrayList<>();
			for (Resource resource : set.getResources()) {
				uris.add(resource.getURI());
			}
			return uris;
		});
	}

	/**
	 * The findings of one plan, against the other plans as they are now. A check that
	 * {@code cancel} stops half-way returns no findings rather than throwing Xtext's
	 * {@link org.eclipse.xtext.service.OperationCanceledError}, which would end the editor's
	 * checking thread: whoever cancelled it asks {@code cancel} and drops the result.
	 */
	public List<Issue> validate(URI uri, CancelIndicator cancel) {
		return read(set -> {
			XtextResource resource = (XtextResource) set.getResource(uri, false);
			if (resource == null) {
				return List.of();
			}
			try {
				return validator.validate(resource, CheckMode.ALL, cancel);
			} catch (RuntimeException | Error e) {
				if (cancellations.isOperationCanceledException(e)) {
					return List.of();
				}
				throw e;
			}
		});
	}

	private static XtextResource put(XtextResourceSet set, URI uri, String text) {
		XtextResource resource = (XtextResource) set.getResource(uri, false);
		try {
			if (resource == null) {
				resource = (XtextResource) set.createResource(uri);
				resource.load(new StringInputStream(text, "UTF-8"), Collections.singletonMap(XtextResource.OPTION_ENCODING, "UTF-8"));
			} else {
				resource.reparse(text);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private XtextResourceSet resourceSet() {
		if (resourceSet == null) {
			resourceSet = resourceSets.create();
			CsiSettings.install(resourceSet, CsiSettings.of(configuration));
		}
		return resourceSet;
	}

	private void relinkAllBut(Resource changed) {
		for (Resource other : new ArrayList<>(resourceSet.getResources())) {
			if (other != changed && other instanceof XtextResource xtext && xtext.getParseResult() != null
					&& xtext.getParseResult().getRootASTElement() != null) {
				xtext.relink();
			}
		}
	}
}
