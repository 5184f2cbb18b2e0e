package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The output formats of csi validate, as their consumers read them. */
public class ValidateFormatsTest {

	private static final Path REPOSITORY = Paths.get(System.getProperty("csi.repository"));

	/** Two files, one error, one warning, one info, and a message with XML and JSON specials. */
	private static final String PLAN = """
			package p

			plan P "Plan"
			""";

	private static final String GOALS = """
			package p

			vision V "Vision"
			strategy S "Strategy <&> \\"quoted\\""
			role R "Role"
			action A "Act" addresses V owner R due 2027-01-31
			""";

	private Path folder;
	private String out;
	private String err;

	@Before
	public void setUp() throws Exception {
		// under the working directory, so that reports name files relative to it
		folder = Files.createTempDirectory(Paths.get("target"), "formats");
		Files.writeString(folder.resolve("a-plan.csi"), PLAN, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("b-goals.csi"), GOALS, StandardCharsets.UTF_8);
	}

	@After
	public void tearDown() throws Exception {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	private String rel(String name) {
		return folder.resolve(name).toString();
	}

	private int run(String... args) {
		CliRun run = CliRun.of(args);
		out = run.out;
		err = run.err;
		return run.code;
	}

	private int validate(String format, String... more) {
		List<String> args = new ArrayList<>(List.of("validate", folder.toString(), "--reference-date", "2027-02-01", "--format", format));
		args.addAll(List.of(more));
		return run(args.toArray(String[]::new));
	}

	@Test
	public void text() {
		assertEquals(ExitCodes.OK, validate("text"));
		assertEquals(rel("b-goals.csi") + ":4:10: warning csi.chain.strategy-unlinked: Strategy 'S' supports no vision: add 'supports <vision>'.\n"
				+ rel("b-goals.csi") + ":6:40: warning csi.action.overdue: Action 'A' is overdue: it was due on 2027-01-31 and is still new on 2027-02-01. Update its status or agree a new due date.\n"
				+ "2 files checked: 0 errors, 2 warnings, 0 infos.\n", out);
	}

	@Test
	public void json() {
		assertEquals(ExitCodes.OK, validate("json"));
		assertEquals("""
				{
				  "tool": "csi",
				  "version": "development build",
				  "summary": {
				    "files": 2,
				    "errors": 0,
				    "warnings": 2,
				    "infos": 0
				  },
				  "findings": [
				    {
				      "file": "%1$s",
				      "line": 4,
				      "column": 10,
				      "endLine": 4,
				      "endColumn": 11,
				      "severity": "warning",
				      "code": "csi.chain.strategy-unlinked",
				      "message": "Strategy 'S' supports no vision: add 'supports \\u003cvision\\u003e'."
				    },
				    {
				      "file": "%1$s",
				      "line": 6,
				      "column": 40,
				      "endLine": 6,
				      "endColumn": 50,
				      "severity": "warning",
				      "code": "csi.action.overdue",
				      "message": "Action 'A' is overdue: it was due on 2027-01-31 and is still new on 2027-02-01. Update its status or agree a new due date."
				    }
				  ]
				}
				""".formatted(rel("b-goals.csi")), out);
	}

	@Test
	public void checkstyleMatchesItsSchema() throws Exception {
		assertEquals(ExitCodes.OK, validate("checkstyle"));
		assertEquals("""
				<?xml version="1.0" encoding="UTF-8"?>
				<checkstyle version="8.0">
				  <file name="%1$s">
				  </file>
				  <file name="%2$s">
				    <error line="4" column="10" severity="warning" message="Strategy &apos;S&apos; supports no vision: add &apos;supports &lt;vision&gt;&apos;." source="csi.chain.strategy-unlinked"/>
				    <error line="6" column="40" severity="warning" message="Action &apos;A&apos; is overdue: it was due on 2027-01-31 and is still new on 2027-02-01. Update its status or agree a new due date." source="csi.action.overdue"/>
				  </file>
				</checkstyle>
				""".formatted(rel("a-plan.csi"), rel("b-goals.csi")), out);
		assertValid("checkstyle.xsd", out);
	}

	@Test
	public void junitMatchesItsSchema() throws Exception {
		assertEquals(ExitCodes.OK, validate("junit"));
		assertEquals("""
				<?xml version="1.0" encoding="UTF-8"?>
				<testsuites name="csi validate" tests="3" failures="2" errors="0">
				  <testsuite name="%1$s" tests="1" failures="0" errors="0" skipped="0">
				    <testcase classname="%1$s" name="no findings"/>
				  </testsuite>
				  <testsuite name="%2$s" tests="2" failures="2" errors="0" skipped="0">
				    <testcase classname="%2$s" name="csi.chain.strategy-unlinked at 4:10">
				      <failure type="warning" message="Strategy &apos;S&apos; supports no vision: add &apos;supports &lt;vision&gt;&apos;.">%2$s:4:10: warning csi.chain.strategy-unlinked: Strategy &apos;S&apos; supports no vision: add &apos;supports &lt;vision&gt;&apos;.</failure>
				    </testcase>
				    <testcase classname="%2$s" name="csi.action.overdue at 6:40">
				      <failure type="warning" message="Action &apos;A&apos; is overdue: it was due on 2027-01-31 and is still new on 2027-02-01. Update its status or agree a new due date.">%2$s:6:40: warning csi.action.overdue: Action &apos;A&apos; is overdue: it was due on 2027-01-31 and is still new on 2027-02-01. Update its status or agree a new due date.</failure>
				    </testcase>
				  </testsuite>
				</testsuites>
				""".formatted(rel("a-plan.csi"), rel("b-goals.csi")), out);
		assertValid("junit.xsd", out);
	}

	@Test
	public void hostileTextStaysValidXml() throws Exception {
		Files.writeString(folder.resolve("c-evil.csi"), "package p\nstrategy Evil \"x\" description \"]]> \u0001 </failure><x a='\\\"'>\"\n");
		assertEquals(ExitCodes.OK, validate("junit"));
		assertValid("junit.xsd", out);
		assertEquals(ExitCodes.OK, validate("checkstyle"));
		assertValid("checkstyle.xsd", out);
	}

	@Test
	public void aHostileFileNameAndTokenComeOutInertInEveryFormat() throws Exception {
		String name = "c <&>\"'%,:\u001b\u202e.csi";
		Files.writeString(folder.resolve(name), "package p\n\u001b[2J<script>alert(1)</script>\n");
		String shown = "c <&>\"'%,:<U+001B><U+202E>.csi";
		assertEquals(ExitCodes.FINDINGS, validate("text"));
		assertTrue(out, out.contains(shown + ":2:1: error csi.syntax: '<U+001B>' cannot start an element here: "));
		assertTrue(out, out.chars().noneMatch(c -> c == 0x1b || c == 0x202e));
		assertEquals(ExitCodes.FINDINGS, validate("github"));
		assertTrue(out, out.contains("::error file=" + rel("").replace(":", "%3A") + "/c <&>\"'%25%2C%3A<U+001B><U+202E>.csi,line=2,col=1,"));
		assertTrue(out, out.chars().noneMatch(c -> c == 0x1b || c == 0x202e));
		assertEquals(ExitCodes.FINDINGS, validate("json"));
		JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
		List<String> files = new ArrayList<>();
		json.get("findings").forEach(finding -> files.add(finding.get("file").asText()));
		assertTrue(files.toString(), files.contains(rel(name))); // the file's real name, as JSON data
		assertEquals(ExitCodes.FINDINGS, validate("sarif"));
		JsonNode sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
		for (JsonNode result : sarif.get("runs").get(0).get("results")) {
			String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
			new java.net.URI(uri); // percent-encoded: a valid URI reference
		}
		assertTrue(out, out.contains("c%20%3C%26%3E%22%27%25%2C%3A%1B%E2%80%AE.csi"));
		assertEquals(ExitCodes.FINDINGS, validate("junit"));
		assertValid("junit.xsd", out);
		assertEquals(ExitCodes.FINDINGS, validate("checkstyle"));
		assertValid("checkstyle.xsd", out);
	}

	private static void assertValid(String schema, String xml) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.newSchema(REPOSITORY.resolve("docs/schema").resolve(schema).toFile()).newValidator()
				.validate(new StreamSource(new StringReader(xml)));
	}

