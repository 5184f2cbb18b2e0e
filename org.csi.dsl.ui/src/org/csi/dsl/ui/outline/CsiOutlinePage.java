package org.csi.dsl.ui.outline;

import java.util.List;

import org.csi.dsl.ide.highlighting.HighlightStyle;
import org.csi.dsl.ide.outline.OutlineNode;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.ReconcileListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
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
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((OutlineNode) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}

			@Override
			public Image getImage(Object element) {
				return CsiUiPlugin.image(iconOf(((OutlineNode) element).step()));
			}
		});
		viewer.setInput(editor.getSnapshot().outline());
	}

	public static String iconOf(HighlightStyle step) {
		if (step == null) {
			return CsiUiPlugin.ICON_ELEMENT;
		}
		return switch (step) {
		case STEP_STRATEGY -> CsiUiPlugin.ICON_STRATEGY;
		case STEP_SHOULD -> CsiUiPlugin.ICON_SHOULD;
		case STEP_CAN -> CsiUiPlugin.ICON_CAN;
		case STEP_DATA -> CsiUiPlugin.ICON_DATA;
		case STEP_ACTION -> CsiUiPlugin.ICON_ACTION;
		default -> CsiUiPlugin.ICON_ELEMENT;
		};
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
