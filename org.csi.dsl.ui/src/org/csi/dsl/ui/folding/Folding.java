package org.csi.dsl.ui.folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.ide.outline.OutlineNode;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.ReconcileListener;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Display;

/**
 * A fold per element of more than one line, from the outline of each check; a fold that stays where
 * it was keeps its state (folded or not).
 */
public class Folding implements ReconcileListener {

	private final CsiEditor editor;

	private final Map<Position, ProjectionAnnotation> folds = new HashMap<>();

	public Folding(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public void reconciled(PlanSnapshot snapshot) {
		Display.getDefault().asyncExec(() -> {
			if (editor.getSnapshot() == snapshot && editor.getViewer() instanceof ProjectionViewer viewer && viewer.getTextWidget() != null
					&& !viewer.getTextWidget().isDisposed()) {
				update(viewer, snapshot.outline());
			}
		});
	}

	private void update(ProjectionViewer viewer, List<OutlineNode> outline) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		IDocument document = editor.getDocument();
		if (model == null || document == null) {
			return;
		}
		Map<Position, ProjectionAnnotation> wanted = new HashMap<>();
		for (OutlineNode node : outline) {
			if (node.endLine() <= node.startLine()) {
				continue;
			}
			try {
				int start = document.getLineOffset(node.startLine() - 1);
				int endLine = node.endLine() - 1;
				int end = endLine + 1 < document.getNumberOfLines() ? document.getLineOffset(endLine + 1) : document.getLength();
				Position position = new Position(start, end - start);
				ProjectionAnnotation existing = folds.get(position);
				wanted.put(position, existing != null ? existing : new ProjectionAnnotation());
			} catch (BadLocationException e) {
				// the text changed since: the next check folds it
			}
		}
		List<Annotation> deleted = new ArrayList<>();
		folds.forEach((position, annotation) -> {
			if (wanted.get(position) != annotation) {
				deleted.add(annotation);
			}
		});
		Map<ProjectionAnnotation, Position> added = new HashMap<>();
		wanted.forEach((position, annotation) -> {
			if (folds.get(position) != annotation) {
				added.put(annotation, position);
			}
		});
		model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
		folds.clear();
		folds.putAll(wanted);
	}
}
