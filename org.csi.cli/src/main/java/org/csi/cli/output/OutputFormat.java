package org.csi.cli.output;

import java.util.function.Supplier;

/** The output formats of {@code csi validate}, by the name given to {@code --format}. */
public enum OutputFormat {
	TEXT(TextFindingsWriter::new), JSON(JsonFindingsWriter::new), SARIF(SarifFindingsWriter::new), JUNIT(JunitFindingsWriter::new),
	CHECKSTYLE(CheckstyleFindingsWriter::new), GITHUB(GithubFindingsWriter::new);

	private final Supplier<FindingsWriter> writer;

	OutputFormat(Supplier<FindingsWriter> writer) {
		this.writer = writer;
	}

	public FindingsWriter writer() {
		return writer.get();
	}
}
