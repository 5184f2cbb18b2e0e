package org.csi.dsl.ui.editor;

import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/** The editor's reconciler, which can also be asked to check the text when another plan changed. */
public class CsiReconciler extends MonoReconciler {

	public CsiReconciler(IReconcilingStrategy strategy) {
		super(strategy, false);
	}

	/** Checks the whole text again soon, although it did not change. */
	public void checkNow() {
		forceReconciling();
	}
}
