package org.csi.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.jgit.api.Git;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** csi:diff on a git repository built here: the log, the Markdown for the pull request, and failOn. */
public class DiffMojoTest {

	private static final String PLAN = """
			package t

			plan P "Plan" owner Lead
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S
			process Pr "Process"
			role Lead "Lead" process-owner of Pr

			should measure M "Measure"
			    serves T
			    unit %
			    higher is better
			    target 90%
			""";

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path repository;
	private Git git;

	@Before
	public void setUp() throws Exception {
		repository = temporary.newFolder("project").toPath();
		git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call();
		commit(PLAN, "the plan");
		commit(PLAN.replace("target 90%", "target 85%"), "an easier target");
	}

	private void commit(String plan, String message) throws Exception {
		Path file = repository.resolve("src/main/csi/plan.csi");
		Files.createDirectories(file.getParent());
		Files.writeString(file, plan);
		git.add().addFilepattern(".").call();
		git.commit().setMessage(message).setAuthor("csi", "csi@example.org").setCommitter("csi", "csi@example.org").setSign(false).call();
	}

	private DiffMojo mojo(ValidateMojoTest.RecordingLog log, String failOn) {
		DiffMojo mojo = new DiffMojo();
		mojo.plans = repository.resolve("src/main/csi").toFile();
		mojo.base = "HEAD~1";
		mojo.head = "HEAD";
		mojo.failOn = failOn;
		mojo.setLog(log);
		return mojo;
	}

	@Test
	public void aLoosenedTargetIsLoggedAndFailsOnWarning() throws Exception {
		ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
		DiffMojo mojo = mojo(log, "warning");
		File markdown = temporary.getRoot().toPath().resolve("target/csi-diff.md").toFile();
		mojo.markdown = markdown;
		try {
			mojo.execute();
			fail("a loosened target fails the build with failOn warning");
		} catch (MojoFailureException e) {
			assertEquals("csi: the plans changed in ways that need review: 0 errors, 1 warning, 0 infos (failOn warning; see the log above)",
					e.getMessage());
		}
		String id = git.getRepository().resolve("HEAD~1").abbreviate(7).name();
		String head = git.getRepository().resolve("HEAD").abbreviate(7).name();
		assertEquals(List.of("warn: src/main/csi/plan.csi:14:12: warning csi.diff.target-loosened: Measure 't.M': target 90% became 85%, easier"
				+ " to meet (higher is better).", "info: csi: 1 change from HEAD~1 (" + id + ") to HEAD (" + head + "): 0 errors, 1 warning, 0 infos."),
				log.lines);
		assertTrue(Files.readString(markdown.toPath()).startsWith("### csi diff: HEAD\\~1 (" + id + ") \u2192 HEAD (" + head + ")\n\n1 change:"));
	}

	@Test
	public void withFailOnNeverItOnlyReports() throws Exception {
		ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
		mojo(log, "never").execute();
		assertEquals(2, log.lines.size());
	}
}
