package org.csi.headless;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
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
		return discover(roots, List.of(), List.of());
	}

	/**
	 * Like {@link #discover(List)}, keeping in folders only the files whose path relative to the
	 * folder given matches one of the include globs (all when there are none) and none of the
	 * exclude globs, e.g. {@code drafts/**} or {@code **}{@code /old-*.csi}. Files named
	 * explicitly are always taken.
	 */
	public List<Path> discover(List<Path> roots, List<String> includes, List<String> excludes) throws PlanSetException {
		List<PathMatcher> include = matchers(includes);
		List<PathMatcher> exclude = matchers(excludes);
		TreeSet<Path> files = new TreeSet<>();
		for (Path root : roots) {
			if (!Files.exists(root)) {
				throw new PlanSetException(root + ": no such file or folder");
			}
			if (Files.isDirectory(root)) {
				TreeSet<Path> found = new TreeSet<>();
				walk(root, found);
				Path base = root.toAbsolutePath().normalize();
				for (Path file : found) {
					Path relative = base.relativize(file);
					if ((include.isEmpty() || matches(include, relative)) && !matches(exclude, relative)) {
						files.add(file);
					}
				}
			} else if (root.getFileName().toString().endsWith(EXTENSION)) {
				files.add(root.toAbsolutePath().normalize());
			} else {
				throw new PlanSetException(root + ": not a .csi file");
			}
		}
		if (files.isEmpty()) {
			throw new PlanSetException("no .csi files found under " + String.join(", ", roots.stream().map(Path::toString).toList())
					+ (includes.isEmpty() && excludes.isEmpty() ? "" : " with the given --include and --exclude patterns"));
		}
		return List.copyOf(files);
	}

	private static List<PathMatcher> matchers(List<String> globs) throws PlanSetException {
		List<PathMatcher> matchers = new java.util.ArrayList<>();
		for (String glob : globs) {
			try {
				matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
				if (glob.startsWith("**/")) { // "**/x" also means x at the top level, as in git and most tools
					matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
				}
			} catch (IllegalArgumentException e) {
				throw new PlanSetException("bad glob '" + glob + "': " + e.getMessage().lines().findFirst().orElse(""));
			}
		}
		return matchers;
	}

	private static boolean matches(List<PathMatcher> matchers, Path relative) {
		for (PathMatcher matcher : matchers) {
			if (matcher.matches(relative)) {
				return true;
			}
		}
		return false;
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
