package org.csi.dsl.ui.outline;

import java.util.List;
import java.util.Locale;

import org.csi.dsl.ide.outline.OutlineNode;
import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Quick Outline (Ctrl+O): the plan's outline in a popup over the editor. Typing filters it to
 * the elements whose label holds what was typed (and the elements they belong to); Enter, or a
 * click, selects the element's name in the editor and closes the popup; Escape closes it.
 */
public class QuickOutlinePopup extends PopupDialog {

	private final CsiEditor editor;

	private Text filterText;

	private TreeViewer viewer;

	private String filter = "";

	public QuickOutlinePopup(Shell parent, CsiEditor editor) {
		super(parent, SWT.RESIZE, true, false, false, false, false, "", "Type to filter, Enter to go to the element");
		this.editor = editor;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filterText = new Text(parent, SWT.NONE);
		filterText.setMessage("Filter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		filterText.addModifyListener(event -> setFilter(filterText.getText()));
		filterText.addListener(SWT.DefaultSelection, event -> goToSelection());
		filterText.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_UP) {
				viewer.getTree().setFocus();
			}
		});
		return filterText;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(viewer.getControl());
		OutlineTree.configure(viewer);
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches((OutlineNode) element);
			}
		});
		viewer.addOpenListener(event -> goToSelection());
		viewer.getTree().addListener(SWT.DefaultSelection, event -> goToSelection());
		viewer.setInput(editor.getSnapshot().outline());
		viewer.expandAll();
		selectFirst();
		return viewer.getControl();
	}

	/** Whether a node, or one of its children, holds the filter in its label. */
	private boolean matches(OutlineNode node) {
		return node.label().toLowerCase(Locale.ROOT).contains(filter) || node.children().stream().anyMatch(this::matches);
	}

	/** Shows only the elements whose label holds {@code text}, and selects the first. */
	public void setFilter(String text) {
		filter = text.toLowerCase(Locale.ROOT).strip();
		viewer.getControl().setRedraw(false);
		viewer.refresh();
		viewer.expandAll();
		viewer.getControl().setRedraw(true);
		selectFirst();
	}

	private void selectFirst() {
		TreeItem[] items = viewer.getTree().getItems();
		OutlineNode first = items.length == 0 ? null : firstMatch(items);
		viewer.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first), true);
	}

	/** The first item, in tree order, whose own label holds the filter. */
	private OutlineNode firstMatch(TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getData() instanceof OutlineNode node && node.label().toLowerCase(Locale.ROOT).contains(filter)) {
				return node;
			}
			OutlineNode child = firstMatch(item.getItems());
			if (child != null) {
				return child;
			}
		}
		return null;
	}

	/** Selects the name of the selected element in the editor and closes the popup. */
	public void goToSelection() {
		if (viewer.getStructuredSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			close();
			editor.selectAndReveal(node.nameOffset(), node.nameLength());
			editor.setFocus();
		}
	}

	/** The labels shown, in tree order, children indented by two spaces; for tests. */
	public List<String> shownLabels() {
		List<String> labels = new java.util.ArrayList<>();
		collect(viewer.getTree().getItems(), "", labels);
		return labels;
	}

	private static void collect(TreeItem[] items, String indent, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(indent + item.getText());
			collect(item.getItems(), indent + "  ", labels);
		}
	}

	/** The filter field, for tests that type into it. */
	public Text getFilterText() {
		return filterText;
	}

	@Override
	protected Control getFocusControl() {
		return filterText;
	}

	/** Wide enough for the labels (an element's title is part of its label), up to two thirds of the screen. */
	@Override
	protected Point getDefaultSize() {
		int width = 450;
		if (getContents() != null) {
			int natural = getContents().computeSize(org.eclipse.swt.SWT.DEFAULT, org.eclipse.swt.SWT.DEFAULT).x + 24;
			width = Math.max(width, Math.min(natural, getShell().getDisplay().getClientArea().width * 2 / 3));
		}
		return new Point(width, 350);
	}
}
