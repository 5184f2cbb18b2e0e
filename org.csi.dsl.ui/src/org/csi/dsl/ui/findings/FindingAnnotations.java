package org.csi.dsl.ui.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.ide.quickfix.QuickFixes;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.ReconcileListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The findings of the text being typed, as annotations of the editor (squiggles, ruler icons,
 * hovers): those of the last check replace the ones before, in the reconciler's thread, before the
 * check counts as done.
 */
public class FindingAnnotations implements ReconcileListener {

	private final CsiEditor editor;

	public FindingAnnotations(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public void reconciled(PlanSnapshot snapshot) {
		IAnnotationModel model = editor.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		List<Annotation> old = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (annotation instanceof CsiAnnotation) {
				old.add(annotation);
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : snapshot.issues()) {
			if (issue.getOffset() == null || issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			added.put(new CsiAnnotation(issue, QuickFixes.isFixable(issue.getCode())),
					new Position(issue.getOffset(), Math.max(0, issue.getLength())));
		}
		extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
	}
}
