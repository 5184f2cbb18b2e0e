package org.csi.cli.output;

import java.io.PrintWriter;

/** One output format of {@code csi validate}. */
public interface FindingsWriter {

	void write(ValidationResult result, PrintWriter out);
}
