package org.csi.dsl.tests;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.headless.Finding;
import org.csi.dsl.headless.PlanSet;
import org.csi.dsl.headless.PlanSetException;
import org.csi.dsl.headless.PlanSetLoader;
import org.csi.dsl.headless.PlanSetValidator;

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
	private CsiSettings settings;

	public CsiSettings settings() {
		return settings;
	}

	public void reset() {
		settings.reset();
		settings.setReferenceDate(REFERENCE_DATE);
	}

	/** Arguments alternate file name and text: {@code load("a.csi", "...", "b.csi", "...")}. */
	public PlanSet load(String... namesAndTexts) {
		Map<Path, String> sources = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			sources.put(Paths.get("/plans", namesAndTexts[i]), namesAndTexts[i + 1]);
		}
		try {
			return loader.load(sources);
		} catch (PlanSetException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	public List<Finding> validate(String... namesAndTexts) {
		return validator.validate(load(namesAndTexts));
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
