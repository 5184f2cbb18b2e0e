package org.csi.headless;

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

import org.csi.dsl.common.PlanResourceSets;
import org.csi.dsl.config.CsiSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Inject;

/**
 * Reads every {@code .csi} file under the given paths into one resource set. Files must be
 * UTF-8 (a byte-order mark is allowed) text of at most {@link #MAX_FILE_BYTES}; anything else
 * (a binary file, another encoding, a device or a pipe) is refused with the file and, where
 * there is one, the line and column of the first bad byte, rather than parsed into nonsense.
 */
public class PlanSetLoader {

	/**
	 * The largest plan file read: 8 MiB, some 200,000 lines, far more than a team writes by hand.
	 * A plan set may hold any number of files; one bigger file would cost gigabytes in one parse.
	 */
	public static final long MAX_FILE_BYTES = 8L << 20;

	/**
	 * The most a whole plan set may hold: 64 MB, and less when the heap is small (checking takes
	 * about 45 bytes of heap per byte of plan: a million lines, 35 MB, peak at 1.6 GB). The system
	 * property {@code csi.max-plan-set-bytes} replaces it, for the test that runs out of memory.
	 */
	public static long maxPlanSetBytes() {
		return Long.getLong("csi.max-plan-set-bytes", Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 48));
	}

	@Inject
	private PlanResourceSets resourceSets;

	@Inject
	private PlanFileDiscovery discovery;

	public PlanSet load(List<Path> roots) throws PlanSetException {
		return load(roots, List.of(), List.of());
	}

	/** Loads the files under the roots that the include and exclude globs select, with the default settings. */
	public PlanSet load(List<Path> roots, List<String> includes, List<String> excludes) throws PlanSetException {
		return load(roots, includes, excludes, CsiSettings.DEFAULT);
	}

	/** Loads the files under the roots that the include and exclude globs select, to be checked with {@code settings}. */
	public PlanSet load(List<Path> roots, List<String> includes, List<String> excludes, CsiSettings settings) throws PlanSetException {
		List<Path> files = discovery.discover(roots, includes, excludes);
		long total = 0;
		for (Path file : files) {
			try {
				total += Files.isRegularFile(file) ? Files.size(file) : 0;
			} catch (IOException e) {
				// read() says why
			}
		}
		if (total > maxPlanSetBytes()) {
			throw new PlanSetException("the plan set is " + megabytes(total) + " in " + files.size() + " files; csi checks up to "
					+ megabytes(maxPlanSetBytes()) + " at once with this heap (" + megabytes(Runtime.getRuntime().maxMemory())
					+ "): check parts of it separately (--include), or give csi more memory (CSI_JAVA_OPTS=-Xmx4g)");
		}
		Map<Path, String> sources = new LinkedHashMap<>();
		for (Path file : files) {
			sources.put(file, read(file));
		}
		return load(sources, settings);
	}

	/**
	 * The plan set under {@code roots} as one version of it, for a diff: a file that cannot be read
	 * is recorded in the version instead of ending the run, and {@code settingsFile} (null for none)
	 * is the csi.properties that goes with it.
	 */
	public PlanVersion version(String name, List<Path> roots, Path settingsFile) throws PlanSetException {
		Map<Path, String> sources = new LinkedHashMap<>();
		List<PlanSetException> unreadable = new ArrayList<>();
		for (Path file : discovery.discover(roots, List.of(), List.of())) {
			try {
				sources.put(file.toAbsolutePath().normalize(), read(file));
			} catch (PlanSetException e) {
				unreadable.add(e);
			}
		}
		String settings = settingsFile == null ? null : read(settingsFile);
		return new PlanVersion(name, sources, unreadable, settings, settingsFile == null ? null : settingsFile.toAbsolutePath().normalize());
	}

	/**
	 * Loads plan files whose text is already at hand (an editor's buffers, a test's snippets).
	 * Files are parsed in parallel, one task per file on all cores: parsing a file touches
	 * nothing but that file's resource.
	 */
	public PlanSet load(Map<Path, String> sources) throws PlanSetException {
		return load(sources, CsiSettings.DEFAULT);
	}

	/** The same, to be checked with {@code settings}: they go with the plan set ({@link CsiSettings#install}). */
	public PlanSet load(Map<Path, String> sources, CsiSettings settings) throws PlanSetException {
		XtextResourceSet resourceSet = resourceSets.create();
		CsiSettings.install(resourceSet, settings);
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

	/**
	 * The text of one plan file, or an exception whose message starts with the file, and then its
	 * line and column where there is one.
	 */
	public static String read(Path file) throws PlanSetException {
		byte[] bytes;
		try {
			if (!Files.isRegularFile(file)) {
				throw new PlanSetException(file, "not a regular file (a plan is a text file)");
			}
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				throw new PlanSetException(file, "is " + megabytes(size) + "; csi reads plan files of up to " + megabytes(MAX_FILE_BYTES)
						+ ": split it into several files (a package may span files)");
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new PlanSetException(file, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
		}
		return text(file, bytes);
	}

	/**
	 * The text of a plan file's bytes (read from a file, or from a git object), or an exception
	 * whose message starts with {@code file}, and then the line and column of the first bad byte.
	 */
	public static String text(Path file, byte[] bytes) throws PlanSetException {
		if (bytes.length > MAX_FILE_BYTES) {
			throw new PlanSetException(file, "is " + megabytes(bytes.length) + "; csi reads plan files of up to " + megabytes(MAX_FILE_BYTES)
					+ ": split it into several files (a package may span files)");
		}
		int start = byteOrderMarkLength(bytes);
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw unreadable(file, bytes, start, i, "a NUL byte: this is a binary file, not a plan");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return decoder.decode(buffer).toString();
		} catch (CharacterCodingException e) {
			int offset = buffer.position();
			throw unreadable(file, bytes, start, offset, "not valid UTF-8 (bad byte at offset " + offset + "); save the file as UTF-8");
		}
	}

	/** 3 when the bytes begin with UTF-8's byte-order mark, else 0. */
	public static int byteOrderMarkLength(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
	}

	/** The error for a bad byte, at its line and column (the column counts bytes) of a text that starts at {@code start}. */
	private static PlanSetException unreadable(Path file, byte[] bytes, int start, int offset, String reason) {
		int line = 1;
		int lineStart = start;
		for (int i = start; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new PlanSetException(file, line, offset - lineStart + 1, reason);
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
	}
}