	@Test
	public void githubAnnotations() {
		assertEquals(ExitCodes.OK, validate("github"));
		assertEquals("::warning file=" + rel("b-goals.csi") + ",line=4,col=10,endLine=4,endColumn=11,title=csi.chain.strategy-unlinked::Strategy 'S' supports no vision: add 'supports <vision>'.\n"
				+ "::warning file=" + rel("b-goals.csi") + ",line=6,col=40,endLine=6,endColumn=50,title=csi.action.overdue::Action 'A' is overdue: it was due on 2027-01-31 and is still new on 2027-02-01. Update its status or agree a new due date.\n"
				+ "2 files checked: 0 errors, 2 warnings, 0 infos.\n", out);
	}

	@Test
	public void githubAnnotationCapIsSummarised() throws Exception {
		StringBuilder many = new StringBuilder("package q\n");
		for (int i = 0; i < 12; i++) {
			many.append("strategy S").append(i).append(" \"100% sure, really\"\n");
		}
		Files.writeString(folder.resolve("many.csi"), many.toString());
		assertEquals(ExitCodes.OK, validate("github"));
		List<String> lines = out.lines().toList();
		assertEquals(10, lines.stream().filter(l -> l.startsWith("::warning ")).count());
		List<String> plain = lines.stream().filter(l -> l.startsWith(rel("many.csi"))).toList();
		List<String> expected = new ArrayList<>();
		for (int i = 8; i < 12; i++) {
			expected.add(rel("many.csi") + ":" + (i + 2) + ":10: warning csi.chain.strategy-unlinked: Strategy 'S" + i + "' supports no vision: add 'supports <vision>'.");
		}
		assertEquals(expected, plain);
		assertEquals("::notice title=csi::3 files checked: 0 errors, 14 warnings, 0 infos. 4 of the findings exceed GitHub's 10 annotations per level and are listed in the log above.",
				lines.get(lines.size() - 1));
	}

