package org.csi.dsl.ui.editor;

import org.csi.dsl.ui.CsiUiPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.service.OperationCanceledManager;

import com.google.inject.Inject;

/**
 * Runs the editor's check of its text in the reconciler's background thread. What the check throws
 * stays here: the platform's reconciler has one thread per editor and does not catch, so an
 * escaped exception ended it, and the editor showed nothing more until it was reopened (issue 14).
 * A cancelled check (Xtext's OperationCanceledError) is dropped: the text changed, and the next
 * check runs soon. Any other failure is logged, and the next change is checked again. Only an
 * error of the virtual machine (out of memory) is let through.
 */
public class CsiReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final CsiEditor editor;

	private IProgressMonitor monitor = new NullProgressMonitor();

	@Inject
	private OperationCanceledManager cancellations;

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
		try {
			editor.reconcile(current::isCanceled);
		} catch (VirtualMachineError e) {
			throw e; // out of memory: nothing to go on with
		} catch (RuntimeException | Error e) {
			if (!cancellations.isOperationCanceledException(e)) {
				CsiUiPlugin.log("Checking " + editor.getTitle() + " failed; it is checked again at the next change", e);
			}
		}
	}
}
