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
		EClass type = context.getReference().getEReferenceType();
		String message = "Unknown " + Labels.kindOf(type) + " '" + context.getLinkText()
				+ "': no " + Labels.kindOf(type) + " of that name is declared in this plan set or imported here.";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED, context.getLinkText());
	}
}
