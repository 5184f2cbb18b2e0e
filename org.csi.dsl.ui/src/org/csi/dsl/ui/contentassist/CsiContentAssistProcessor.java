package org.csi.dsl.ui.contentassist;

import java.util.List;

import org.csi.dsl.ide.contentassist.CsiContentAssist;
import org.csi.dsl.ide.contentassist.Proposal;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

import com.google.inject.Inject;

/**
 * Content assist of the editor: keywords in context, names of elements across the project's
 * plans, and templates for each step of the cycle. Computed off the UI thread (the assistant is
 * asynchronous).
 */
public class CsiContentAssistProcessor implements IContentAssistProcessor {

	@Inject
	private CsiContentAssist assist;

	private final CsiEditor editor;

	public CsiContentAssistProcessor(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		List<Proposal> proposals = proposals(text, offset);
		return proposals.stream().map(CsiContentAssistProcessor::toCompletion).toArray(ICompletionProposal[]::new);
	}

	/** The proposals at an offset of the editor's text; public for tests. */
	public List<Proposal> proposals(String text, int offset) {
		return editor.withCurrentPlan(resource -> assist.proposals(resource, text, offset));
	}

	private static ICompletionProposal toCompletion(Proposal proposal) {
		String image = switch (proposal.kind()) {
		case Proposal.TEMPLATE -> CsiUiPlugin.ICON_PLAN;
		case Proposal.REFERENCE -> CsiUiPlugin.ICON_ELEMENT;
		default -> null;
		};
		return new CompletionProposal(proposal.text(), proposal.replaceOffset(), proposal.replaceLength(), proposal.text().length(),
				image == null ? null : CsiUiPlugin.image(image), proposal.label(), null, proposal.description());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
