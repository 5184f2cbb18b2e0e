package org.csi.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point of the {@code csi} command. */
public final class Main {

	private Main() {
	}

	/**
	 * Memory kept back from the start and let go when the heap runs out, so that saying so cannot run out
	 * again (without it, the message itself sometimes failed and the JVM printed its own error instead).
	 */
	private static byte[] reserve = new byte[512 << 10];

	/** Written once, before anything can run out. */
	private static final String OUT_OF_MEMORY = "csi: out of memory (heap " + (Runtime.getRuntime().maxMemory() >> 20)
			+ " MB): nothing was written. Check a smaller plan set (--include), or give csi more memory (CSI_JAVA_OPTS=-Xmx4g).";

	public static void main(String[] args) {
		int code;
		try {
			code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
		} catch (OutOfMemoryError e) {
			reserve = null;
			System.err.println(OUT_OF_MEMORY);
			code = ExitCodes.INTERNAL;
		}
		System.exit(code);
	}

	/** One line, no stack trace: what ran out, and what to do. The work in progress is dropped, so there is memory to say it. */
	static int outOfMemory(PrintWriter err) {
		reserve = null;
		err.println(OUT_OF_MEMORY);
		err.flush();
		return ExitCodes.INTERNAL;
	}

	/** Whether {@code thrown} is, or was caused by, running out of memory (a class initialiser may wrap it). */
	static boolean outOfMemory(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof OutOfMemoryError) {
				return true;
			}
		}
		return false;
	}

	/** Runs a command line and returns its exit code; used by the tests as well. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new CsiCommand());
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler((exception, arguments) -> {
			CommandLine command = exception.getCommandLine();
			command.getErr().println("csi: " + exception.getMessage());
			command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
			return ExitCodes.USAGE;
		});
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			if (outOfMemory(exception)) {
				return outOfMemory(cmd.getErr());
			}
			cmd.getErr().println("csi: internal error: " + exception);
			return ExitCodes.INTERNAL;
		});
		int code;
		try {
			code = commandLine.execute(args);
		} catch (Error e) {
			if (!outOfMemory(e)) {
				throw e;
			}
			code = outOfMemory(err);
		}
		out.flush();
		err.flush();
		return code;
	}
}
