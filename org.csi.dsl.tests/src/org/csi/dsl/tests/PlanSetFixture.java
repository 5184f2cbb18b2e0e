package org.csi.dsl.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.common.Finding;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.headless.PlanSetReporter;
import org.csi.headless.PlanSetValidator;
import org.csi.report.ReportFormat;

import com.google.inject.Inject;

/**
 * Loads plan files from text into one plan set and validates them the way the CLI does.
 * Findings are rendered as {@code file:line:column severity code: message}, the text a user
 * reads, so tests compare exactly what would be printed.
 */
public class PlanSetFixture {

	/** The date every test judges overdue actions against. */
	public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 1);

	@Inject
	private PlanSetLoader loader;

	@Inject
	private PlanSetValidator validator;

	@Inject
	private PlanSetReporter reporter;

	/** The settings the next plan sets are loaded with. */
	private CsiSettings settings = CsiSettings.DEFAULT.withReferenceDate(REFERENCE_DATE);

	public void reset() {
		settings = CsiSettings.DEFAULT.withReferenceDate(REFERENCE_DATE);
	}

	public void setReferenceDate(LocalDate date) {
		settings = settings.withReferenceDate(date);
	}

	public void setSeverity(String issueCode, String severity) {
		settings = settings.withSeverity(issueCode, severity);
	}

	/** Arguments alternate file name and text: {@code load("a.csi", "...", "b.csi", "...")}. */
	public PlanSet load(String... namesAndTexts) {
		Map<Path, String> sources = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			sources.put(Paths.get("/plans", namesAndTexts[i]), namesAndTexts[i + 1]);
		}
		try {
			return loader.load(sources, settings);
		} catch (PlanSetException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	public List<Finding> validate(String... namesAndTexts) {
		return validator.validate(load(namesAndTexts));
	}

	/** Validates the plan set and writes all its reports into the folder; returns them by file name. */
	public Map<String, String> reports(Path folder, String reportDate, String... namesAndTexts) {
		PlanSet planSet = load(namesAndTexts);
		Map<String, String> files = new TreeMap<>();
		try {
			for (Path file : reporter.report(planSet, validator.validate(planSet), folder, EnumSet.allOf(ReportFormat.class), reportDate,
					file -> file.getFileName().toString())) {
				files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		} catch (PlanSetException | IOException e) {
			throw new AssertionError(e.getMessage(), e);
		}
		return files;
	}

	/** The findings of one code in a single file named plan.csi, as "line:column severity: message". */
	public List<String> findings(String code, String text) {
		return validate("plan.csi", text).stream().filter(f -> f.code().equals(code))
				.map(f -> f.line() + ":" + f.column() + " " + f.severity().label() + ": " + f.message()).collect(Collectors.toList());
	}

	/** Every finding, as "file:line:column severity code: message". */
	public static List<String> render(List<Finding> findings) {
		return findings.stream().map(f -> f.file().getFileName() + ":" + f.line() + ":" + f.column() + " " + f.severity().label() + " "
				+ f.code() + ": " + f.message()).collect(Collectors.toList());
	}
}
