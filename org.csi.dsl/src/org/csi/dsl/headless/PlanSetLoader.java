package org.csi.dsl.headless;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Reads every {@code .csi} file under the given paths into one resource set. Files must be
 * UTF-8 (a byte-order mark is allowed); anything else is refused with the file and the
 * offset of the first bad byte rather than parsed into nonsense.
 */
public class PlanSetLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private PlanFileDiscovery discovery;

	public PlanSet load(List<Path> roots) throws PlanSetException {
		return load(roots, List.of(), List.of());
	}

	/** Loads the files under the roots that the include and exclude globs select. */
	public PlanSet load(List<Path> roots, List<String> includes, List<String> excludes) throws PlanSetException {
		List<Path> files = discovery.discover(roots, includes, excludes);
		Map<Path, String> sources = new LinkedHashMap<>();
		for (Path file : files) {
			sources.put(file, read(file));
		}
		return load(sources);
	}

	/**
	 * Loads plan files whose text is already at hand (an editor's buffers, a test's snippets).
	 * Files are parsed in parallel, one task per file on all cores: parsing a file touches
	 * nothing but that file's resource.
	 */
	public PlanSet load(Map<Path, String> sources) throws PlanSetException {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		List<Resource> resources = new ArrayList<>(sources.size());
		List<String> texts = new ArrayList<>(sources.size());
		for (Map.Entry<Path, String> source : sources.entrySet()) {
			Path file = source.getKey().toAbsolutePath().normalize();
			resources.add(resourceSet.createResource(URI.createFileURI(file.toString())));
			texts.add(source.getValue());
		}
		try {
			Parallel.forEach(resources.size(), i -> {
				try {
					resources.get(i).load(new LazyStringInputStream(texts.get(i), StandardCharsets.UTF_8.name()),
							Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		} catch (java.io.UncheckedIOException e) {
			throw new PlanSetException("cannot be read (" + e.getCause().getMessage() + ")");
		}
		indexNames(resourceSet);
		return new PlanSet(resourceSet, List.copyOf(sources.keySet()));
	}

	/**
	 * Installs an index of every exported name into the resource set. Without it, Xtext's
	 * global scope searches every file for every reference: linking would cost the number of
	 * references times the number of files instead of growing linearly.
	 */
	private static void indexNames(XtextResourceSet resourceSet) {
		List<Resource> resources = List.copyOf(resourceSet.getResources());
		IResourceDescription[] descriptions = new IResourceDescription[resources.size()];
		Parallel.forEach(resources.size(), i -> {
			XtextResource resource = (XtextResource) resources.get(i);
			IResourceDescription description = resource.getResourceServiceProvider().getResourceDescriptionManager()
					.getResourceDescription(resource);
			description.getExportedObjects().iterator().hasNext(); // computes the names on this thread
			descriptions[i] = description;
		});
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(List.of(descriptions)));
	}

	static String read(Path file) throws PlanSetException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new PlanSetException(file + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return decoder.decode(buffer).toString();
		} catch (CharacterCodingException e) {
			int offset = buffer.position();
			int line = 1;
			int lineStart = start;
			for (int i = start; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			throw new PlanSetException(file + ":" + line + ":" + (offset - lineStart + 1) + ": not valid UTF-8 (bad byte at offset " + offset
					+ "); save the file as UTF-8");
		}
	}
}
