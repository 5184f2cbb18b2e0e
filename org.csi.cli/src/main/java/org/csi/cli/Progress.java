package org.csi.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.csi.headless.PlanSetValidator;

/**
 * "validated 1200/5000 files" on standard error, redrawn at most five times a second, only
 * when standard error is a terminal: logs and pipes stay clean.
 */
final class Progress implements PlanSetValidator.Progress {

	private final PrintWriter err;
	private long last;
	private boolean drawn;

	private Progress(PrintWriter err) {
		this.err = err;
	}

	static PlanSetValidator.Progress forTerminal(PrintWriter err) {
		return stderrIsTerminal() ? new Progress(err) : (done, total) -> {
		};
	}

	private static boolean stderrIsTerminal() {
		try {
			Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
			String name = target.toString();
			return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty");
		} catch (Exception e) {
			return false;
		}
	}

	@Override
	public void validated(int done, int total) {
		long now = System.nanoTime();
		if (done == total) {
			if (drawn) {
				err.print("\r\033[K");
				err.flush();
			}
			return;
		}
		if (now - last > 200_000_000L && total > 50) {
			last = now;
			drawn = true;
			err.print("\rcsi: validated " + done + "/" + total + " files");
			err.flush();
		}
	}
}
