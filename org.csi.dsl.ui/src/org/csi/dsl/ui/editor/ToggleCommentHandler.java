package org.csi.dsl.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Toggle Comment (Ctrl+/): comments the selected lines out with {@code //}, or back in. */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof CsiEditor editor) {
			toggle(editor);
		}
		return null;
	}

	/** Toggles the comment of the lines of the editor's selection; public for tests. */
	public static void toggle(CsiEditor editor) {
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		int operation = allCommented(editor.getDocument(), selection) ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX;
		if (target.canDoOperation(operation)) {
			target.doOperation(operation);
		}
	}

	private static boolean allCommented(IDocument document, ITextSelection selection) {
		try {
			int last = selection.getEndLine();
			if (selection.getLength() > 0 && document.getLineOffset(last) == selection.getOffset() + selection.getLength()) {
				last--; // a selection up to the start of a line does not take that line
			}
			boolean any = false;
			for (int line = selection.getStartLine(); line <= last; line++) {
				String text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
				if (text.isEmpty()) {
					continue;
				}
				if (!text.startsWith("//")) {
					return false;
				}
				any = true;
			}
			return any;
		} catch (BadLocationException e) {
			return false;
		}
	}
}
