package org.csi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** A git repository a test builds: files committed on given days, tags, and the short ids csi prints. */
final class TestRepository {

	final Path folder;
	final Git git;

	private TestRepository(Path folder, Git git) {
		this.folder = folder;
		this.git = git;
	}

	static TestRepository init(Path folder) throws Exception {
		return new TestRepository(folder, Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call());
	}

	/** Writes {@code text} to {@code path} and commits everything, on 2026-01-01. */
	void commit(String path, String text, String message) throws Exception {
		commit(path, text, message, "2026-01-01");
	}

	/** Writes {@code text} to {@code path} and commits everything, on {@code day} at 09:00 UTC. */
	void commit(String path, String text, String message, String day) throws Exception {
		Path file = folder.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		git.add().addFilepattern(".").call();
		PersonIdent who = new PersonIdent("csi", "csi@example.org", Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
		git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
	}

	/** Moves a file and commits it with new text. */
	void move(String from, String to, String text) throws Exception {
		git.rm().addFilepattern(from).call();
		commit(to, text, "moved " + from + " to " + to);
	}

	void tag(String name) throws Exception {
		git.tag().setName(name).call();
	}

	/** The abbreviated id csi shows for a revision. */
	String id(String revision) throws Exception {
		return git.getRepository().resolve(revision + "^{commit}").abbreviate(7).name();
	}
}
