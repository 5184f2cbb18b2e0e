package org.csi.dsl.ui.outline;

import java.util.List;

import org.csi.dsl.ide.outline.OutlineNode;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.ReconcileListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline view of a plan: its elements in the order of the file, each with its step's icon. */
public class CsiOutlinePage extends ContentOutlinePage implements ReconcileListener {

	private final CsiEditor editor;

	public CsiOutlinePage(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		OutlineTree.configure(viewer);
		viewer.setInput(editor.getSnapshot().outline());
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(node.nameOffset(), node.nameLength());
		}
	}

	/** The tree of the outline, for tests. */
	public TreeViewer getViewer() {
		return getTreeViewer();
	}

	@Override
	public void reconciled(PlanSnapshot snapshot) {
		Display.getDefault().asyncExec(() -> {
			if (editor.getSnapshot() == snapshot) {
				show(snapshot.outline());
			}
		});
	}

	private void show(List<OutlineNode> outline) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().setRedraw(false);
		viewer.setInput(outline);
		viewer.expandToLevel(1);
		viewer.getControl().setRedraw(true);
	}
}
