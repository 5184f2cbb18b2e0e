package org.csi.dsl.tests.editor;

import java.util.List;

import org.csi.dsl.ide.highlighting.SemanticHighlighter;
import org.csi.dsl.ide.outline.OutlineBuilder;
import org.csi.dsl.ide.workspace.PlanReconciler;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * What the Eclipse editor's reconciler computes of the file in front of the user after the text
 * changed ({@code PlanReconciler} in org.csi.dsl.ui): its findings, its colours and its outline,
 * possibly cancelled half-way because the user typed on.
 */
final class ReconcilerRun {

	private final SemanticHighlighter highlighter = EditorFixture.injector().getInstance(SemanticHighlighter.class);

	private final OutlineBuilder outlines = EditorFixture.injector().getInstance(OutlineBuilder.class);

	/** The findings of the file; {@code cancelAfter} questions of "cancelled?" are answered no, the rest yes (-1: never cancelled). */
	List<Issue> reconcile(PlanWorkspace workspace, URI uri, int cancelAfter) {
		CancelIndicator cancel = cancelAfter < 0 ? CancelIndicator.NullImpl : new CancelIndicator() {
			private int asked;

			@Override
			public boolean isCanceled() {
				return asked++ >= cancelAfter;
			}
		};
		List<Issue> issues = workspace.validate(uri, cancel);
		workspace.read(set -> {
			XtextResource resource = (XtextResource) set.getResource(uri, false);
			highlighter.highlight(resource, cancel);
			return outlines.outline(resource);
		});
		return issues;
	}
}
