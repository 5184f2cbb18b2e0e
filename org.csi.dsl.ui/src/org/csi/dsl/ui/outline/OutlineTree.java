package org.csi.dsl.ui.outline;

import java.util.List;

import org.csi.dsl.ide.highlighting.HighlightStyle;
import org.csi.dsl.ide.outline.OutlineNode;
import org.csi.dsl.ui.CsiUiPlugin;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;

/** How the Outline view and the Quick Outline show a plan's outline: its nodes, each with its label and its step's icon. */
final class OutlineTree {

	private OutlineTree() {
	}

	/** Makes {@code viewer} show a list of {@link OutlineNode}s as its input. */
	static void configure(TreeViewer viewer) {
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
	}

	/** The icon of a step of the cycle, as in the Outline. */
	static String iconOf(HighlightStyle step) {
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
}
