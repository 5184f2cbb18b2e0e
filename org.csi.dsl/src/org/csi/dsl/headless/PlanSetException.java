package org.csi.dsl.headless;

/** A plan set that cannot be read at all: a missing path, an unreadable file, bad encoding. */
public class PlanSetException extends Exception {

	private static final long serialVersionUID = 1L;

	public PlanSetException(String message) {
		super(message);
	}
}
