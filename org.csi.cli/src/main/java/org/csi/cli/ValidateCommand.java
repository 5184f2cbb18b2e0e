package org.csi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.csi.cli.output.OutputFormat;
import org.csi.cli.output.ValidationResult;
import org.csi.headless.AtomicFiles;
import org.csi.dsl.common.Finding;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetCheck;
import org.csi.headless.PlanSetException;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code csi validate}: checks a plan set and reports every finding. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Checks the .csi files under the given files and folders as one plan set.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no finding at the --fail-on severity", "1:findings at the --fail-on severity (by default: errors)",
				"2:bad usage, or a file that cannot be read or written", "3:internal error" })
public class ValidateCommand extends PlanSetCommand {

	/** When a run fails. */
	enum FailOn {
		error, warning, never;

		/** Whether the findings fail the run. */
		boolean failedBy(ValidationResult result) {
			return switch (this) {
			case error -> result.count(Finding.Severity.ERROR) > 0;
			case warning -> result.count(Finding.Severity.ERROR) + result.count(Finding.Severity.WARNING) > 0;
			case never -> false;
			};
		}
	}

	@Mixin
	PlanSetOptions options;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "output format: text, json, sarif, junit, checkstyle or github (default: ${DEFAULT-VALUE})",
			converter = OutputFormatConverter.class)
	OutputFormat format;

	@Option(names = "--output", paramLabel = "FILE", description = "write the findings to FILE instead of standard output ('-' is standard output)")
	Path output;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
			description = "exit 1 on findings of this severity or worse: error, warning or never (default: ${DEFAULT-VALUE})")
	FailOn failOn;

	@Override
	protected int run(PrintWriter out, PrintWriter err) throws PlanSetException, IOException {
		Timing timing = Timing.fromEnvironment(err);
		Injector injector = Csi.injector();
		timing.phase("injector");
		options.configure(injector);
		PlanSetCheck.Result run = injector.getInstance(PlanSetCheck.class)
				.run(options.request().withProgress(Progress.forTerminal(err)).withPhases(timing::phase));
		PlanSet planSet = run.planSet();
		List<Finding> findings = run.findings();
		ValidationResult result = new ValidationResult(findings, planSet.files(), Paths.get(""), VersionProvider.version());
		if (output == null || output.toString().equals("-")) {
			format.writer().write(result, out);
		} else {
			StringWriter text = new StringWriter();
			try (PrintWriter writer = new PrintWriter(text)) {
				format.writer().write(result, writer);
			}
			write(output, text.toString().getBytes(StandardCharsets.UTF_8));
		}
		timing.phase("write " + findings.size() + " findings");
		return failOn.failedBy(result) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/**
	 * A regular file is replaced atomically (its folder is created when missing); anything else
	 * that exists, such as /dev/stdout or a named pipe, is written through.
	 */
	static void write(Path file, byte[] bytes) throws PlanSetException {
		try {
			if (Files.exists(file) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				Files.write(file, bytes);
			} else {
				Path folder = file.toAbsolutePath().getParent();
				if (folder != null) {
					Files.createDirectories(folder);
				}
				AtomicFiles.write(file, bytes);
			}
		} catch (IOException e) {
			throw new PlanSetException(file + ": cannot be written (" + e.getClass().getSimpleName().replace("Exception", "") + ": "
					+ e.getMessage() + ")");
		}
	}

	/** Accepts the format names in lower case, as documented. */
	static class OutputFormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
		@Override
		public OutputFormat convert(String value) {
			for (OutputFormat candidate : OutputFormat.values()) {
				if (candidate.name().equalsIgnoreCase(value)) {
					return candidate;
				}
			}
			throw new picocli.CommandLine.TypeConversionException(
					"unknown format '" + value + "' (expected text, json, sarif, junit, checkstyle or github)");
		}
	}
}
