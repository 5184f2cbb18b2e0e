package org.csi.report;

import org.csi.dsl.measures.DataResult;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.csi.dsl.common.Finding;
import org.csi.report.ReportFormat;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What {@link CsiGenerator} should produce: the formats, the findings to show, how to name
 * files in the report, an optional report date, and the figures of the measures computed from data. Without a request (a plain Xtext
 * generator context) every format is produced, without findings and without a date.
 */
public record ReportRequest(Set<ReportFormat> formats, List<Finding> findings, Function<Path, String> fileLabel, String reportDate,
		DataResult data, CancelIndicator cancelIndicator) implements IGeneratorContext {

	public static ReportRequest defaults(CancelIndicator cancelIndicator) {
		return new ReportRequest(EnumSet.allOf(ReportFormat.class), List.of(), path -> path.getFileName().toString(), null,
				DataResult.NONE, cancelIndicator == null ? CancelIndicator.NullImpl : cancelIndicator);
	}

	@Override
	public CancelIndicator getCancelIndicator() {
		return cancelIndicator;
	}
}
