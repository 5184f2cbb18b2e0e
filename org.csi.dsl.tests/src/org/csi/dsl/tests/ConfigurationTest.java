package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiConfigurationReader.ConfigurationException;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** csi.properties: what it accepts, and the line and reason of what it refuses. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class ConfigurationTest {

	@Inject
	private CsiConfigurationReader reader;

	@Test
	public void readsSeveritiesAndReferenceDate() throws Exception {
		CsiConfiguration configuration = reader.read("""
				# adopt the rules gradually
				csi.measure.no-baseline = ignore
				csi.gap.unused-data=Error

				reference-date = 2027-01-31
				""");
		assertEquals(Map.of("csi.measure.no-baseline", "ignore", "csi.gap.unused-data", "error"), configuration.severities());
		assertEquals(LocalDate.of(2027, 1, 31), configuration.referenceDate());
	}

	@Test
	public void emptyFileMeansDefaults() throws Exception {
		CsiConfiguration configuration = reader.read("");
		assertEquals(Map.of(), configuration.severities());
		assertNull(configuration.referenceDate());
	}

	@Test
	public void readsReportOptions() throws Exception {
		CsiConfiguration configuration = reader.read("""
				report.folder = build/csi-reports
				report.formats = html, csv
				report.on-build = false
				""");
		assertEquals(new CsiConfiguration.Reports("build/csi-reports", List.of("html", "csv"), 2, false), configuration.reports());
		assertEquals(java.util.EnumSet.of(org.csi.report.ReportFormat.HTML, org.csi.report.ReportFormat.CSV),
				org.csi.report.ReportFormat.of(configuration.reports()));
		assertEquals(java.util.EnumSet.allOf(org.csi.report.ReportFormat.class), org.csi.report.ReportFormat.of(CsiConfiguration.Reports.DEFAULT));
		assertEquals(CsiConfiguration.Reports.DEFAULT, reader.read("").reports());
	}

	@Test
	public void readsTheRulesOfProcessBehaviour() throws Exception {
		var settings = reader.read("""
				spc.rules = outside, run
				spc.run = 8
				spc.trend = 7
				spc.baseline = 20
				""").behaviour();
		assertEquals(new org.csi.dsl.measures.ProcessBehaviour.Settings(java.util.EnumSet.of(org.csi.dsl.measures.ProcessBehaviour.Rule.OUTSIDE_LIMITS,
				org.csi.dsl.measures.ProcessBehaviour.Rule.RUN), 8, 7, 20), settings);
		assertEquals(org.csi.dsl.measures.ProcessBehaviour.Settings.DEFAULT, reader.read("").behaviour());
		assertRefused("spc.rules = outside, runs", 1, "spc.rules must list rules among outside, run, trend and near, separated by commas, found 'runs'");
		assertRefused("spc.run = 1", 1, "spc.run must be a whole number from 2 to 50, found '1'");
		assertRefused("spc.baseline = 11", 1, "spc.baseline must be a whole number from 12 to 1000, found '11'");
	}

	@Test
	public void refusesBadReportOptions() {
		assertRefused("report.folder = ../elsewhere", 1, "report.folder must be a folder inside the project such as reports, found '../elsewhere'");
		assertRefused("report.formats = html,, md", 1, "report.formats must list formats separated by commas, such as html, md, found 'html,, md'");
		try {
			org.csi.report.ReportFormat.of(reader.read("# formats\nreport.formats = html, pdf\n").reports());
			org.junit.Assert.fail("pdf is no format");
		} catch (CsiConfigurationReader.ConfigurationException e) {
			assertEquals(2, e.getLine());
			assertEquals("unknown report format 'pdf' (expected html, md, json or csv)", e.getMessage());
		}
		assertRefused("report.on-build = yes", 1, "report.on-build must be true or false, found 'yes'");
	}

	@Test
	public void refusesUnknownCode() {
		assertRefused("\ncsi.measure.no-baseline = info\ncsi.measure.no-baselines = info\n", 3,
				"unknown key 'csi.measure.no-baselines' (expected an issue code such as csi.measure.no-baseline, reference-date, a report.* option, data.allow or an spc.* rule)");
	}

	@Test
	public void refusesUnknownSeverity() {
		assertRefused("csi.gap.unit = fatal", 1, "severity of 'csi.gap.unit' must be error, warning, info or ignore, found 'fatal'");
	}

	@Test
	public void refusesBadDate() {
		assertRefused("reference-date = 31/01/2027", 1, "reference-date must be a date such as 2027-03-31, found '31/01/2027'");
	}

	@Test
	public void refusesLineWithoutValue() {
		assertRefused("csi.gap.unit", 1, "expected 'key = value', found 'csi.gap.unit'");
	}

	@Test
	public void syntaxAndLinkingErrorsAreNotConfigurable() {
		assertRefused("csi.syntax = ignore", 1, "'csi.syntax' cannot be configured: a plan that cannot be read is always an error");
	}

	private void assertRefused(String text, int line, String message) {
		try {
			reader.read(text);
			fail("accepted: " + text);
		} catch (ConfigurationException e) {
			assertEquals(line, e.getLine());
			assertEquals(message, e.getMessage());
		}
	}
}
