package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Hostile names and paths (issue 7): whatever a plan set holds, csi report writes only into its
 * output folder, and csi format rewrites only regular files inside the folders it is given.
 */
public class HostilePathsTest {

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path root;
	private Path plans;
	private Path out;

	@Before
	public void folders() throws Exception {
		root = temporary.getRoot().toPath().toRealPath();
		plans = Files.createDirectories(root.resolve("work/plans"));
		out = Files.createDirectories(root.resolve("work/reports"));
	}

	private List<String> everyFileUnder(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()).sorted().toList();
		}
	}

	private static String plan(String packageName, String planName) {
		return "package " + packageName + "\n\nplan " + planName + " \"Plan\"\nvision V \"Vision\"\n";
	}

	@Test
	public void aNameThatClimbsOutIsASyntaxErrorAndWritesNothingOutside() throws Exception {
		Files.writeString(plans.resolve("climb.csi"), plan("x", "../../../escaped") + "plan /tmp/absolute \"P\"\nplan tmp/absolute \"P\"\n"
				+ "plan ..\\\\..\\\\win \"P\"\n");
		CliRun run = CliRun.of("report", plans.toString(), "--out", out.toString());
		assertEquals(run.err, ExitCodes.OK, run.code);
		// the parser recovers what it can ("plan tmp/absolute" gives a plan named tmp; a name that starts with a slash or a dot
		// is no name): its reports stay in the output folder
		assertEquals(List.of("work/plans/climb.csi", "work/reports/x.tmp.html", "work/reports/x.tmp.json", "work/reports/x.tmp.md",
				"work/reports/x.tmp.register.csv"), everyFileUnder(root));
	}

	@Test
	public void aHostileFileNameIsOnlyALabel() throws Exception {
		Path file = plans.resolve("<img src=x onerror=alert(1)>..csi");
		Files.writeString(file, plan("shop", "Plan") + "tactical goal T \"T\"\n");
		CliRun run = CliRun.of("report", file.toString(), "--out", out.toString());
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertEquals(List.of("shop.Plan.html", "shop.Plan.json", "shop.Plan.md", "shop.Plan.register.csv"), everyFileUnder(out));
		String html = Files.readString(out.resolve("shop.Plan.html"));
		assertTrue(html, html.contains("&lt;img src=x onerror=alert(1)&gt;..csi"));
		assertFalse(html, html.contains("<img"));
	}

	@Test
	public void aDeviceNameIsNotAFileName() throws Exception {
		Files.writeString(plans.resolve("con.csi"), plan("con", "Plan"));
		Files.writeString(plans.resolve("nul.csi"), plan("ops", "NUL").replace("package ops\n", ""));
		CliRun run = CliRun.of("report", plans.toString(), "--out", out.toString(), "--format", "md");
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertEquals(List.of("_NUL.md", "_con.Plan.md"), everyFileUnder(out));
	}

	@Test
	public void aLinkInTheOutputFolderIsReplacedNotFollowed() throws Exception {
		Path victim = Files.writeString(root.resolve("victim.txt"), "the user's own file");
		Path outsideFolder = Files.createDirectories(root.resolve("elsewhere"));
		Files.writeString(plans.resolve("p.csi"), plan("shop", "Plan"));
		Files.createSymbolicLink(out.resolve("shop.Plan.html"), victim);
		Files.createSymbolicLink(out.resolve("shop.Plan.md"), root.resolve("created-by-a-link.md"));
		CliRun run = CliRun.of("report", plans.toString(), "--out", out.toString());
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertEquals("the user's own file", Files.readString(victim));
		assertFalse(Files.isSymbolicLink(out.resolve("shop.Plan.html")));
		assertTrue(Files.readString(out.resolve("shop.Plan.html")).startsWith("<!DOCTYPE html>"));
		assertFalse(Files.exists(root.resolve("created-by-a-link.md")));
		assertEquals(List.of(), everyFileUnder(outsideFolder));
	}

	@Test
	public void plansWhoseReportsDifferOnlyInCaseAreRefused() throws Exception {
		Files.writeString(plans.resolve("a.csi"), plan("shop", "Plan"));
		Files.writeString(plans.resolve("b.csi"), plan("SHOP", "Plan"));
		CliRun run = CliRun.of("report", plans.toString(), "--out", out.toString(), "--format", "md");
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("csi: cannot write reports: refused to write 'SHOP.Plan.md': its name differs only in case from 'shop.Plan.md', written"
				+ " before; on Windows and macOS one would replace the other: rename one of the plans\n", run.err);
	}

	/** A plan file on one line, which csi format would rewrite. */
	private static final String UNFORMATTED = "package %s plan P \"Plan\" vision V \"Vision\"";

	/**
	 * A plan set from a pull request with a linked plan file and a linked folder: csi format
	 * rewrites its own file only; the links stay links and what they point to is unchanged.
	 */
	private void linkedPlanSet() throws Exception {
		Path elsewhere = Files.createDirectories(root.resolve("elsewhere/folder"));
		Files.writeString(plans.resolve("own.csi"), UNFORMATTED.formatted("pa"));
		Files.writeString(root.resolve("elsewhere/target.csi"), UNFORMATTED.formatted("pb"));
		Files.writeString(elsewhere.resolve("deep.csi"), UNFORMATTED.formatted("pc"));
		Files.createSymbolicLink(plans.resolve("link.csi"), root.resolve("elsewhere/target.csi"));
		Files.createSymbolicLink(plans.resolve("linked"), elsewhere);
	}

	private String refusals() {
		return plans.resolve("link.csi") + ": not formatted: it is a symbolic link; format the file it points to instead\n"
				+ plans.resolve("linked/deep.csi") + ": not formatted: it lies outside the folders given, in " + root.resolve("elsewhere/folder")
				+ " (a symbolic link leads there); format it there instead\n";
	}

	@Test
	public void formatLeavesLinksAndWhatTheyLeadToAlone() throws Exception {
		linkedPlanSet();
		CliRun check = CliRun.of("format", "--check", plans.toString());
		assertEquals(ExitCodes.FINDINGS, check.code);
		assertEquals(refusals(), check.err);
		Path own = plans.resolve("own.csi");
		assertEquals("--- " + own + "\n+++ " + own + " (formatted)\n@@ -1,1 +1,5 @@\n-package pa plan P \"Plan\" vision V \"Vision\"\n+package pa\n+\n"
				+ "+plan P \"Plan\"\n+\n+vision V \"Vision\"\n", check.out); // no diff shows a file outside

		CliRun run = CliRun.of("format", plans.toString());
		assertEquals(ExitCodes.FINDINGS, run.code);
		assertEquals(plans.resolve("own.csi") + ": formatted\n", run.out);
		assertEquals(refusals(), run.err);
		assertEquals("package pa\n\nplan P \"Plan\"\n\nvision V \"Vision\"\n", Files.readString(plans.resolve("own.csi")));
		assertTrue(Files.isSymbolicLink(plans.resolve("link.csi")));
		assertEquals(root.resolve("elsewhere/target.csi"), Files.readSymbolicLink(plans.resolve("link.csi")));
		assertEquals(UNFORMATTED.formatted("pb"), Files.readString(root.resolve("elsewhere/target.csi")));
		assertTrue(Files.isSymbolicLink(plans.resolve("linked")));
		assertEquals(UNFORMATTED.formatted("pc"), Files.readString(root.resolve("elsewhere/folder/deep.csi")));
		assertEquals(List.of("deep.csi"), everyFileUnder(root.resolve("elsewhere/folder")));
	}

	@Test
	public void formatLeavesALinkNamedOnTheCommandLineAlone() throws Exception {
		linkedPlanSet();
		CliRun run = CliRun.of("format", plans.resolve("link.csi").toString());
		assertEquals(ExitCodes.FINDINGS, run.code);
		assertEquals("", run.out);
		assertEquals(plans.resolve("link.csi") + ": not formatted: it is a symbolic link; format the file it points to instead\n", run.err);
		assertTrue(Files.isSymbolicLink(plans.resolve("link.csi")));
		assertEquals(UNFORMATTED.formatted("pb"), Files.readString(root.resolve("elsewhere/target.csi")));

		// a file the user names through a linked folder is what the user asked for
		CliRun named = CliRun.of("format", plans.resolve("linked/deep.csi").toString());
		assertEquals(named.err, ExitCodes.OK, named.code);
		assertEquals(plans.resolve("linked/deep.csi") + ": formatted\n", named.out);
		assertEquals("package pc\n\nplan P \"Plan\"\n\nvision V \"Vision\"\n", Files.readString(root.resolve("elsewhere/folder/deep.csi")));
		assertTrue(Files.isSymbolicLink(plans.resolve("linked")));
	}
}
