package org.csi.dsl.headless;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
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

	/** Loads plan files whose text is already at hand (an editor's buffers, a test's snippets). */
	public PlanSet load(Map<Path, String> sources) throws PlanSetException {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		for (Map.Entry<Path, String> source : sources.entrySet()) {
			Path file = source.getKey().toAbsolutePath().normalize();
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
			try {
				resource.load(new LazyStringInputStream(source.getValue(), StandardCharsets.UTF_8.name()),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				throw new PlanSetException(file + ": cannot be read (" + e.getMessage() + ")");
			}
		}
		return new PlanSet(resourceSet, List.copyOf(sources.keySet()));
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
			throw new PlanSetException(file + ": not valid UTF-8 (bad byte at offset " + buffer.position() + "); save the file as UTF-8");
		}
	}
}
