package org.csi.dsl.headless;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the {@code .csi} files under the paths a user names: a file is taken as it is, a
 * folder is searched recursively, following symbolic links but never the same folder
 * twice, so a link loop ends. The result is sorted, so that output never depends on the
 * order in which the file system lists a folder.
 */
public class PlanFileDiscovery {

	public static final String EXTENSION = ".csi";

	public List<Path> discover(List<Path> roots) throws PlanSetException {
		TreeSet<Path> files = new TreeSet<>();
		for (Path root : roots) {
			if (!Files.exists(root)) {
				throw new PlanSetException(root + ": no such file or folder");
			}
			if (Files.isDirectory(root)) {
				walk(root, files);
			} else if (root.getFileName().toString().endsWith(EXTENSION)) {
				files.add(root.toAbsolutePath().normalize());
			} else {
				throw new PlanSetException(root + ": not a .csi file");
			}
		}
		return List.copyOf(files);
	}

	private static void walk(Path root, TreeSet<Path> files) throws PlanSetException {
		TreeSet<Object> visited = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
		try {
			Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
					Object key = attrs.fileKey() != null ? attrs.fileKey() : dir.toRealPath();
					return visited.add(key) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (attrs.isRegularFile() && file.getFileName().toString().endsWith(EXTENSION)) {
						files.add(file.toAbsolutePath().normalize());
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
					if (e instanceof java.nio.file.FileSystemLoopException) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					throw e;
				}
			});
		} catch (IOException e) {
			throw new PlanSetException(root + ": cannot be read (" + e.getMessage() + ")");
		}
	}
}
