package org.csi.dsl.ide.workspace;

import java.util.List;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.highlighting.HighlightedRange;
import org.csi.dsl.ide.highlighting.SemanticHighlighter;
import org.csi.dsl.ide.outline.OutlineBuilder;
import org.csi.dsl.ide.outline.OutlineNode;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Brings a plan of the workspace up to the text of its editor and computes what the editor shows
 * of it. Runs off the UI thread; only the parts of the file around the edits since the last run
 * are re-parsed.
 */
public class PlanReconciler {

	@Inject
	private SemanticHighlighter highlighter;

	@Inject
	private OutlineBuilder outlineBuilder;

	/**
	 * Brings the workspace's copy of the plan to {@code text}: by the edits made since the last
	 * call when there are any, else by a whole parse unless the copy has the text already.
	 */
	public XtextResource synchronize(PlanWorkspace workspace, URI uri, List<TextEdit> edits, String text) {
		return workspace.write(set -> {
			XtextResource resource = (XtextResource) set.getResource(uri, false);
			if (!edits.isEmpty() && resource != null) {
				return workspace.update(uri, edits, text);
			}
			if (resource != null && resource.getParseResult() != null && resource.getParseResult().getRootNode() != null
					&& text.equals(resource.getParseResult().getRootNode().getText())) {
				return resource;
			}
			return workspace.setText(uri, text);
		});
	}

	/** Findings, colours and outline of the plan at {@code uri}, whose text is {@code text}. */
	public PlanSnapshot reconcile(PlanWorkspace workspace, URI uri, List<TextEdit> edits, String text, CancelIndicator cancel) {
		synchronize(workspace, uri, edits, text);
		List<Issue> issues = workspace.validate(uri, cancel);
		return workspace.read(set -> {
			XtextResource resource = (XtextResource) set.getResource(uri, false);
			List<HighlightedRange> highlights = highlighter.highlight(resource, cancel);
			List<OutlineNode> outline = outlineBuilder.outline(resource);
			return new PlanSnapshot(text, issues, highlights, outline);
		});
	}
}
