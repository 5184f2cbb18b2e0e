package org.csi.headless;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.AbstractFileSystemAccess2;
import org.eclipse.xtext.util.RuntimeIOException;

/**
 * Writes generated reports into one output folder and nowhere else: a name that would leave
 * the folder (absolute, "..", or through a symbolic link) is refused. Each file is written
 * to a temporary file in the same folder and renamed over the target, so a failure never
 * leaves a half-written report and a reader never sees one. Two names of one run that differ
 * only in case are refused too: on Windows and macOS one report would replace the other.
 */
public class ReportFileSystemAccess extends AbstractFileSystemAccess2 {

	private final Path root;
	private final Path realRoot;
	private final List<Path> written = new ArrayList<>();
	private final Map<String, String> namesIgnoringCase = new HashMap<>();

	public ReportFileSystemAccess(Path root) throws IOException {
		Files.createDirectories(root);
		this.root = root.toAbsolutePath().normalize();
		this.realRoot = this.root.toRealPath();
	}

	/**
	 * Refuses an output folder that leaves {@code container} (a project): when it, or a folder on
	 * the way to it, is a symbolic link that leads out, as a checked-out repository could make it.
	 */
	public static void requireInside(Path folder, Path container) throws PlanSetException {
		try {
			Path realContainer = container.toRealPath();
			Path existing = folder.toAbsolutePath().normalize();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			if (existing != null && existing.toRealPath().startsWith(realContainer)) {
				return;
			}
		} catch (IOException e) {
			// refused below
		}
		throw new PlanSetException(folder + ": the report folder leads outside " + container + " (a symbolic link); no report is written there");
	}

	/** The files written so far, in order. */
	public List<Path> written() {
		return List.copyOf(written);
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, CharSequence contents) {
		write(fileName, contents.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, InputStream content) {
		try (InputStream in = content) {
			write(fileName, in.readAllBytes());
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
	}

	/** The confined target path of a file name; throws when it would leave the output folder. */
	public Path resolve(String fileName) {
		Path target = root.resolve(fileName).normalize();
		if (fileName.isEmpty() || !target.startsWith(root) || target.equals(root)) {
			throw new RuntimeIOException("refused to write '" + fileName + "': it is outside the output folder " + root);
		}
		try {
			Path parent = target.getParent();
			Files.createDirectories(parent);
			if (!parent.toRealPath().startsWith(realRoot)) {
				throw new RuntimeIOException("refused to write '" + fileName + "': its folder leads outside the output folder " + root);
			}
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
		return target;
	}

	private void write(String fileName, byte[] bytes) {
		Path target = resolve(fileName);
		String relative = root.relativize(target).toString();
		String earlier = namesIgnoringCase.putIfAbsent(relative.toLowerCase(java.util.Locale.ROOT), relative);
		if (earlier != null && !earlier.equals(relative)) {
			throw new RuntimeIOException("refused to write '" + relative + "': its name differs only in case from '" + earlier
					+ "', written before; on Windows and macOS one would replace the other: rename one of the plans");
		}
		try {
			AtomicFiles.write(target, bytes);
			written.add(target);
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public InputStream readBinaryFile(String fileName, String outputConfigurationName) {
		try {
			return new ByteArrayInputStream(Files.readAllBytes(resolve(fileName)));
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public CharSequence readTextFile(String fileName, String outputConfigurationName) {
		try {
			return Files.readString(resolve(fileName), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
	}

	@Override
	public boolean isFile(String path, String outputConfigurationName) {
		return Files.isRegularFile(resolve(path), LinkOption.NOFOLLOW_LINKS);
	}

	@Override
	public URI getURI(String fileName, String outputConfiguration) {
		return URI.createFileURI(resolve(fileName).toString());
	}

	@Override
	public void deleteFile(String fileName, String outputConfigurationName) {
		try {
			Files.deleteIfExists(resolve(fileName));
		} catch (IOException e) {
			throw new RuntimeIOException(e);
		}
	}
}