	@Test
	public void sarifPassesTheMultitool() throws Exception {
		assertEquals(ExitCodes.OK, validate("sarif"));
		assertTrue(out.contains("\"uri\": \"" + folder.toString().replace(File.separatorChar, '/') + "/b-goals.csi\",\n"));
		assertTrue(out.contains("\"uriBaseId\": \"%SRCROOT%\""));
		assertTrue(out.contains("\"partialFingerprints\": {"));
		assertPassesTheMultitool(folder, out);
	}

	/** Microsoft's SARIF multitool, with GitHub's rules and SARIF's, finds no error in {@code sarif} (kept in {@code folder}). */
	static void assertPassesTheMultitool(Path folder, String sarif) throws Exception {
		String multitool = System.getProperty("csi.sarif.multitool");
		assertTrue("run the tests with tools/test: it provides Microsoft's SARIF multitool (csi.sarif.multitool=" + multitool + ")",
				multitool != null && Files.isExecutable(Paths.get(multitool)));
		Path file = folder.resolve("out.sarif");
		Files.writeString(file, sarif);
		Path log = folder.resolve("validation.sarif");
		Process process = new ProcessBuilder(multitool, "validate", "--rule-kind", "Gh;Sarif", "-o", log.toString(), file.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		List<String> errors = output.lines().filter(l -> l.contains(": error ")).collect(Collectors.toList());
		assertEquals(output, List.of(), errors);
		assertTrue(output, output.contains("Analysis completed successfully."));
	}

	@Test
	public void outputFileInsteadOfStandardOutput() throws Exception {
		Path file = folder.resolve("findings.json");
		assertEquals(ExitCodes.OK, validate("json", "--output", file.toString()));
		assertEquals("", out);
		assertTrue(Files.readString(file).contains("\"code\": \"csi.action.overdue\""));
	}

	@Test
	public void failOnDecidesTheExitCode() {
		assertEquals(ExitCodes.OK, validate("text", "--fail-on", "error"));
		assertEquals(ExitCodes.FINDINGS, validate("text", "--fail-on", "warning"));
		assertEquals(ExitCodes.OK, validate("text", "--fail-on", "never"));
	}

	@Test
	public void unknownFormatIsAUsageError() {
		assertEquals(ExitCodes.USAGE, validate("yaml"));
		assertEquals("csi: Invalid value for option '--format': unknown format 'yaml' (expected text, json, sarif, junit, checkstyle or github)\n"
				+ "Try 'csi validate --help' for the options.\n", err);
	}

	@Test
	public void includeAndExcludeGlobs() {
		assertEquals(ExitCodes.FINDINGS, run("validate", folder.toString(), "--exclude", "**/b-*.csi"));
		assertEquals("1 file checked: 1 error, 0 warnings, 0 infos.", out.lines().reduce((a, b) -> b).orElseThrow());
		assertEquals(ExitCodes.OK, run("validate", folder.toString(), "--include", "b-*.csi", "--reference-date", "2027-01-01"));
		assertEquals("1 file checked: 0 errors, 1 warning, 0 infos.", out.lines().reduce((a, b) -> b).orElseThrow());
	}

	@Test
	public void formatCheckPrintsAUnifiedDiff() throws Exception {
		Path file = folder.resolve("a-plan.csi");
		Files.writeString(file, "package p\nplan P \"Plan\"   owner R\n");
		assertEquals(ExitCodes.FINDINGS, run("format", "--check", file.toString()));
		assertEquals("--- " + file + "\n+++ " + file + " (formatted)\n@@ -1,2 +1,4 @@\n package p\n-plan P \"Plan\"   owner R\n+\n+plan P \"Plan\"\n+    owner R\n", out);
	}
}
