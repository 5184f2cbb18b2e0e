package org.csi.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * No lost data (issue 7): {@code csi report} and {@code csi format} killed (SIGKILL) while they
 * write leave every file either as it was or as the run would have left it, never half of one;
 * and two runs on one output folder at once leave whole files.
 */
public class InterruptedRunTest {

	/** Plans in the set: enough that writing their reports or formatting them takes a while. */
	private static final int PLANS = 150;

	/** Kills per command; each at a random moment after the first file was replaced. */
	private static final int KILLS = 6;

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path plans;

	private final Random random = new Random(7);

	@Before
	public void plans() throws Exception {
		plans = temporary.newFolder("plans").toPath();
		for (int i = 0; i < PLANS; i++) {
			Files.writeString(plans.resolve("p" + i + ".csi"), plan(i));
		}
	}

	/** A small whole plan, laid out badly (so that format has work to do). */
	private static String plan(int i) {
		return """
				package p%1$d
				// the plan of team %1$d
				plan P "Plan %1$d"   owner Lead
				vision V "Vision"
				strategy S "Strategy"    supports V
				tactical goal T "Tactical" supports S
				operational goal O "Operational" refines T
				process Pr "Process"
				role Lead "Lead" process-owner of Pr
				should measure M "Restore time"
				    serves O   unit hours lower is better target 4 hours tolerance 1 hours every month
				    baseline 6 hours as of 2026-01-01
				source Tickets "Tickets" owner Lead
				    provides M every month unit hours
				gather M from Tickets every month by Lead
				process M as "mean" by Lead
				analyse M against target by Lead
				present M to Lead as dashboard every month
				action A%1$d "Faster restore" addresses M owner Lead due 2026-12-31 status in-progress
				""".formatted(i);
	}

