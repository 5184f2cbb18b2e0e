package org.csi.cli.versions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.headless.PlanVersion;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Versions of a plan set read straight from a git repository's objects (JGit): nothing is checked
 * out, the working tree and the index are never touched, and nothing is written. A version is the
 * {@code .csi} files of a commit under the given folders, and the csi.properties nearest to the
 * first folder in that commit. Symbolic links in a commit are not followed (a link's blob is a path,
 * not a plan), and no file outside the repository's objects is read.
 */
public final class GitPlanVersions implements AutoCloseable {

	private final Repository repository;
	private final Path workTree;
	private final List<String> folders;

	private GitPlanVersions(Repository repository, Path workTree, List<String> folders) {
		this.repository = repository;
		this.workTree = workTree;
		this.folders = folders;
	}

	/**
	 * The repository that holds {@code start} (a folder in its working tree), with the plan set under
	 * {@code folders} (paths relative to the working tree's root; none for all of it).
	 */
	public static GitPlanVersions open(Path start, List<Path> folders) throws PlanSetException {
		Path from = start.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(from.toFile());
		if (builder.getGitDir() == null) {
			throw new PlanSetException(from + ": not in a git repository (csi diff compares two commits of one, or two folders)");
		}
		try {
			Repository repository = builder.setMustExist(true).build();
			Path workTree = repository.isBare() ? repository.getDirectory().toPath() : repository.getWorkTree().toPath().toAbsolutePath().normalize();
			List<String> relative = new ArrayList<>();
			for (Path folder : folders) {
				Path absolute = from.resolve(folder).normalize();
				if (!absolute.startsWith(workTree)) {
					repository.close();
					throw new PlanSetException(folder + ": lies outside the repository at " + workTree);
				}
				String path = workTree.relativize(absolute).toString().replace('\\', '/');
				if (!path.isEmpty()) {
					relative.add(path);
				}
			}
			return new GitPlanVersions(repository, workTree, relative);
		} catch (IOException e) {
			throw new PlanSetException(from + ": the git repository cannot be read (" + e.getMessage() + ")");
		}
	}

	/** The working tree's root: versions' files are named by their paths under it. */
	public Path workTree() {
		return workTree;
	}

	/** The commit a revision names ("v1.0", "main~2", a hash), or an error that says why there is none. */
	public RevCommit commit(String revision) throws PlanSetException {
		try (RevWalk walk = new RevWalk(repository)) {
			ObjectId id = repository.resolve(revision + "^{commit}");
			if (id == null) {
				throw new PlanSetException("'" + revision + "' names no commit in " + workTree + (shallow()
						? ": this is a shallow clone, which holds only the latest commits; fetch the history (git fetch --unshallow, or"
								+ " fetch-depth: 0 in GitHub Actions' checkout)"
						: ""));
			}
			return walk.parseCommit(id);
		} catch (RevisionSyntaxException e) {
			throw new PlanSetException("'" + revision + "' is not a revision git understands");
		} catch (org.eclipse.jgit.errors.MissingObjectException e) {
			throw new PlanSetException("'" + revision + "' names a commit that this clone does not have" + (shallow()
					? " (a shallow clone: fetch the history with git fetch --unshallow)" : ""));
		} catch (IOException e) {
			throw new PlanSetException("'" + revision + "' cannot be read from " + workTree + " (" + e.getMessage() + ")");
		}
	}

