package org.csi.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The goals as a build runs them: what they log and when they fail the build. */
public class ValidateMojoTest {

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	/** Keeps what the mojo logs, as "level: text". */
	static final class RecordingLog implements Log {
		final List<String> lines = new ArrayList<>();

		public boolean isDebugEnabled() { return false; }
		public void debug(CharSequence content) { }
		public void debug(CharSequence content, Throwable error) { }
		public void debug(Throwable error) { }
		public boolean isInfoEnabled() { return true; }
		public void info(CharSequence content) { lines.add("info: " + content); }
		public void info(CharSequence content, Throwable error) { info(content); }
		public void info(Throwable error) { }
		public boolean isWarnEnabled() { return true; }
		public void warn(CharSequence content) { lines.add("warn: " + content); }
		public void warn(CharSequence content, Throwable error) { warn(content); }
		public void warn(Throwable error) { }
		public boolean isErrorEnabled() { return true; }
		public void error(CharSequence content) { lines.add("error: " + content); }
		public void error(CharSequence content, Throwable error) { error(content); }
		public void error(Throwable error) { }
	}

	private ValidateMojo mojo(File plans, RecordingLog log) {
		ValidateMojo mojo = new ValidateMojo();
		mojo.plans = plans;
		mojo.referenceDate = "2027-01-01";
		mojo.setLog(log);
		return mojo;
	}

	private File plans(String text) throws Exception {
		File folder = temporary.newFolder("csi");
		Files.writeString(new File(folder, "plan.csi").toPath(), text);
		return folder;
	}

	@Test
	public void cleanPlansPass() throws Exception {
		RecordingLog log = new RecordingLog();
		mojo(plans("package p\nplan P \"Plan\"\nvision V \"Vision\"\n"), log).execute();
		assertEquals(List.of("info: csi: 1 file checked: 0 errors, 0 warnings, 0 infos."), log.lines);
	}

	@Test
	public void errorsFailTheBuildWithTheFindingsInTheLog() throws Exception {
		RecordingLog log = new RecordingLog();
		try {
			mojo(plans("package p\nplan P \"Plan\"\nstrategy S \"Strategy\"\n"), log).execute();
			fail("passed");
		} catch (MojoFailureException e) {
			assertEquals("csi: the plans have 1 error: plan.csi:2:6: csi.chain.no-vision (see the log above; run csi validate for details)",
					e.getMessage());
		}
		assertEquals(List.of(
				"error: plan.csi:2:6: csi.chain.no-vision: Plan 'P' has no vision: add 'vision <Name> \"<where the organisation wants to be>\"' to package 'p'.",
				"warn: plan.csi:3:10: csi.chain.strategy-unlinked: Strategy 'S' supports no vision: add 'supports <vision>'.",
				"info: csi: 1 file checked: 1 error, 1 warning, 0 infos."), log.lines);
	}

	@Test
	public void warningsFailOnlyWhenAskedTo() throws Exception {
		File plans = plans("package p\nplan P \"Plan\"\nvision V \"Vision\"\nstrategy S \"Strategy\"\n");
		mojo(plans, new RecordingLog()).execute();
		ValidateMojo strict = mojo(plans, new RecordingLog());
		strict.failOnWarning = true;
		try {
			strict.execute();
			fail("passed");
		} catch (MojoFailureException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("warnings and failOnWarning is set"));
		}
	}

	@Test
	public void missingPlansFolderIsAClearError() {
		File missing = new File(temporary.getRoot(), "nowhere");
		try {
			mojo(missing, new RecordingLog()).execute();
			fail("passed");
		} catch (MojoExecutionException e) {
			assertEquals("csi: no plans folder " + missing + " (set <plans> or csi.plans)", e.getMessage());
		} catch (MojoFailureException e) {
			fail(e.getMessage());
		}
	}

	@Test
	public void reportGoalWritesTheReports() throws Exception {
		ReportMojo report = new ReportMojo();
		report.plans = plans("package p\nplan P \"Plan\"\nvision V \"Vision\"\n");
		report.outputDirectory = temporary.newFolder("reports");
		report.formats = List.of("html", "csv");
		RecordingLog log = new RecordingLog();
		report.setLog(log);
		report.execute();
		assertTrue(new File(report.outputDirectory, "p.P.html").isFile());
		assertTrue(new File(report.outputDirectory, "p.P.register.csv").isFile());
		assertEquals(2, log.lines.stream().filter(l -> l.startsWith("info: csi: wrote ")).count());
	}
}
