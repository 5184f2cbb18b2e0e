package org.csi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.csi.headless.PlanSetException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command over a plan set: what every such command does around its own work. A plan set that
 * cannot be used (a file that cannot be read or written, a wrong option or setting) is one line on standard
 * error, {@code csi: <why>}, and exit code 2.
 */
abstract class PlanSetCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public final Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			return run(spec.commandLine().getOut(), err);
		} catch (PlanSetException | IOException e) {
			err.println("csi: " + e.getMessage());
			return ExitCodes.USAGE;
		}
	}

	/** The command's work, writing its output to {@code out} and what goes wrong to {@code err}; returns the exit code. */
	protected abstract int run(PrintWriter out, PrintWriter err) throws PlanSetException, IOException;
}