	/** The plan set as it is in a commit. */
	public PlanVersion version(String revision) throws PlanSetException {
		RevCommit commit = commit(revision);
		String id = commit.abbreviate(7).name();
		String name = revision.equals(id) ? id : revision + " (" + id + ")";
		Map<Path, String> sources = new LinkedHashMap<>();
		List<PlanSetException> unreadable = new ArrayList<>();
		try (TreeWalk tree = new TreeWalk(repository)) {
			tree.addTree(commit.getTree());
			tree.setRecursive(true);
			TreeFilter plans = PathSuffixFilter.create(".csi");
			tree.setFilter(folders.isEmpty() ? plans : AndTreeFilter.create(PathFilterGroup.createFromStrings(folders), plans));
			while (tree.next()) {
				FileMode mode = tree.getFileMode(0);
				if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
					continue;
				}
				Path file = workTree.resolve(tree.getPathString());
				try {
					sources.put(file, PlanSetLoader.text(file, bytes(tree.getObjectId(0), file)));
				} catch (PlanSetException e) {
					unreadable.add(e);
				}
			}
		} catch (IOException e) {
			throw new PlanSetException(name + ": the plan files cannot be read from the repository (" + e.getMessage() + ")");
		}
		String settings = null;
		Path settingsAt = null;
		String folder = folders.isEmpty() ? "" : folders.get(0);
		while (folder != null) {
			String path = (folder.isEmpty() ? "" : folder + "/") + CsiConfigurationReader.FILE_NAME;
			try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
				if (walk != null && walk.getFileMode(0) == FileMode.REGULAR_FILE) {
					settingsAt = workTree.resolve(path);
					settings = PlanSetLoader.text(settingsAt, bytes(walk.getObjectId(0), settingsAt));
					break;
				}
			} catch (IOException e) {
				throw new PlanSetException(name + ": " + path + " cannot be read from the repository (" + e.getMessage() + ")");
			}
			folder = folder.isEmpty() ? null : folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
		}
		return new PlanVersion(name, sources, unreadable, settings, settingsAt);
	}

	private byte[] bytes(ObjectId blob, Path file) throws IOException, PlanSetException {
		ObjectLoader loader = repository.open(blob, Constants.OBJ_BLOB);
		if (loader.getSize() > PlanSetLoader.MAX_FILE_BYTES) {
			throw new PlanSetException(file, "is " + (loader.getSize() >> 20) + " MB; csi reads plan files of up to "
					+ (PlanSetLoader.MAX_FILE_BYTES >> 20) + " MB");
		}
		return loader.getCachedBytes((int) PlanSetLoader.MAX_FILE_BYTES);
	}

	/** A revision that ends a cycle, and the day its commit was made (UTC). */
	public record CycleRef(String revision, java.time.LocalDate date) {
	}

	/** The tags whose names match a glob ({@code q*}, {@code review-2026-*}), by the time of their commits, oldest first. */
	public List<CycleRef> tags(String glob) throws PlanSetException {
		java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(glob.chars().mapToObj(c -> switch (c) {
		case '*' -> ".*";
		case '?' -> ".";
		default -> java.util.regex.Pattern.quote(String.valueOf((char) c));
		}).collect(java.util.stream.Collectors.joining()));
		record Tagged(String name, RevCommit commit) {
		}
		List<Tagged> tagged = new ArrayList<>();
		try (RevWalk walk = new RevWalk(repository)) {
			for (org.eclipse.jgit.lib.Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
				String name = tag.getName().substring(Constants.R_TAGS.length());
				ObjectId id = pattern.matcher(name).matches() ? repository.resolve(tag.getName() + "^{commit}") : null;
				if (id != null) {
					tagged.add(new Tagged(name, walk.parseCommit(id)));
				}
			}
		} catch (IOException e) {
			throw new PlanSetException("the tags of " + workTree + " cannot be read (" + e.getMessage() + ")");
		}
		tagged.sort(java.util.Comparator.comparingInt((Tagged t) -> t.commit().getCommitTime()).thenComparing(Tagged::name));
		return tagged.stream().map(t -> new CycleRef(t.name(), date(t.commit()))).toList();
	}

	/** The last {@code count} commits of the first-parent line ending at {@code head}, oldest first. */
	public List<CycleRef> lastCommits(String head, int count) throws PlanSetException {
		List<CycleRef> cycles = new ArrayList<>();
		RevCommit commit = commit(head);
		try (RevWalk walk = new RevWalk(repository)) {
			for (int i = 0; i < count && commit != null; i++) {
				cycles.add(0, new CycleRef(i == 0 ? head : head + "~" + i, date(commit)));
				commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
			}
		} catch (org.eclipse.jgit.errors.MissingObjectException e) {
			// a shallow clone ends here
		} catch (IOException e) {
			throw new PlanSetException("the history of " + workTree + " cannot be read (" + e.getMessage() + ")");
		}
		return cycles;
	}

	/**
	 * The commits of the first-parent line ending at {@code head} whose message's first line matches
	 * {@code pattern} (a regular expression found anywhere in it), oldest first, each named by its
	 * abbreviated id.
	 */
	public List<CycleRef> commitsMatching(String head, java.util.regex.Pattern pattern) throws PlanSetException {
		List<CycleRef> cycles = new ArrayList<>();
		RevCommit commit = commit(head);
		try (RevWalk walk = new RevWalk(repository)) {
			while (commit != null) {
				if (pattern.matcher(commit.getShortMessage()).find()) {
					cycles.add(0, new CycleRef(commit.abbreviate(7).name(), date(commit)));
				}
				commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
			}
		} catch (org.eclipse.jgit.errors.MissingObjectException e) {
			// a shallow clone ends here
		} catch (IOException e) {
			throw new PlanSetException("the history of " + workTree + " cannot be read (" + e.getMessage() + ")");
		}
		return cycles;
	}

	private static java.time.LocalDate date(RevCommit commit) {
		return java.time.Instant.ofEpochSecond(commit.getCommitTime()).atZone(java.time.ZoneOffset.UTC).toLocalDate();
	}

	/** Whether the repository is a shallow clone. */
	private boolean shallow() {
		return Files.isRegularFile(repository.getDirectory().toPath().resolve("shallow"));
	}

	@Override
	public void close() {
		repository.close();
	}
}
