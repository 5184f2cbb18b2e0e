package org.csi.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.csi.dsl.CsiStandaloneSetup;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetCheck;
import org.csi.headless.PlanSetException;

import com.google.inject.Injector;

/** What the goals share: where the plans are, how they are configured, and the validation itself. */
abstract class AbstractCsiMojo extends AbstractMojo {

	private static Injector injector;

	/** The folder with the project's .csi files. */
	@Parameter(property = "csi.plans", defaultValue = "${project.basedir}/src/main/csi")
	File plans;

	/** The severity configuration; by default csi.properties in the plans folder, when there is one. */
	@Parameter(property = "csi.config")
	File config;

	/** The date overdue actions are judged against (yyyy-mm-dd); by default the one in csi.properties, else today. */
	@Parameter(property = "csi.referenceDate")
	String referenceDate;

	/** Skips the goal. */
	@Parameter(property = "csi.skip", defaultValue = "false")
	boolean skip;

	/** One injector per Maven process: Xtext registers the language globally. */
	static synchronized Injector injector() {
		if (injector == null) {
			injector = new CsiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Loads and validates the plans, logging every finding at its level. */
	Validated validate(Injector injector) throws MojoExecutionException {
		if (!plans.isDirectory()) {
			throw new MojoExecutionException("csi: no plans folder " + plans + " (set <plans> or csi.plans)");
		}
		CsiSettings settings = settings(injector);
		try {
			PlanSetCheck.Result run = injector.getInstance(PlanSetCheck.class).run(PlanSetCheck.Request.validate(List.of(plans.toPath()), settings));
			PlanSet planSet = run.planSet();
			List<Finding> findings = run.findings();
			Path base = plans.toPath().toAbsolutePath().normalize();
			for (Finding f : findings) {
				String line = FindingText.line(base.relativize(f.file().toAbsolutePath().normalize()).toString(), f);
				switch (f.severity()) {
				case ERROR -> getLog().error(line);
				case WARNING -> getLog().warn(line);
				case INFO -> getLog().info(line);
				}
			}
			getLog().info("csi: " + FindingText.summary(planSet.files().size(), findings));
			return new Validated(planSet, findings, FindingText.count(findings, Finding.Severity.ERROR));
		} catch (PlanSetException e) {
			throw new MojoExecutionException("csi: " + e.getMessage());
		}
	}

	record Validated(PlanSet planSet, List<Finding> findings, long errors) {
	}

	/** This execution's settings: its csi.properties, then its referenceDate; they go with its plan set. */
	private CsiSettings settings(Injector injector) throws MojoExecutionException {
		CsiSettings settings = CsiSettings.DEFAULT;
		File file = config != null ? config : new File(plans, CsiConfigurationReader.FILE_NAME);
		if (config != null || file.isFile()) {
			try {
				settings = settings.with(injector.getInstance(CsiConfigurationReader.class).read(file.toPath()));
			} catch (CsiConfigurationReader.ConfigurationException e) {
				throw new MojoExecutionException("csi: " + e.getMessage());
			}
		}
		LocalDate reference = referenceDate();
		return reference == null ? settings : settings.withReferenceDate(reference);
	}

	/** The configured reference date, or null. */
	LocalDate referenceDate() throws MojoExecutionException {
		if (referenceDate == null || referenceDate.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(referenceDate.strip());
		} catch (DateTimeParseException e) {
			throw new MojoExecutionException("csi: referenceDate must be a date such as 2027-01-31, found '" + referenceDate + "'");
		}
	}

	static List<String> errorLines(List<Finding> findings, Path base) {
		List<String> lines = new ArrayList<>();
		for (Finding f : findings) {
			if (f.severity() == Finding.Severity.ERROR) {
				lines.add(FindingText.location(base.relativize(f.file().toAbsolutePath().normalize()).toString(), f) + ": " + f.code());
			}
		}
		return lines;
	}

	void failOnErrors(Validated validated) throws MojoFailureException {
		if (validated.errors() > 0) {
			throw new MojoFailureException("csi: the plans have " + FindingText.count(validated.errors(), "error") + ": "
					+ String.join(", ", errorLines(validated.findings(), plans.toPath().toAbsolutePath().normalize()))
					+ " (see the log above; run csi validate for details)");
		}
	}
}
