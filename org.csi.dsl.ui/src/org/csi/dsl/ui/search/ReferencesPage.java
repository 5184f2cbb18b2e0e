package org.csi.dsl.ui.search;

import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.dsl.ui.editor.Editors;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.PartInitException;

/** The Search view's page for references: one row per reference, "file:line: text". */
public class ReferencesPage extends AbstractTextSearchViewPage {

	public ReferencesPage() {
		super(AbstractTextSearchViewPage.FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		refresh();
	}

	@Override
	protected void clear() {
		refresh();
	}

	private void refresh() {
		StructuredViewer viewer = getViewer();
		if (viewer != null && getInput() != null) {
			viewer.setInput(getInput().getElements());
		}
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		throw new IllegalStateException("the references page has a flat layout only");
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public Image getImage(Object element) {
				return CsiUiPlugin.image(CsiUiPlugin.ICON_PLAN);
			}
		});
		viewer.setComparator(new ViewerComparator());
	}

	@Override
	protected void showMatch(Match match, int currentOffset, int currentLength, boolean activate) throws PartInitException {
		if (match.getElement() instanceof Reference reference) {
			Editors.open(new Location(ProjectPlans.uriOf(reference.file()), currentOffset, currentLength, reference.line()));
		}
	}

}
