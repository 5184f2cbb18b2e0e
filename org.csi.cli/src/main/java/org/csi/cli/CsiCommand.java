package org.csi.cli;

import picocli.CommandLine.Command;

/** {@code csi}: continual service improvement plans, checked and reported from the command line. */
@Command(name = "csi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Checks and reports ITIL continual service improvement plans written in the csi language.",
		subcommands = { ValidateCommand.class, AnalyzeCommand.class, ReportCommand.class, FormatCommand.class, DiffCommand.class, HistoryCommand.class })
public class CsiCommand implements java.util.concurrent.Callable<Integer> {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	/** Without a command: the usage, on standard error, and exit code 2. */
	@Override
	public Integer call() {
		spec.commandLine().getErr().println("csi: a command is needed");
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}
}
