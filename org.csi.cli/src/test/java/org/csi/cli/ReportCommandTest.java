package org.csi.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** {@code csi report} on the bundled examples, checked by real consumers of each format. */
public class ReportCommandTest {

	private static final Path REPOSITORY = Paths.get(System.getProperty("csi.repository"));

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private String out;
	private String err;

	private int run(String... args) {
		CliRun run = CliRun.of(args);
		out = run.out;
		err = run.err;
		return run.code;
	}

	private Path reportExamples() throws Exception {
		Path folder = temporary.newFolder().toPath();
		assertEquals(ExitCodes.OK, run("report", REPOSITORY.resolve("examples").toString(), "--out", folder.toString()));
		return folder;
	}

	private static List<Path> files(Path folder, String suffix) throws Exception {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

	@Test
	public void writesEveryFormatOfEveryPlan() throws Exception {
		Path folder = reportExamples();
		List<String> expected = new ArrayList<>();
		for (String plan : List.of("hospital.change.ChangeEnablement", "hospital.cloud.CloudOps", "acme.desk.Desk",
				"hospital.servicedesk.ServiceDesk")) {
			for (String suffix : List.of(".html", ".md", ".json", ".register.csv")) {
				expected.add("wrote " + folder.resolve(plan + suffix));
			}
		}
		assertEquals(expected, out.lines().toList());
		assertEquals("", err);
	}

	@Test
	public void theServiceDeskReportShowsTheFiguresComputedFromItsData() throws Exception {
		Path folder = reportExamples();
		String markdown = Files.readString(folder.resolve("hospital.servicedesk.ServiceDesk.md"));
		assertTrue(markdown, markdown.contains("""
				### FirstContactResolution: Share of contacts resolved at the first line

				A contact is resolved at the first line when the ticket was never reassigned

				Data from Tickets: Nightly export; a reopened ticket counts once, chat contacts are not in it

				Judged: minimum sample 100 rows; trigger when missed 3 of 6 periods; trigger when below 60% for each service; benchmark 66% (HDI service desk benchmark, first contact resolution).

				Latest 65.25 % (within tolerance, 495 rows); target 70 ± 5; against the baseline +7.25; benchmark 66 (HDI service desk benchmark, first contact resolution). Variation: special cause: improvement, 8 periods in a row above the mean of 57.08 (2026-04-01 to 2026-11-01) (against the limits 52.92 to 61.25% around a mean of 57.08 before; since action 'FirstLineScripts' completed (2026-04-01): 8 of 12 periods for limits of its own). Actions addressing it: FirstLineScripts.

				<details><summary>Values per period (24)</summary>

				| Period | Actual | Rows | Status | Signal |
				|---|---:|---:|---|---|
				| 2024-12-01 | 59.35 | 465 | missed |  |
				"""));
		// with the gap and action context of the measure
		assertTrue(markdown, markdown.contains("\nLatest 4.9 hours (within tolerance, 4 rows); target 4 ± 1; against the baseline -0.3. Variation:"
				+ " common cause (limits 2.01 to 8.68 hours around a mean of 5.34, from 12 periods from 2024-11-25); target 4 hours: hit and miss,"
				+ " it lies between the limits, so variation alone makes it pass and fail. Improvement trigger: missed its target of 4 in 3 of the"
				+ " last 6 periods (4.72, 5.52, 4.84, 5.81, 5.91, 4.9). Frequency gap tracked by action WeeklyExport. Actions addressing it:"
				+ " WeeklyExport.\n"));
		String html = Files.readString(folder.resolve("hospital.servicedesk.ServiceDesk.html"));
		assertTrue(html, html.contains("<desc id=\"chart-figures-1-d\">Target 70 ± 5. Process limits 52.92 to 61.25 around a mean of 57.08 from"
				+ " 2024-12-01. From 2026-04-01: action &#39;FirstLineScripts&#39; completed. Limits carried from before 52.92 to 61.25 around a mean"
				+ " of 57.08 from 2026-04-01. Baseline 58. 2024-12-01: 59.35 (missed), 2025-01-01: 57.17 (missed),"));
		com.fasterxml.jackson.databind.JsonNode json = new ObjectMapper().readTree(folder.resolve("hospital.servicedesk.ServiceDesk.json").toFile());
		com.fasterxml.jackson.databind.JsonNode p1 = json.get("measures").get(0);
		assertEquals("P1Restore", p1.get("name").asText());
		// 105 weeks, two without a P1 incident: there, a mean of no rows, no data (before issue 15 the week was left out)
		assertEquals(105, p1.get("figures").get("periods").size());
		assertEquals("{\"period\":\"2025-09-01\",\"actual\":null,\"rows\":0,\"status\":\"no data\"}",
				p1.get("figures").get("periods").get(40).toString());
		assertEquals("{\"period\":\"2026-11-23\",\"actual\":4.903194444444445,\"rows\":4,\"status\":\"within tolerance\"}",
				p1.get("figures").get("periods").get(104).toString());
		assertEquals("{\"service\":\"Workstations\",\"priority\":\"P1\"}", p1.get("figures").get("breakdown").get(5).get("dimensions").toString());
		assertTrue(markdown, markdown.contains("| Workstations, P1 | 2026-11-23 | no data | no data | \u25cf common cause; hit and miss |\n"));
		// the data's findings are in the report too
		assertTrue(markdown.contains("`csi.data.check-failed`"));
	}

	@Test
	public void htmlReportsPassTheNuHtmlChecker() throws Exception {
		Path folder = reportExamples();
		Path hostile = temporary.newFolder("hostile").toPath();
		Files.writeString(hostile.resolve("evil.csi"), """
				package evil
				plan P "<script>alert(1)</script>" description "\\"><img src=x onerror=alert(1)>"
				vision V "</title><svg/onload=alert(1)> & \u202Eevil"
				should measure M "]]><!-- --> <b>bold</b>" serves V
				""", StandardCharsets.UTF_8);
		assertEquals(ExitCodes.OK, run("report", hostile.toString(), "--out", folder.toString(), "--format", "html"));
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator", "--errors-only"));
		List<Path> reports = files(folder, ".html");
		assertEquals(5, reports.size());
		reports.forEach(p -> command.add(p.toString()));
		Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals("", output);
		assertEquals(0, checker.waitFor());
	}

	@Test
	public void jsonReportsMatchTheSchema() throws Exception {
		Path folder = reportExamples();
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.readString(REPOSITORY.resolve("docs/schema/csi-report.schema.json")));
		ObjectMapper mapper = new ObjectMapper();
		List<Path> reports = files(folder, ".json");
		assertEquals(4, reports.size());
		for (Path report : reports) {
			Set<ValidationMessage> errors = schema.validate(mapper.readTree(report.toFile()));
			assertEquals(report + ": " + errors, Set.of(), errors);
		}
	}

