package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The demo history of the examples, as the README and docs/history.md show it: the script builds it, and csi diff and csi history say what the docs say. */
public class DemoHistoryTest {

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	@Test
	public void theReadmeTourIsTrue() throws Exception {
		Path repository = Paths.get(System.getProperty("csi.repository"));
		Path demo = temporary.getRoot().toPath().resolve("demo");
		Process script = new ProcessBuilder("bash", repository.resolve("examples/history/make-demo-repo.sh").toString(), demo.toString())
				.redirectErrorStream(true).start();
		String printed = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(printed, 0, script.waitFor());
		assertEquals("make-demo-repo.sh: " + demo + " holds 3 commits, tagged review-2025-h2 review-2026-h1 review-2026-h2 \n", printed);

		CliRun diff = CliRun.of("diff", "--repository", demo.toString(), "review-2026-h1", "review-2026-h2");
		assertEquals(diff.err, ExitCodes.OK, diff.code);
		String readme = Files.readString(repository.resolve("README.md"));
		String history = Files.readString(repository.resolve("docs/history.md"));
		for (String line : diff.out.lines().toList()) {
			assertTrue("docs/history.md shows: " + line, history.contains(line));
		}
		assertTrue(readme.contains(diff.out.lines().findFirst().orElseThrow()));

		CliRun cycles = CliRun.of("history", "--repository", demo.toString());
		assertEquals(cycles.err, ExitCodes.OK, cycles.code);
		for (String line : cycles.out.lines().toList()) {
			assertTrue("docs/history.md shows: " + line, history.contains(line));
		}
		assertEquals(11, cycles.out.lines().count());
	}
}