	private static Map<String, byte[]> snapshot(Path folder) throws Exception {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(".") && name.endsWith(".tmp")) {
					continue; // a run's temporary file (hidden, never a report or a plan), perhaps left by a killed run
				}
				try {
					files.put(name, Files.readAllBytes(file));
				} catch (java.nio.file.NoSuchFileException e) {
					// deleted by the run after the listing
				}
			}
		}
		return files;
	}

	private static void restore(Path folder, Map<String, byte[]> files) throws Exception {
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.toList()) {
				Files.delete(file);
			}
		}
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Files.write(folder.resolve(file.getKey()), file.getValue());
		}
	}

	/**
	 * How many files changed from {@code before}'s bytes to {@code after}'s; fails on a file that
	 * is neither.
	 */
	private static int replaced(Map<String, byte[]> now, Map<String, byte[]> before, Map<String, byte[]> after) {
		int replaced = 0;
		for (Map.Entry<String, byte[]> file : now.entrySet()) {
			String name = file.getKey();
			if (Arrays.equals(before.get(name), after.get(name))) {
				assertArrayEquals(name + " is not the file it was", before.get(name), file.getValue());
			} else if (Arrays.equals(file.getValue(), after.get(name))) {
				replaced++;
			} else {
				assertArrayEquals(name + " is neither the old nor the new file", before.get(name), file.getValue());
			}
		}
		for (String name : before.keySet()) {
			assertTrue(name + " was lost", now.containsKey(name));
		}
		return replaced;
	}

	/** How many files differ between before and after (the dated reports: HTML and Markdown). */
	private static long changing(Map<String, byte[]> before, Map<String, byte[]> after) {
		return after.keySet().stream().filter(name -> !Arrays.equals(before.get(name), after.get(name))).count();
	}

	/**
	 * Runs {@code csi args} as a process on {@code folder} (holding {@code before}) until it
	 * has replaced a first file, then a random 0-150 ms more, and kills it. Returns how many
	 * files it had replaced.
	 */
	private int killMidWrite(Path folder, Map<String, byte[]> before, Map<String, byte[]> after, String... args) throws Exception {
		restore(folder, before);
		Path log = temporary.newFile().toPath();
		Process process = CliProcess.start(log, args);
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (replaced(snapshot(folder), before, after) == 0) {
				assertTrue("the run replaced no file: " + Files.readString(log), process.isAlive() && System.nanoTime() < deadline);
				Thread.sleep(2);
			}
			Thread.sleep(random.nextInt(150));
		} finally {
			process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
			process.waitFor();
		}
		return replaced(snapshot(folder), before, after);
	}

	@Test
	public void aKilledReportLeavesEachReportWhole() throws Exception {
		Path reports = temporary.newFolder("reports").toPath();
		assertEquals(ExitCodes.OK, CliRun.of("report", plans.toString(), "--out", reports.toString(), "--report-date", "2026-01-01").code);
		Map<String, byte[]> before = snapshot(reports);
		Path expected = temporary.newFolder("expected").toPath();
		assertEquals(ExitCodes.OK, CliRun.of("report", plans.toString(), "--out", expected.toString(), "--report-date", "2026-02-01").code);
		Map<String, byte[]> after = snapshot(expected);
		assertEquals(PLANS * 4, after.size());
		int partly = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			int replaced = killMidWrite(reports, before, after, "report", plans.toString(), "--out", reports.toString(), "--report-date",
					"2026-02-01");
			partly += replaced < changing(before, after) ? 1 : 0;
		}
		assertTrue("no kill landed while the reports were being written", partly > 0);
	}

	@Test
	public void aKilledFormatLeavesEachPlanWhole() throws Exception {
		Map<String, byte[]> before = snapshot(plans);
		Path copy = temporary.newFolder("formatted").toPath();
		restore(copy, before);
		assertEquals(ExitCodes.OK, CliRun.of("format", copy.toString()).code);
		Map<String, byte[]> after = snapshot(copy);
		assertTrue(!Arrays.equals(before.get("p0.csi"), after.get("p0.csi")));
		assertTrue(new String(after.get("p0.csi")).contains("// the plan of team 0\n"));
		int partly = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			int replaced = killMidWrite(plans, before, after, "format", plans.toString());
			partly += replaced < changing(before, after) ? 1 : 0;
		}
		assertTrue("no kill landed while the plans were being formatted", partly > 0);
	}

	@Test
	public void twoReportRunsOnOneFolderLeaveWholeReports() throws Exception {
		Path one = temporary.newFolder("one").toPath();
		Path two = temporary.newFolder("two").toPath();
		assertEquals(ExitCodes.OK, CliRun.of("report", plans.toString(), "--out", one.toString(), "--report-date", "2026-01-01").code);
		assertEquals(ExitCodes.OK, CliRun.of("report", plans.toString(), "--out", two.toString(), "--report-date", "2026-02-01").code);
		Map<String, byte[]> first = snapshot(one);
		Map<String, byte[]> second = snapshot(two);
		Path shared = temporary.newFolder("shared").toPath();
		Process a = CliProcess.start(temporary.newFile().toPath(), "report", plans.toString(), "--out", shared.toString(), "--report-date",
				"2026-01-01");
		Process b = CliProcess.start(temporary.newFile().toPath(), "report", plans.toString(), "--out", shared.toString(), "--report-date",
				"2026-02-01");
		assertEquals(ExitCodes.OK, a.waitFor());
		assertEquals(ExitCodes.OK, b.waitFor());
		Map<String, byte[]> now = snapshot(shared);
		assertEquals(first.keySet(), now.keySet());
		try (Stream<Path> list = Files.list(shared)) {
			assertEquals(first.size(), list.count()); // no temporary file left behind
		}
		replaced(now, first, second);
	}

	@Test
	public void twoFormatRunsAtOnceLeaveFormattedPlans() throws Exception {
		Path copy = temporary.newFolder("formatted").toPath();
		restore(copy, snapshot(plans));
		assertEquals(ExitCodes.OK, CliRun.of("format", copy.toString()).code);
		Map<String, byte[]> formatted = snapshot(copy);
		Process a = CliProcess.start(temporary.newFile().toPath(), "format", plans.toString());
		Process b = CliProcess.start(temporary.newFile().toPath(), "format", plans.toString());
		a.waitFor();
		b.waitFor();
		Map<String, byte[]> now = snapshot(plans);
		assertEquals(formatted.keySet(), now.keySet());
		for (String name : now.keySet()) {
			assertArrayEquals(name, formatted.get(name), now.get(name));
		}
	}

	@Test
	public void aPlanSavedWhileFormatWorksIsLeftAsSaved() throws Exception {
		Path file = plans.resolve("p0.csi");
		String parsed = Files.readString(file);
		Files.writeString(file, parsed + "// saved by an editor in the meantime\n");
		assertTrue(!FormatCommand.write(file, parsed, "formatted"));
		assertEquals(parsed + "// saved by an editor in the meantime\n", Files.readString(file));
		assertTrue(FormatCommand.write(file, Files.readString(file), "formatted"));
		assertEquals("formatted", Files.readString(file));
	}
}
