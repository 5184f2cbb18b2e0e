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
		String name = revision + " (" + commit.abbreviate(7).name() + ")";
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

	/** Whether the repository is a shallow clone. */
	private boolean shallow() {
		return Files.isRegularFile(repository.getDirectory().toPath().resolve("shallow"));
	}

	@Override
	public void close() {
		repository.close();
	}
}
