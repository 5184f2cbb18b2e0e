package org.csi.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * A plan's resource. When a reference resolves, Xtext removes the linking error it may have had by
 * writing that error's message again and looking for an equal one, for every reference of the plan
 * as soon as the plan has any error or warning. csi's messages look further than the reference's
 * own kind ("'T' is a tactical goal, not a critical success factor"), so that cost a search of the
 * plan set per reference on every keystroke: here the error is found by where it is instead.
 */
public class CsiLinkingResource extends LazyLinkingResource {

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (getErrors().isEmpty() && getWarnings().isEmpty()) {
			return;
		}
		INode node = triple.getThird();
		if (node == null) {
			super.removeDiagnostic(triple);
			return;
		}
		getErrors().removeIf(diagnostic -> at(diagnostic, node));
		getWarnings().removeIf(diagnostic -> at(diagnostic, node));
	}

	/** Whether a diagnostic is the linking error of the reference written at that node. */
	private static boolean at(Resource.Diagnostic diagnostic, INode node) {
		return diagnostic instanceof XtextLinkingDiagnostic linking && linking.getOffset() == node.getOffset()
				&& linking.getLength() == node.getLength();
	}
}
