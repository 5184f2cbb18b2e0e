package org.csi.dsl.ui.editor;

import org.csi.dsl.ide.highlighting.HighlightStyle;
import org.csi.dsl.ui.contentassist.CsiContentAssistProcessor;
import org.csi.dsl.ui.highlighting.CsiColors;
import org.csi.dsl.ui.highlighting.CsiTokenScanner;
import org.csi.dsl.ui.hover.CsiHover;
import org.csi.dsl.ui.hover.HoverControl;
import org.csi.dsl.ui.navigation.CsiHyperlinkDetector;
import org.csi.dsl.ui.quickfix.CsiQuickAssistProcessor;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** How the editor's viewer colours, checks, completes, explains and links plan text. */
public class CsiSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final CsiEditor editor;

	public CsiSourceViewerConfiguration(CsiEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return CsiDocumentSetup.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return CsiDocumentSetup.CONTENT_TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(CsiDocumentSetup.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(new CsiTokenScanner());
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(single(CsiColors.of(HighlightStyle.COMMENT)));
		reconciler.setDamager(comment, CsiDocumentSetup.COMMENT);
		reconciler.setRepairer(comment, CsiDocumentSetup.COMMENT);
		DefaultDamagerRepairer string = new DefaultDamagerRepairer(single(CsiColors.of(HighlightStyle.STRING)));
		reconciler.setDamager(string, CsiDocumentSetup.STRING);
		reconciler.setRepairer(string, CsiDocumentSetup.STRING);
		return reconciler;
	}

	private static RuleBasedScanner single(TextAttribute attribute) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(attribute));
		return scanner;
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
		// in texts too: that is where the closing quote is typed
		return CsiDocumentSetup.COMMENT.equals(contentType) ? super.getAutoEditStrategies(sourceViewer, contentType)
				: new IAutoEditStrategy[] { new CsiAutoEdit() };
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		CsiReconciler reconciler = new CsiReconciler(editor.injected(new CsiReconcilingStrategy(editor)));
		reconciler.setDelay(CsiEditor.RECONCILE_DELAY_MS);
		editor.setReconciler(reconciler);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant(true);
		assistant.setDocumentPartitioning(CsiDocumentSetup.PARTITIONING);
		CsiContentAssistProcessor processor = editor.injected(new CsiContentAssistProcessor(editor));
		assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.enableAutoInsert(false);
		assistant.setStatusLineVisible(true);
		assistant.setStatusMessage("Keywords, references across the project's plans, and a template for each step");
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return editor.injected(new CsiHover(editor));
	}

	/**
	 * Hovers, the details of proposals and of quick fixes show plain text in a {@link HoverControl},
	 * with the "Press F2 for focus" status: what a plan says (a description, a name) shows as
	 * written, never as markup, and long lines wrap instead of being cut off (the details of a
	 * proposal were cut at the pane's edge: issue 14's trial).
	 */
	@Override
	public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
		return parent -> new HoverControl(parent, EditorsUI.getTooltipAffordanceString());
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
		IHyperlinkDetector[] detectors = new IHyperlinkDetector[(inherited == null ? 0 : inherited.length) + 1];
		detectors[0] = editor.injected(new CsiHyperlinkDetector(editor));
		if (inherited != null) {
			System.arraycopy(inherited, 0, detectors, 1, inherited.length);
		}
		return detectors;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(editor.injected(new CsiQuickAssistProcessor(editor)));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}
}
