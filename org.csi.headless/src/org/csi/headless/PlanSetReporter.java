package org.csi.headless;

import org.csi.dsl.common.Finding;
import org.csi.dsl.measures.DataResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.csi.report.CsiGenerator;
import org.csi.report.ReportRequest;
import org.csi.report.ReportFormat;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.RuntimeIOException;

import com.google.inject.Inject;

/** Runs the generator over a plan set and writes every plan's reports into one folder. */
public class PlanSetReporter {

	@Inject
	private CsiGenerator generator;

	/** @return the files written */
	public List<Path> report(PlanSet planSet, List<Finding> findings, Path outputFolder, Set<ReportFormat> formats, String reportDate,
			Function<Path, String> fileLabel) throws PlanSetException {
		return report(planSet, findings, DataResult.NONE, outputFolder, formats, reportDate, fileLabel);
	}

	/** The reports with the figures of the measures computed from data. @return the files written */
	public List<Path> report(PlanSet planSet, List<Finding> findings, DataResult data, Path outputFolder, Set<ReportFormat> formats,
			String reportDate, Function<Path, String> fileLabel) throws PlanSetException {
		return report(planSet, findings, data, outputFolder, null, formats, reportDate, fileLabel);
	}

	/**
	 * As above, into an output folder that must stay inside {@code container} (a project; null:
	 * the folder is the user's explicit choice). @return the files written
	 */
	public List<Path> report(PlanSet planSet, List<Finding> findings, DataResult data, Path outputFolder, Path container,
			Set<ReportFormat> formats, String reportDate, Function<Path, String> fileLabel) throws PlanSetException {
		if (container != null) {
			ReportFileSystemAccess.requireInside(outputFolder, container);
		}
		ReportFileSystemAccess fsa;
		try {
			fsa = new ReportFileSystemAccess(outputFolder);
		} catch (IOException e) {
			throw new PlanSetException(outputFolder + ": cannot create the output folder (" + e.getMessage() + ")");
		}
		ReportRequest request = new ReportRequest(formats, findings, fileLabel, reportDate, data, CancelIndicator.NullImpl);
		try {
			for (Resource resource : List.copyOf(planSet.resourceSet().getResources())) {
				generator.doGenerate(resource, fsa, request);
			}
		} catch (RuntimeIOException e) {
			String reason = e.getCause() != null ? e.getCause().toString() : e.getMessage();
			throw new PlanSetException("cannot write reports: " + reason);
		}
		return fsa.written();
	}
}
