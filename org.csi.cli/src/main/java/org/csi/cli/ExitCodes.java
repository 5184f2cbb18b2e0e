package org.csi.cli;

/** The exit codes of every csi command, as documented in docs/cli.md. */
public final class ExitCodes {

	private ExitCodes() {
	}

	/** No finding at the failing severity. */
	public static final int OK = 0;
	/** The plan set has findings at the failing severity (by default: errors). */
	public static final int FINDINGS = 1;
	/** Bad usage or input that cannot be read: a missing path, an unreadable or non-UTF-8 file, a bad configuration. */
	public static final int USAGE = 2;
	/** A defect in csi itself. */
	public static final int INTERNAL = 3;
}
