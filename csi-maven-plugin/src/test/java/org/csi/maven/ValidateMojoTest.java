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
				"error: plan.csi:2:6: error csi.chain.no-vision: Plan 'P' has no vision: add 'vision <Name> \"<where the organisation wants to be>\"' to package 'p'.",
				"warn: plan.csi:3:10: warning csi.chain.strategy-unlinked: Strategy 'S' supports no vision: add 'supports <vision>'.",
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

	/**
	 * Two executions at once, as a parallel build (-T 2) runs two modules' goals (the goals are
	 * thread-safe): each is checked with its own csi.properties and reference date (issue 13). The
	 * settings used to be one object of the process that each execution reset and filled.
	 */
	@Test
	public void twoExecutionsInParallelEachUseTheirOwnSettings() throws Exception {
		String plan = "package p\nplan P \"Plan\" owner L\nvision V \"Vision\"\nprocess Pr \"Process\"\nrole L \"Lead\" process-owner of Pr\n"
				+ "action A \"Action\" owner L due 2026-06-01 status in-progress\n";
		File strict = temporary.newFolder("strict");
		Files.writeString(new File(strict, "plan.csi").toPath(), plan);
		Files.writeString(new File(strict, "csi.properties").toPath(), "csi.chain.action-unaddressed = error\nreference-date = 2026-12-01\n");
		File lenient = temporary.newFolder("lenient");
		Files.writeString(new File(lenient, "plan.csi").toPath(), plan);
		Files.writeString(new File(lenient, "csi.properties").toPath(), "csi.chain.action-unaddressed = ignore\nreference-date = 2026-01-01\n");
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<String>> runs = new ArrayList<>();
			for (File folder : List.of(strict, lenient)) {
				runs.add(threads.submit(() -> {
					String seen = null;
					for (int i = 0; i < 40; i++) {
						RecordingLog log = new RecordingLog();
						ValidateMojo mojo = new ValidateMojo();
						mojo.plans = folder;
						mojo.setLog(log);
						try {
							mojo.execute();
						} catch (MojoFailureException e) {
							// the strict plans fail the build; the log is what is compared
						}
						String now = String.join("\n", log.lines);
						if (seen != null && !seen.equals(now)) {
							return "changed from\n" + seen + "\nto\n" + now;
						}
						seen = now;
					}
					return seen;
				}));
			}
			assertEquals(String.join("\n",
					"error: plan.csi:6:8: error csi.chain.action-unaddressed: Action 'A' addresses nothing: add 'addresses <measure, gap or goal>' so"
							+ " that the register shows what it improves.",
					"warn: plan.csi:6:31: warning csi.action.overdue: Action 'A' is overdue: it was due on 2026-06-01 and is still in-progress on"
							+ " 2026-12-01. Update its status or agree a new due date.",
					"info: csi: 1 file checked: 1 error, 1 warning, 0 infos."), runs.get(0).get());
			assertEquals("info: csi: 1 file checked: 0 errors, 0 warnings, 0 infos.", runs.get(1).get());
		} finally {
			threads.shutdownNow();
		}
	}
}
