package org.csi.headless;

import java.nio.file.Path;

/** A plan set that cannot be read at all: a missing path, an unreadable file, bad encoding. */
public class PlanSetException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final String reason;

	public PlanSetException(String message) {
		super(message);
		this.line = 0;
		this.reason = message;
	}

	/** A file that cannot be read as a whole: "file: reason". */
	public PlanSetException(Path file, String reason) {
		super(file + ": " + reason);
		this.line = 0;
		this.reason = reason;
	}

	/** A file that cannot be read from a place on: "file:line:column: reason". */
	public PlanSetException(Path file, int line, int column, String reason) {
		super(file + ":" + line + ":" + column + ": " + reason);
		this.line = line;
		this.reason = reason;
	}

	/** The line of the file where reading failed, or 0 when it is not about one place. */
	public int line() {
		return line;
	}

	/** The message without the file and the place. */
	public String reason() {
		return reason;
	}
}
