package org.csi.dsl.scoping;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Says in the plan's words which kind of element a reference names and could not find. */
public class CsiLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (declaredInSkippedWords(context)) {
			return null; // its declaration was skipped after a typo, which has an error of its own
		}
		EClass type = context.getReference().getEReferenceType();
		String message = "Unknown " + Labels.kindOf(type) + " '" + context.getLinkText()
				+ "': no " + Labels.kindOf(type) + " of that name is declared in this plan set or imported here.";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED, context.getLinkText());
	}

	/** Whether a file of the plan set seems to declare the name among words the parser skipped. */
	private static boolean declaredInSkippedWords(ILinkingDiagnosticContext context) {
		String text = context.getLinkText();
		String name = text.substring(text.lastIndexOf('.') + 1);
		org.eclipse.emf.ecore.resource.Resource resource = context.getContext().eResource();
		if (resource == null) {
			return false;
		}
		java.util.List<org.eclipse.emf.ecore.resource.Resource> resources = resource.getResourceSet() == null ? java.util.List.of(resource)
				: resource.getResourceSet().getResources();
		for (org.eclipse.emf.ecore.resource.Resource each : resources) {
			if (!each.getContents().isEmpty() && each.getContents().get(0) instanceof org.csi.dsl.csi.PlanFile file
					&& !file.getUnknown().isEmpty() && org.csi.dsl.parser.UnknownWords.probablyDeclared(file).contains(name)) {
				return true;
			}
		}
		return false;
	}
}
