package org.csi.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ide.quickfix.QuickFixes;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.builder.Markers;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.DocumentEdits;
import org.csi.dsl.ui.findings.CsiAnnotation;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/** Quick fixes (Ctrl+1) for the findings at the cursor. */
public class CsiQuickAssistProcessor implements IQuickAssistProcessor {

	@Inject
	private QuickFixes quickFixes;

	@Inject
	private CsiMarkerResolutions markerResolutions;

	private final CsiEditor editor;

	public CsiQuickAssistProcessor(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof CsiAnnotation csi && QuickFixes.isFixable(csi.getIssue().getCode())
				|| dataMarker(annotation) != null;
	}

	/** The marker of a finding of the last data run that an annotation shows, when it has fixes; else null. */
	private static IMarker dataMarker(Annotation annotation) {
		if (annotation instanceof MarkerAnnotation markerAnnotation && markerAnnotation.getMarker().exists()
				&& markerAnnotation.getMarker().getAttribute(Markers.FROM_DATA, false)
				&& QuickFixes.isFixable(markerAnnotation.getMarker().getAttribute(Markers.CODE, null))) {
			return markerAnnotation.getMarker();
		}
		return null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		return fixesAt(context.getOffset()).stream().map(fix -> new FixProposal(editor.getDocument(), fix))
				.toArray(ICompletionProposal[]::new);
	}

	/**
	 * The fixes of every finding at an offset of the editor's text: those of the text being typed, and
	 * those of the last data run (its markers, such as the verdict on an action); public for tests.
	 */
	public List<QuickFix> fixesAt(int offset) {
		List<Issue> issues = new ArrayList<>();
		List<IMarker> dataMarkers = new ArrayList<>();
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			Position position = model.getPosition(annotation);
			if (position == null || position.getOffset() > offset || offset > position.getOffset() + position.getLength()) {
				return;
			}
			if (annotation instanceof CsiAnnotation csi) {
				issues.add(csi.getIssue());
			} else if (dataMarker(annotation) != null) {
				dataMarkers.add(dataMarker(annotation));
			}
		});
		List<QuickFix> fromData = new ArrayList<>();
		for (IMarker marker : dataMarkers) {
			fromData.addAll(markerResolutions.fixesOf(marker));
		}
		String text = editor.getDocument().get();
		return editor.getWorkspace().read(set -> {
			XtextResource resource = (XtextResource) set.getResource(editor.getPlanUri(), false);
			List<QuickFix> fixes = new ArrayList<>();
			if (resource == null || !text.equals(resource.getParseResult().getRootNode().getText())) {
				return fixes; // typed since the last check: offsets would not fit
			}
			for (Issue issue : issues) {
				fixes.addAll(quickFixes.fixes(resource, issue));
			}
			fixes.addAll(fromData);
			return fixes;
		});
	}

	/** A fix in the Ctrl+1 list. */
	static final class FixProposal implements ICompletionProposal {

		private final IDocument document;
		private final QuickFix fix;

		FixProposal(IDocument document, QuickFix fix) {
			this.document = document;
			this.fix = fix;
		}

		@Override
		public void apply(IDocument target) {
			try {
				DocumentEdits.apply(document, fix.edits());
			} catch (BadLocationException e) {
				CsiUiPlugin.log("Cannot apply the quick fix '" + fix.label() + "'", e);
			}
		}

		@Override
		public Point getSelection(IDocument target) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.edits().isEmpty() ? null : "Inserts:\n" + fix.edits().get(0).text().strip();
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return CsiUiPlugin.image(CsiUiPlugin.ICON_PLAN);
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
