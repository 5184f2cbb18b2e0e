package org.csi.dsl.ui.editor;

import org.csi.dsl.ide.workspace.PlanSnapshot;

/**
 * A part of the editor that shows what a check of the text found: the findings, the colours, the
 * folds, the outline. Called in the reconciler's thread after each check whose text is still the
 * editor's; a listener that touches widgets hops to the display itself.
 */
public interface ReconcileListener {

	void reconciled(PlanSnapshot snapshot);
}
