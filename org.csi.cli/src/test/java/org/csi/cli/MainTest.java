package org.csi.cli;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The command line as a user runs it: exit codes, standard output and standard error. */
public class MainTest {

	private static final String GOOD = """
			package p

			plan P "Plan"

			vision V "Vision"
			""";

	private static final String BROKEN = """
			package p

			plan P "Plan"
			strategy S "Strategy" supports V
			""";

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path folder;
	private String out;
	private String err;

	@Before
	public void setUp() {
		folder = temporary.getRoot().toPath();
	}

	private int run(String... args) {
		CliRun run = CliRun.of(args);
		out = run.out;
		err = run.err;
		return run.code;
	}

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	public void cleanPlanSetExitsZero() throws Exception {
		write("plan.csi", GOOD);
		assertEquals(ExitCodes.OK, run("validate", folder.toString()));
		assertEquals("1 file checked: 0 errors, 0 warnings, 0 infos.\n", out);
		assertEquals("", err);
	}

	@Test
	public void errorsArePrintedWithFileLineAndColumnAndExitOne() throws Exception {
		Path file = write("plan.csi", BROKEN);
		assertEquals(ExitCodes.FINDINGS, run("validate", folder.toString()));
		assertEquals(file + ":3:6: error csi.chain.no-vision: Plan 'P' has no vision: add 'vision <Name> \"<where the organisation wants to be>\"' to package 'p'.\n"
				+ file + ":4:32: error csi.link.unresolved: Unknown goal 'V': no goal of that name is declared in this plan set or imported here.\n"
				+ "1 file checked: 2 errors, 0 warnings, 0 infos.\n", out);
	}

	@Test
	public void warningsAloneDoNotFail() throws Exception {
		write("plan.csi", GOOD + "strategy S \"Strategy\"\n");
		assertEquals(ExitCodes.OK, run("validate", folder.toString()));
		assertEquals("1 file checked: 0 errors, 1 warning, 0 infos.", out.lines().reduce((a, b) -> b).orElseThrow());
	}

	@Test
	public void filesOfAFolderAreOnePlanSet() throws Exception {
		write("a/plan.csi", "package p\nplan P \"Plan\"\n");
		write("b/vision.csi", "package p\nvision V \"Vision\"\n");
		assertEquals(ExitCodes.OK, run("validate", folder.toString()));
		assertEquals("2 files checked: 0 errors, 0 warnings, 0 infos.\n", out);
	}

	@Test
	public void missingPathIsAUsageError() {
		Path missing = folder.resolve("nowhere");
		assertEquals(ExitCodes.USAGE, run("validate", missing.toString()));
		assertEquals("", out);
		assertEquals("csi: " + missing + ": no such file or folder\n", err);
	}

	@Test
	public void nonUtf8FileIsAUsageError() throws Exception {
		Path file = folder.resolve("latin1.csi");
		Files.write(file, new byte[] { 'v', 'i', 's', 'i', 'o', 'n', ' ', 'V', ' ', '"', (byte) 0xE9, '"' });
		assertEquals(ExitCodes.USAGE, run("validate", file.toString()));
		assertEquals("csi: " + file + ":1:11: not valid UTF-8 (bad byte at offset 10); save the file as UTF-8\n", err);
	}

	@Test
	public void noPathIsAUsageError() {
		assertEquals(ExitCodes.USAGE, run("validate"));
		assertEquals("csi: Missing required parameter: 'PATH'\nTry 'csi validate --help' for the options.\n", err);
	}

	@Test
	public void configurationNextToThePlansIsApplied() throws Exception {
		write("plan.csi", GOOD + "strategy S \"Strategy\"\n");
		write("csi.properties", "csi.chain.strategy-unlinked = error\n");
		assertEquals(ExitCodes.FINDINGS, run("validate", folder.toString()));
		assertEquals("1 file checked: 1 error, 0 warnings, 0 infos.", out.lines().reduce((a, b) -> b).orElseThrow());
	}

	@Test
	public void badConfigurationNamesFileAndLine() throws Exception {
		write("plan.csi", GOOD);
		Path config = write("strict.properties", "# strict\ncsi.gap.unit = loud\n");
		assertEquals(ExitCodes.USAGE, run("validate", "--config", config.toString(), folder.toString()));
		assertEquals("csi: " + config + ":2: severity of 'csi.gap.unit' must be error, warning, info or ignore, found 'loud'\n", err);
	}

