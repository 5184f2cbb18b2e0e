package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Big and odd input: each gets findings or a clear error, never a crash (issue 7). */
public class BrokenInputTest {

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path write(String name, String text) throws Exception {
		Path file = temporary.getRoot().toPath().resolve(name);
		Files.writeString(file, text);
		return file;
	}

	@Test
	public void aChainOfTwentyThousandGoalsIsChecked() throws Exception {
		// the chain checks were recursive: 20,000 goals overflowed the stack (and took 80 s)
		StringBuilder text = new StringBuilder("package deep\n\nvision V \"V\"\nstrategy S \"S\" supports V\ntactical goal T0 \"T\" supports S\n");
		for (int i = 1; i < 20_000; i++) {
			text.append("tactical goal T").append(i).append(" \"T\" supports T").append(i - 1).append('\n');
		}
		CliRun run = CliRun.of("validate", write("deep.csi", text.toString()).toString());
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertTrue(run.out, run.out.endsWith("1 file checked: 0 errors, 20000 warnings, 0 infos.\n"));
	}

	@Test
	public void aCycleOfTwentyThousandGoalsIsNamedShortly() throws Exception {
		StringBuilder text = new StringBuilder("package cyc\n\nvision V \"V\"\nstrategy S \"S\" supports V\n");
		for (int i = 0; i < 20_000; i++) {
			text.append("operational goal O").append(i).append(" \"O\" refines O").append((i + 1) % 20_000).append('\n');
		}
		CliRun run = CliRun.of("validate", write("cycle.csi", text.toString()).toString());
		assertEquals(ExitCodes.FINDINGS, run.code);
		assertTrue(run.out, run.out.contains(":5:18: error csi.chain.cycle: Operational goal 'O0' is part of a cycle: O0 -> O1 -> O2 -> O3"
				+ " -> O4 -> O5 -> O6 -> O7 -> O8 -> O9 -> ... (19990 more) -> O0. A goal cannot, through other goals, serve itself.\n"));
		assertTrue(run.out, run.out.endsWith("1 file checked: 20000 errors, 20000 warnings, 0 infos.\n"));
	}
}
