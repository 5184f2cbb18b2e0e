package org.csi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.csi.cli.output.TextFindingsWriter;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.headless.Finding;
import org.csi.dsl.headless.PlanSet;
import org.csi.dsl.headless.PlanSetException;
import org.csi.dsl.headless.PlanSetLoader;
import org.csi.dsl.headless.PlanSetValidator;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code csi validate}: checks a plan set and prints every finding. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Checks the .csi files under the given files and folders as one plan set.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors", "1:the plan set has errors", "2:bad usage, or a file that cannot be read",
				"3:internal error" })
public class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = ".csi files or folders (searched recursively)")
	List<Path> paths;

	@Option(names = "--config", paramLabel = "FILE",
			description = "severity configuration (default: the nearest csi.properties in the first folder or above it, up to the working directory)")
	Path config;

	@Option(names = "--reference-date", paramLabel = "DATE",
			description = "judge overdue actions against this date instead of today, e.g. 2027-01-31 (for reproducible builds)")
	String referenceDate;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Injector injector = Csi.injector();
		CsiSettings settings = injector.getInstance(CsiSettings.class);
		try {
			configure(injector, settings);
			PlanSet planSet = injector.getInstance(PlanSetLoader.class).load(paths);
			List<Finding> findings = injector.getInstance(PlanSetValidator.class).validate(planSet);
			new TextFindingsWriter(Paths.get("")).write(findings, planSet.files().size(), out);
			boolean errors = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
			return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
		} catch (PlanSetException e) {
			err.println("csi: " + e.getMessage());
			return ExitCodes.USAGE;
		}
	}

	private void configure(Injector injector, CsiSettings settings) throws PlanSetException {
		Path file = config != null ? config : ConfigurationLocator.locate(paths, Paths.get(""));
		if (file != null) {
			String text;
			try {
				text = Files.readString(file, StandardCharsets.UTF_8);
			} catch (java.io.IOException | java.io.UncheckedIOException e) {
				throw new PlanSetException(file + ": cannot be read (" + e.getMessage() + ")");
			}
			try {
				settings.apply(injector.getInstance(CsiConfigurationReader.class).read(text));
			} catch (CsiConfigurationReader.ConfigurationException e) {
				throw new PlanSetException(file + ":" + e.getLine() + ": " + e.getMessage());
			}
		}
		if (referenceDate != null) {
			try {
				settings.setReferenceDate(LocalDate.parse(referenceDate));
			} catch (java.time.format.DateTimeParseException e) {
				throw new PlanSetException("--reference-date must be a date such as 2027-01-31, found '" + referenceDate + "'");
			}
		}
	}
}
