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

	@Test
	public void aFiftyMegabytePlanIsRefusedBeforeItIsRead() throws Exception {
		Path file = temporary.getRoot().toPath().resolve("huge.csi");
		try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(file.toFile(), "rw")) {
			huge.setLength(50L << 20); // 50 MB; read whole, it would cost several GB and half a minute
		}
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("csi: " + file + ": is 50.0 MB; csi reads plan files of up to 8.0 MB: split it into several files (a package may span"
				+ " files)\n", run.err);
	}

	@Test
	public void aLineOfAHundredThousandCharactersIsRead() throws Exception {
		Path file = write("long.csi", "package ll\n\nvision V \"" + "x".repeat(100_000) + "\"\nstrategy S \"S\" supports V\nvision W"
				+ "w".repeat(100_000) + " \"W\"\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(run.out, ExitCodes.OK, run.code);
		assertEquals("1 file checked: 0 errors, 0 warnings, 0 infos.\n", run.out);
	}

	@Test
	public void aPackageOfTwentyThousandSegmentsIsRead() throws Exception {
		// its prefixes were kept as a set: 1.2 GB and 2.3 s for 20,000 segments, 4.8 GB for 40,000
		String name = String.join(".", java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "p" + i).toList());
		Path file = write("deep.csi", "package " + name + "\n\nvision V \"V\"\nstrategy S \"S\" supports " + name + ".V\nimport " + name
				+ ".*\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(run.out, ExitCodes.FINDINGS, run.code);
		assertTrue(run.out, run.out.endsWith("1 file checked: 1 error, 0 warnings, 0 infos.\nSome files have syntax errors (csi.syntax):"
				+ " fix them first, other findings may follow from them.\n"));
	}

	@Test
	public void aBinaryFileIsRefusedWithWhereItIsBinary() throws Exception {
		Path random = temporary.getRoot().toPath().resolve("random.csi");
		byte[] bytes = new byte[100_000];
		new java.util.Random(1).nextBytes(bytes);
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = bytes[i] == 0 ? 1 : bytes[i]; // no NUL byte: the test below has one
		}
		bytes[0] = 'p';
		bytes[1] = (byte) 0xC3; // a lead byte followed by an ASCII byte: not UTF-8
		bytes[2] = 'x';
		Files.write(random, bytes);
		CliRun run = CliRun.of("validate", random.toString());
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("csi: " + random + ":1:2: not valid UTF-8 (bad byte at offset 1); save the file as UTF-8\n", run.err);
		Path nul = temporary.getRoot().toPath().resolve("nul.csi");
		Files.write(nul, "package n\n\nvision V \"V\"\n  \u0000\u0000\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		CliRun binary = CliRun.of("validate", nul.toString());
		assertEquals(ExitCodes.USAGE, binary.code);
		assertEquals("csi: " + nul + ":4:3: a NUL byte: this is a binary file, not a plan\n", binary.err);
	}

	@Test
	public void aPipeNamedCsiIsNotWaitedFor() throws Exception {
		Path pipe = temporary.getRoot().toPath().resolve("pipe.csi");
		assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
		CliRun run = CliRun.of("validate", pipe.toString());
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("csi: " + pipe + ": not a regular file (a plan is a text file)\n", run.err);
	}

	@Test
	public void controlCharactersAreShownNotSentToTheTerminal() throws Exception {
		Path file = write("esc\u001b[2J.csi", "package e\n\u001b[31mvision V \"V\"\n\u202evision W \"W\"\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(ExitCodes.FINDINGS, run.code);
		assertTrue(run.out, run.out.startsWith(file.getParent() + "/esc<U+001B>[2J.csi:2:1: error csi.syntax: '<U+001B>' cannot start an"
				+ " element here: expected plan, vision, "));
		assertTrue(run.out, run.out.chars().noneMatch(c -> c == 0x1b || c == 0x202e));
		CliRun github = CliRun.of("validate", "--format", "github", file.toString());
		assertTrue(github.out, github.out.startsWith("::error file=" + file.getParent().toString().replace(":", "%3A")
				+ "/esc<U+001B>[2J.csi,line=2,col=1,endLine=2,endColumn=2,title=csi.syntax::'<U+001B>' cannot start an element here"));
		assertTrue(github.out, github.out.chars().noneMatch(c -> c == 0x1b || c == 0x202e));
	}

	@Test
	public void anUnclosedQuoteOrCommentIsSaidSo() throws Exception {
		CliRun quote = CliRun.of("validate", write("quote.csi", "package q\n\nvision V \"Vision\n").toString());
		assertTrue(quote.out, quote.out.contains("quote.csi:3:10: error csi.syntax: This text has no closing quote: end it with \" on the"
				+ " same line (a text is written on one line).\n"));
		CliRun comment = CliRun.of("validate", write("comment.csi", "package q\n\nvision V \"Vision\" /* why\n").toString());
		assertTrue(comment.out, comment.out.contains("comment.csi:3:19: error csi.syntax: The file ends inside a comment: its closing */"
				+ " is missing.\n"));
	}

	/**
	 * Running out of memory anyway (a heap of 16 MB for 300 copies of the service desk plans, 1.5 MB,
	 * with the plan set limit lifted) ends with one line and exit 3: no stack trace, not for every
	 * element that Xtext's validator would otherwise go on to (issue 12).
	 */
	@Test
	public void runningOutOfMemoryIsOneLine() throws Exception {
		Path plans = temporary.newFolder("copies").toPath();
		Path examples = Path.of(System.getProperty("csi.repository"), "examples");
		Files.copy(examples.resolve("shared/organisation.csi"), plans.resolve("organisation.csi"));
		try (var files = Files.list(examples.resolve("service-desk"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csi")).toList()) {
				String text = Files.readString(file);
				for (int i = 0; i < 300; i++) {
					Files.writeString(plans.resolve(i + "-" + file.getFileName()), text.replace("package hospital.servicedesk", "package hospital.desk" + i));
				}
			}
		}
		Path log = temporary.getRoot().toPath().resolve("log.txt");
		Process process = CliProcess.start(log, java.util.Map.of(), java.util.List.of("-Xmx16m", "-Dcsi.max-plan-set-bytes=100000000"), "validate", plans.toString());
		boolean ended = process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
		process.destroyForcibly();
		// the JVM's own warnings about Guice's use of sun.misc.Unsafe aside (the csi launcher allows it on JDK 23+)
		String output = String.join("", Files.readString(log).lines().filter(line -> !line.startsWith("WARNING: ")).map(line -> line + "\n").toList());
		assertTrue(output, ended);
		assertEquals(output, ExitCodes.INTERNAL, process.exitValue());
		assertTrue(output, output.matches("csi: out of memory \\(heap [0-9]+ MB\\): nothing was written\\. Check a smaller plan set \\(--include\\),"
				+ " or give csi more memory \\(CSI_JAVA_OPTS=-Xmx4g\\)\\.\n"));
	}
}
