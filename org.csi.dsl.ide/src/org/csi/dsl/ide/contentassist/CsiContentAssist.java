package org.csi.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.csi.dsl.services.CsiGrammarAccess;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * Completion at an offset of a plan: the keywords that may follow, the names of goals, measures,
 * roles, sources and the rest across every plan of the resource set, and where a new element may
 * start, a template for each step of the cycle. Built on Xtext's UI-free content assist.
 */
@Singleton
public class CsiContentAssist {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "csi content assist");
		thread.setDaemon(true);
		return thread;
	});

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	@Inject
	private CsiGrammarAccess grammar;

	/** The proposals at {@code offset} of {@code text}, the current text of {@code resource}. */
	public List<Proposal> proposals(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<Proposal> proposals = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		// the word being typed: a context that took it as a finished unknown word has none
		String prefix = Arrays.stream(contexts).map(ContentAssistContext::getPrefix).max(java.util.Comparator.comparingInt(String::length))
				.orElse("");
		if (contexts.length > 0 && elementMayStart(contexts)) {
			for (CsiTemplates.Template template : CsiTemplates.ALL) {
				if (template.name().startsWith(prefix)) {
					proposals.add(new Proposal(template.name() + " - template", template.text(), offset - prefix.length(),
							prefix.length(), Proposal.TEMPLATE, template.description()));
				}
			}
		}
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			int length = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
			if (length < prefix.length() || !seen.add(entry.getProposal())) {
				continue; // shorter: it would follow the word being typed ("Fa,"), not complete it
			}
			String kind = ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind()) ? Proposal.KEYWORD : Proposal.REFERENCE;
			proposals.add(new Proposal(label, entry.getProposal(), offset - length, length, kind, entry.getDescription()));
		}
		return proposals;
	}

	/** Whether the keyword that opens a should-measure may stand here: then any element may. */
	private boolean elementMayStart(ContentAssistContext[] contexts) {
		Keyword should = grammar.getShouldMeasureAccess().getShouldKeyword_0();
		for (ContentAssistContext context : contexts) {
			if (proposalProvider instanceof CsiProposalProvider csi && !csi.elementMayStart(context)) {
				continue;
			}
			for (AbstractElement element : context.getFirstSetGrammarElements()) {
				if (element == should) {
					return true;
				}
			}
		}
		return false;
	}
}
