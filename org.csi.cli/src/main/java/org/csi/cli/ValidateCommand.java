package org.csi.cli;

import java.io.PrintWriter;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;

import org.csi.cli.output.TextFindingsWriter;
import org.csi.dsl.headless.Finding;
import org.csi.dsl.headless.PlanSet;
import org.csi.dsl.headless.PlanSetException;
import org.csi.dsl.headless.PlanSetLoader;
import org.csi.dsl.headless.PlanSetValidator;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

	@Mixin
	PlanSetOptions options;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Injector injector = Csi.injector();
		try {
			options.configure(injector);
			PlanSet planSet = injector.getInstance(PlanSetLoader.class).load(options.paths);
			List<Finding> findings = injector.getInstance(PlanSetValidator.class).validate(planSet);
			new TextFindingsWriter(Paths.get("")).write(findings, planSet.files().size(), out);
			boolean errors = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
			return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
		} catch (PlanSetException e) {
			err.println("csi: " + e.getMessage());
			return ExitCodes.USAGE;
		}
	}
}
