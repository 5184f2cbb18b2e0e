package org.csi.cli;

import picocli.CommandLine.Command;

/** {@code csi}: continual service improvement plans, checked and reported from the command line. */
@Command(name = "csi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Checks and reports ITIL continual service improvement plans written in the csi language.",
		subcommands = { ValidateCommand.class, ReportCommand.class, FormatCommand.class })
public class CsiCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
