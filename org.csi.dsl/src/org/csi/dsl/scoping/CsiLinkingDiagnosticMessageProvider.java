package org.csi.dsl.scoping;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.validation.IssueCodes;
import org.csi.dsl.csi.CsiPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/**
 * Says in the plan's words which kind of element a reference names and could not find, or, when
 * the name is an element of another kind, what it is: "'T' is a tactical goal, not a critical
 * success factor".
 */
public class CsiLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	/** A reference to any named element: what a name means where it is written, whatever the clause takes. */
	private static final EReference ANY_ELEMENT = anyElement();

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter names;

	private static EReference anyElement() {
		EReference reference = EcoreFactory.eINSTANCE.createEReference();
		reference.setName("anyElement");
		reference.setEType(CsiPackage.Literals.NAMED);
		return reference;
	}

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (declaredInSkippedWords(context)) {
			return null; // its declaration was skipped after a typo, which has an error of its own
		}
		EClass type = context.getReference().getEReferenceType();
		IEObjectDescription other = elementOfAnotherKind(context);
		if (other != null) {
			// it is declared and visible, but the clause takes another kind of element
			return new DiagnosticMessage("'" + context.getLinkText() + "' is " + Labels.aKindOf(other.getEClass()) + ", not "
					+ Labels.aKindOf(type) + ".", Severity.ERROR, IssueCodes.UNRESOLVED, context.getLinkText());
		}
		String message = "Unknown " + Labels.kindOf(type) + " '" + context.getLinkText()
				+ "': no " + Labels.kindOf(type) + " of that name is declared in this plan set or imported here.";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED, context.getLinkText());
	}

	/** The element of any kind that the reference's text names where it is written, or null. */
	private IEObjectDescription elementOfAnotherKind(ILinkingDiagnosticContext context) {
		String text = context.getLinkText();
		if (text == null || text.isEmpty() || context.getContext() == null || context.getContext().eResource() == null
				|| !declaredAnywhere(context.getContext().eResource(), text.substring(text.lastIndexOf('.') + 1))) {
			return null;
		}
		try {
			return scopeProvider.getScope(context.getContext(), ANY_ELEMENT).getSingleElement(names.toQualifiedName(text));
		} catch (IllegalArgumentException e) {
			return null; // not a qualified name (an empty segment in half-typed text)
		}
	}

	/**
	 * Whether any plan of the set declares an element of that simple name: a scan of the plans' elements,
	 * far cheaper than the scope of every element (which a typo in a long plan would otherwise build on
	 * every keystroke), so that the scope is asked only when the name may be an element of another kind.
	 */
	private static boolean declaredAnywhere(org.eclipse.emf.ecore.resource.Resource resource, String name) {
		java.util.List<org.eclipse.emf.ecore.resource.Resource> resources = resource.getResourceSet() == null ? java.util.List.of(resource)
				: resource.getResourceSet().getResources();
		for (org.eclipse.emf.ecore.resource.Resource each : resources) {
			if (!each.getContents().isEmpty() && each.getContents().get(0) instanceof org.csi.dsl.csi.PlanFile file) {
				for (org.csi.dsl.csi.Element element : file.getElements()) {
					if (element instanceof org.csi.dsl.csi.Named named && name.equals(named.getName())) {
						return true;
					}
				}
			}
		}
		return false;
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
