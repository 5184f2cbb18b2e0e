package org.csi.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/**
 * Phase times on standard error when the environment variable CSI_TIMING is set; used by
 * the benchmarks to show where the time of a run goes. Silent otherwise.
 */
final class Timing {

	private final PrintWriter err;
	private long last = System.nanoTime();

	private Timing(PrintWriter err) {
		this.err = err;
	}

	static Timing fromEnvironment(PrintWriter err) {
		return new Timing(System.getenv("CSI_TIMING") != null ? err : null);
	}

	void phase(String name) {
		if (err == null) {
			return;
		}
		long now = System.nanoTime();
		if (name.equals("injector")) {
			long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			err.printf("csi timing: JVM start to injector ready: %d ms%n", sinceStart);
		} else {
			err.printf("csi timing: %s: %d ms%n", name, (now - last) / 1_000_000);
		}
		err.flush();
		last = now;
	}
}
