package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.headless.PlanSetException;
import org.csi.headless.ReportFileSystemAccess;
import org.csi.report.ReportFormat;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.eclipse.xtext.util.RuntimeIOException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/**
 * The generators: whole expected files for a small plan, determinism, escaping of hostile
 * text in every format, and confinement of the output to its folder.
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class ReportTest {

	/** A small plan with an open, a tracked and an accepted gap, an overdue action and findings. */
	static final String SMALL = """
			package shop

			plan Shop "Web shop support 2027"
			    period 2027-01-01 to 2027-12-31
			    owner Lead

			vision Happy "Customers finish what they came for"
			strategy Fast "Fix what blocks a purchase first" supports Happy
			tactical goal Uptime "Keep checkout available" supports Fast
			operational goal QuickFix "Restore checkout within 1 hour" refines Uptime

			process Incidents "Incident management"

			role Lead "Support lead" process-owner of Incidents
			role Analyst "Analyst"

			should measure Restore "Time to restore checkout"
			    serves QuickFix
			    unit minutes
			    lower is better
			    target 60 minutes
			    every week
			    per channel
			    baseline 95 minutes as of 2026-12-31

			should measure Failed "Failed payments"
			    serves Uptime
			    unit %
			    every day
			    baseline 2% as of 2026-12-31

			source Logs "Checkout logs"
			    owner Analyst
			    provides Restore every month unit minutes

			gather Restore from Logs every month by Analyst
			process Restore as "mean(restored - failed)"
			analyse Restore against target
			present Restore to Lead as dashboard every month

			accept breakdown gap of Restore by Lead on 2027-01-05
			    because "One channel until the app launches"

			action Alerts "Alert on checkout errors"
			    addresses frequency gap of Restore
			    owner Analyst
			    raised by Lead on 2027-01-02
			    due 2027-02-01
			    priority high
			    size small
			    type technology
			    status in-progress
			    justification "Weekly figures need weekly data"
			""";

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	@Inject
	private PlanSetFixture fixture;

	@Before
	public void reset() {
		fixture.reset();
		fixture.setReferenceDate(java.time.LocalDate.of(2027, 3, 1));
	}

	/** Generates the reports of the given files into a fresh folder and returns them by file name. */
	private Map<String, String> generate(String reportDate, String... namesAndTexts) throws Exception {
		return fixture.reports(temporary.newFolder().toPath(), reportDate, namesAndTexts);
	}

	private static String expected(String name) throws Exception {
		return Files.readString(Paths.get(System.getProperty("csi.repository"), "org.csi.dsl.tests", "expected", name), StandardCharsets.UTF_8);
	}

	/**
	 * The report equals its expected file. With {@code -Dcsi.expected.update=true} the file is first
	 * rewritten from the report (review the diff before committing it).
	 */
	private static void assertExpected(String name, String actual) throws Exception {
		if (Boolean.getBoolean("csi.expected.update")) {
			Files.writeString(Paths.get(System.getProperty("csi.repository"), "org.csi.dsl.tests", "expected", name), actual, StandardCharsets.UTF_8);
		}
		assertEquals(expected(name), actual);
	}

	@Test
	public void writesOneFilePerFormatNamedAfterThePlan() throws Exception {
		assertEquals(List.of("shop.Shop.html", "shop.Shop.json", "shop.Shop.md", "shop.Shop.register.csv"),
				new ArrayList<>(generate(null, "shop.csi", SMALL).keySet()));
	}

	@Test
	public void markdownReport() throws Exception {
		assertExpected("shop.Shop.md", generate(null, "shop.csi", SMALL).get("shop.Shop.md"));
	}

	@Test
	public void jsonReport() throws Exception {
		assertExpected("shop.Shop.json", generate(null, "shop.csi", SMALL).get("shop.Shop.json"));
	}

	@Test
	public void csvRegister() throws Exception {
		assertExpected("shop.Shop.register.csv", generate(null, "shop.csi", SMALL).get("shop.Shop.register.csv"));
	}

	@Test
	public void htmlReport() throws Exception {
		assertExpected("shop.Shop.html", generate(null, "shop.csi", SMALL).get("shop.Shop.html"));
	}

	@Test
	public void sameInputGivesTheSameBytes() throws Exception {
		assertEquals(generate(null, "shop.csi", SMALL), generate(null, "shop.csi", SMALL));
	}

	@Test
	public void reportDateOnlyWhenGiven() throws Exception {
		Map<String, String> dated = generate("2027-04-15", "shop.csi", SMALL);
		assertTrue(dated.get("shop.Shop.html").contains(" \u00b7 report of 2027-04-15</p>"));
		assertTrue(dated.get("shop.Shop.json").contains("\"reportDate\": \"2027-04-15\""));
		for (String text : generate(null, "shop.csi", SMALL).values()) {
			assertFalse(text.contains("report of"));
			assertFalse(text.contains("2027-04-15"));
		}
	}

	@Test
	public void planSpreadOverFilesIsOneReport() throws Exception {
		String header = SMALL.substring(0, SMALL.indexOf("should measure Restore"));
		String rest = "package shop\n\n" + SMALL.substring(SMALL.indexOf("should measure Restore"));
		Map<String, String> split = generate(null, "a.csi", header, "b.csi", rest);
		String withoutFindings = expected("shop.Shop.md").substring(0, expected("shop.Shop.md").indexOf("## Findings"));
		assertEquals(withoutFindings, split.get("shop.Shop.md").substring(0, split.get("shop.Shop.md").indexOf("## Findings")));
	}

	// ---------------------------------------------------------------- confinement

	@Test
	public void refusesNamesOutsideTheOutputFolder() throws Exception {
		Path out = temporary.newFolder("out").toPath();
		ReportFileSystemAccess fsa = new ReportFileSystemAccess(out);
		for (String name : List.of("../escape.html", "/tmp/absolute.html", "a/../../escape.html", "")) {
			try {
				fsa.generateFile(name, "x");
				fail("wrote " + name);
			} catch (RuntimeIOException e) {
				assertTrue(e.getMessage(), e.getMessage().startsWith("refused to write"));
			}
		}
		assertFalse(Files.exists(out.getParent().resolve("escape.html")));
	}

	@Test
	public void refusesAFolderThatLinksOutside() throws Exception {
		Path out = temporary.newFolder("out").toPath();
		Path outside = temporary.newFolder("outside").toPath();
		Files.createSymbolicLink(out.resolve("link"), outside);
		try {
			new ReportFileSystemAccess(out).generateFile("link/report.html", "x");
			fail("wrote through a link");
		} catch (RuntimeIOException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("leads outside the output folder"));
		}
		assertEquals(List.of(), Files.list(outside).toList());
	}

	@Test
	public void replacesALinkedFileInsteadOfWritingThroughIt() throws Exception {
		Path out = temporary.newFolder("out").toPath();
		Path victim = temporary.newFile("victim.txt").toPath();
		Files.writeString(victim, "keep me");
		Files.createSymbolicLink(out.resolve("shop.Shop.html"), victim);
		new ReportFileSystemAccess(out).generateFile("shop.Shop.html", "report");
		assertEquals("keep me", Files.readString(victim));
		assertEquals("report", Files.readString(out.resolve("shop.Shop.html")));
		assertFalse(Files.isSymbolicLink(out.resolve("shop.Shop.html")));
	}

	@Test
	public void leavesNoTemporaryFiles() throws Exception {
		Path out = temporary.newFolder("out").toPath();
		new ReportFileSystemAccess(out).generateFile("a.html", "x");
		assertEquals(List.of("a.html"), Files.list(out).map(p -> p.getFileName().toString()).toList());
	}

	@Test
	public void namesWindowsKeepsForDevicesGetAnUnderscore() {
		assertEquals("_con.Plan.html", ReportFormat.HTML.fileName("con.Plan"));
		assertEquals("_NUL.md", ReportFormat.MARKDOWN.fileName("NUL"));
		assertEquals("_Com1.ops.P.register.csv", ReportFormat.CSV.fileName("Com1.ops.P"));
		assertEquals("console.Plan.json", ReportFormat.JSON.fileName("console.Plan"));
		assertEquals("shop.con.html", ReportFormat.HTML.fileName("shop.con"));
	}

	@Test
	public void namesThatDifferOnlyInCaseAreRefused() throws Exception {
		Path out = temporary.newFolder("out").toPath();
		ReportFileSystemAccess fsa = new ReportFileSystemAccess(out);
		fsa.generateFile("shop.Plan.html", "first");
		try {
			fsa.generateFile("Shop.plan.html", "second");
			fail("wrote both");
		} catch (RuntimeIOException e) {
			assertEquals("refused to write 'Shop.plan.html': its name differs only in case from 'shop.Plan.html', written before; on Windows"
					+ " and macOS one would replace the other: rename one of the plans", e.getMessage());
		}
		fsa.generateFile("shop.Plan.html", "again"); // the same name twice is a rewrite
		assertEquals("again", Files.readString(out.resolve("shop.Plan.html")));
		assertFalse(Files.exists(out.resolve("Shop.plan.html")));
	}

	@Test
	public void aProjectsReportFolderThatLinksOutIsRefused() throws Exception {
		Path project = temporary.newFolder("project").toPath();
		Path outside = temporary.newFolder("elsewhere").toPath();
		ReportFileSystemAccess.requireInside(project.resolve("reports"), project); // not there yet: created inside
		Files.createDirectories(project.resolve("docs/reports"));
		ReportFileSystemAccess.requireInside(project.resolve("docs/reports"), project);
		Files.createSymbolicLink(project.resolve("reports"), outside);
		Files.createSymbolicLink(project.resolve("out"), outside);
		for (Path folder : List.of(project.resolve("reports"), project.resolve("out/reports"))) {
			try {
				ReportFileSystemAccess.requireInside(folder, project);
				fail("allowed " + folder);
			} catch (PlanSetException e) {
				assertEquals(folder + ": the report folder leads outside " + project + " (a symbolic link); no report is written there",
						e.getMessage());
			}
		}
		assertEquals(List.of(), Files.list(outside).toList());
	}
}
