package org.csi.report;

import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.Plan;
import org.csi.dsl.csi.PlanFile;
import org.csi.report.PlanReport;
import org.csi.report.PlanReportBuilder;
import org.csi.report.ReportFormat;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

import com.google.inject.Inject;

/**
 * Xtext's generator for csi: for every plan declared in a file, the reports of that plan (the
 * plan's whole package, across files) in the requested formats, named after the plan's
 * qualified name. The CLI and the Eclipse builder run this same class.
 */
public class CsiGenerator extends AbstractGenerator {

	@Inject
	private PlanReportBuilder builder;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		ReportRequest request = context instanceof ReportRequest r ? r : ReportRequest.defaults(context.getCancelIndicator());
		for (EObject root : resource.getContents()) {
			if (!(root instanceof PlanFile file)) {
				continue;
			}
			for (Element element : file.getElements()) {
				if (request.getCancelIndicator().isCanceled()) {
					return;
				}
				if (element instanceof Plan plan && plan.getName() != null) {
					generate(plan, fsa, request);
				}
			}
		}
	}

	private void generate(Plan plan, IFileSystemAccess2 fsa, ReportRequest request) {
		PlanReport report = builder.build(plan, request.findings(), request.fileLabel(), request.reportDate(), request.data());
		for (ReportFormat format : request.formats()) {
			fsa.generateFile(format.fileName(report.qualifiedName()), format.renderer().render(report));
		}
	}
}