	@Test
	public void sameInputGivesByteIdenticalReports() throws Exception {
		Path first = reportExamples();
		Path second = reportExamples();
		List<Path> files = files(first, "");
		assertEquals(16, files.size());
		for (Path file : files) {
			assertArrayEquals(file.toString(), Files.readAllBytes(file), Files.readAllBytes(second.resolve(file.getFileName())));
		}
	}

	@Test
	public void formatsCanBeChosen() throws Exception {
		Path folder = temporary.newFolder().toPath();
		assertEquals(ExitCodes.OK, run("report", REPOSITORY.resolve("examples/cloud-operations").toString(), "--out", folder.toString(),
				"--format", "md,csv"));
		assertEquals(List.of("wrote " + folder.resolve("hospital.cloud.CloudOps.md"), "wrote " + folder.resolve("hospital.cloud.CloudOps.register.csv")),
				out.lines().toList());
	}

	@Test
	public void unknownFormatIsAUsageError() throws Exception {
		assertEquals(ExitCodes.USAGE, run("report", REPOSITORY.resolve("examples").toString(), "--out", temporary.newFolder().toString(),
				"--format", "pdf"));
		assertEquals("csi: unknown report format 'pdf' (expected html, md, json or csv)\n", err);
	}

	@Test
	public void outputFolderThatIsAFileIsAUsageError() throws Exception {
		Path file = temporary.newFile("taken").toPath();
		assertEquals(ExitCodes.USAGE, run("report", REPOSITORY.resolve("examples").toString(), "--out", file.toString()));
		assertTrue(err, err.startsWith("csi: " + file + ": cannot create the output folder ("));
	}

	/** Reports the one plan in the given formats and returns the report with the given suffix. */
	private String reportOf(String plan, String format, String suffix) throws Exception {
		Path plans = temporary.newFolder().toPath();
		Path folder = temporary.newFolder().toPath();
		Files.writeString(plans.resolve("p.csi"), plan, StandardCharsets.UTF_8);
		assertEquals(err, ExitCodes.OK, run("report", plans.toString(), "--out", folder.toString(), "--format", format,
				"--reference-date", "2027-01-01"));
		return Files.readString(folder.resolve("shop.P" + suffix), StandardCharsets.UTF_8);
	}

	@Test
	public void csvCellsAreNoFormulaForASpreadsheetThatSplitsOnSemicolons() throws Exception {
		String csv = reportOf("""
				package shop
				plan P "Plan"
				vision V "Vision"
				role R "Role"
				action A "x;=1+1;" addresses V owner R due 2030-01-01
				""", "csv", ".register.csv");
		// quoted for a reader that splits on commas; for one that splits on semicolons the piece is '=1+1, a text
		assertEquals("A,\"x;'=1+1;\",new,no,,,,V,R,,,2030-01-01,,,,", csv.lines().toList().get(1));
	}

	@Test
	public void markdownMentionsNoOne() throws Exception {
		String markdown = reportOf("""
				package shop
				plan P "ping @octocat and @org/team" description "cc @octocat"
				vision V "Vision"
				""", "md", ".md");
		List<String> lines = markdown.lines().toList();
		assertEquals("# ping &#64;octocat and &#64;org/team", lines.get(0));
		assertEquals("cc &#64;octocat", lines.get(4));
	}
}
