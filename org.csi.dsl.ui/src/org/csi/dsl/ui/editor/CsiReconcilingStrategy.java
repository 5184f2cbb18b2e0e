package org.csi.dsl.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/** Runs the editor's check of its text in the reconciler's background thread. */
public class CsiReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final CsiEditor editor;

	private IProgressMonitor monitor = new NullProgressMonitor();

	public CsiReconcilingStrategy(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		run();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		run();
	}

	@Override
	public void reconcile(IRegion partition) {
		run();
	}

	private void run() {
		IProgressMonitor current = monitor;
		editor.reconcile(current::isCanceled);
	}
}
