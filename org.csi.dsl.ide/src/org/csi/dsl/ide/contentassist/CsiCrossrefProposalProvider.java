package org.csi.dsl.ide.contentassist;

import org.csi.dsl.ide.scoping.VisibleNames;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * One proposal per element a reference may name (Xtext's proposes each of its names: the short
 * one an import allows and the qualified one): the shortest name that resolves from the plan and
 * fits what was typed, with the element's kind, title, step and description as its details.
 */
public class CsiCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Inject
	private VisibleNames visibleNames;

	@Inject
	private IdeContentProposalPriorities priorities;

	@Override
	public void lookupCrossReference(IScope scope, CrossReference crossReference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, Predicate<IEObjectDescription> filter) {
		for (VisibleNames.Visible visible : visibleNames.visible(scope, filter::apply)) {
			if (!acceptor.canAcceptMoreProposals()) {
				return;
			}
			EObject element = VisibleNames.element(visible, context.getCurrentModel());
			for (String name : visible.names()) { // shortest first; the first that fits the prefix
				ContentAssistEntry entry = getProposalCreator().createProposal(name, context, e -> {
					e.setSource(visible.description());
					e.setKind(ContentAssistEntry.KIND_REFERENCE);
					e.setDescription(element == null || element.eIsProxy() ? null : ElementDetails.of(element));
				});
				if (entry != null) {
					// a name an import or the package shortens comes before the qualified ones
					int qualifiers = name.split("\\.").length - 1;
					acceptor.accept(entry, priorities.getCrossRefPriority(visible.description(), entry) - qualifiers);
					break;
				}
			}
		}
	}
}
