package org.csi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed, for the tests. */
final class CliRun {

	final int code;
	final String out;
	final String err;

	private CliRun(int code, String out, String err) {
		this.code = code;
		this.out = out;
		this.err = err;
	}

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new CliRun(code, out.toString(), err.toString());
	}
}