	@Test
	public void referenceDateMakesOverdueReproducible() throws Exception {
		write("plan.csi", GOOD + "role R \"Role\"\naction A \"Act\" addresses V owner R due 2027-01-31\n");
		assertEquals(ExitCodes.OK, run("validate", "--reference-date", "2027-01-31", folder.toString()));
		assertEquals("1 file checked: 0 errors, 0 warnings, 0 infos.\n", out);
		assertEquals(ExitCodes.OK, run("validate", "--reference-date", "2027-02-01", folder.toString()));
		assertEquals(folder.resolve("plan.csi") + ":7:40: warning csi.action.overdue: Action 'A' is overdue: it was due on 2027-01-31 and is still new on 2027-02-01. Update its status or agree a new due date.\n"
				+ "1 file checked: 0 errors, 1 warning, 0 infos.\n", out);
	}

	@Test
	public void badReferenceDateIsAUsageError() throws Exception {
		write("plan.csi", GOOD);
		assertEquals(ExitCodes.USAGE, run("validate", "--reference-date", "tomorrow", folder.toString()));
		assertEquals("csi: --reference-date must be a date such as 2027-01-31, found 'tomorrow'\n", err);
	}

	@Test
	public void formatCheckReportsAndFormatRewrites() throws Exception {
		Path file = write("plan.csi", "package p plan P \"Plan\" vision V \"Vision\"");
		assertEquals(ExitCodes.FINDINGS, run("format", "--check", folder.toString()));
		assertEquals("--- " + file + "\n+++ " + file + " (formatted)\n@@ -1,1 +1,5 @@\n-package p plan P \"Plan\" vision V \"Vision\"\n+package p\n+\n+plan P \"Plan\"\n+\n+vision V \"Vision\"\n", out);
		assertEquals("package p plan P \"Plan\" vision V \"Vision\"", Files.readString(file));

		assertEquals(ExitCodes.OK, run("format", folder.toString()));
		assertEquals(file + ": formatted\n", out);
		assertEquals(GOOD, Files.readString(file));

		assertEquals(ExitCodes.OK, run("format", "--check", folder.toString()));
		assertEquals("", out);
	}

	@Test
	public void formatLeavesABrokenFileAlone() throws Exception {
		Path file = write("plan.csi", "vision V");
		assertEquals(ExitCodes.FINDINGS, run("format", folder.toString()));
		assertEquals(file + ": not formatted: it has syntax errors or a repeated clause (see csi validate)\n", err);
		assertEquals("vision V", Files.readString(file));
	}

	@Test
	public void emptyAndCommentOnlyFilesAreAlreadyFormatted() throws Exception {
		write("empty.csi", "");
		write("notes.csi", "// nothing planned yet\n");
		assertEquals(ExitCodes.OK, run("format", "--check", folder.toString()));
		assertEquals("", out);
		assertEquals("", err);
	}

	@Test
	public void formatKeepsLineEndsAndByteOrderMark() throws Exception {
		Path file = folder.resolve("plan.csi");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "package p plan P \"Plan\"\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] both = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, both, 0, 3);
		System.arraycopy(text, 0, both, 3, text.length);
		Files.write(file, both);
		assertEquals(ExitCodes.OK, run("format", folder.toString()));
		assertEquals("\uFEFFpackage p\r\n\r\nplan P \"Plan\"\r\n", Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	public void withoutACommandItIsAUsageError() {
		assertEquals(ExitCodes.USAGE, run());
		assertEquals("csi: a command is needed", err.lines().findFirst().orElseThrow());
	}

	@Test
	public void outputDashIsStandardOutput() throws Exception {
		write("plan.csi", GOOD);
		assertEquals(ExitCodes.OK, run("validate", folder.toString(), "--format", "json", "--output", "-"));
		assertEquals(true, out.contains("\"files\": 1"));
	}

	@Test
	public void versionIsPrinted() {
		assertEquals(ExitCodes.OK, run("--version"));
		assertEquals("csi development build\n", out);
	}
}
