package org.csi.headless;

import java.nio.file.Path;

/** A plan set that cannot be read at all: a missing path, an unreadable file, bad encoding. */
public class PlanSetException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;

	public PlanSetException(String message) {
		super(message);
		this.file = null;
		this.line = 0;
		this.column = 0;
		this.reason = message;
	}

	/** A file that cannot be read as a whole: "file: reason". */
	public PlanSetException(Path file, String reason) {
		super(file + ": " + reason);
		this.file = file;
		this.line = 0;
		this.column = 0;
		this.reason = reason;
	}

	/** A file that cannot be read from a place on: "file:line:column: reason". */
	public PlanSetException(Path file, int line, int column, String reason) {
		super(file + ":" + line + ":" + column + ": " + reason);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	/** The file that cannot be read, or null when it is not about one file. */
	public Path file() {
		return file;
	}

	/** The column of the line where reading failed, or 0. */
	public int column() {
		return column;
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
