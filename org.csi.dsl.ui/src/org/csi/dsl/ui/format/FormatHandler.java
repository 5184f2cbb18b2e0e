package org.csi.dsl.ui.format;

import java.util.List;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.DocumentEdits;
import org.csi.headless.PlanFormatter;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import com.google.inject.Inject;

/** Format (Ctrl+Shift+F): lays the plan out exactly as {@code csi format} does. */
public class FormatHandler extends AbstractHandler {

	@Inject
	private PlanFormatter formatter;

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof CsiEditor editor) {
			String problem = format(editor);
			if (problem != null) {
				editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
			}
		}
		return null;
	}

	/** Formats the editor's text; returns why it cannot, or null when done. Public for tests. */
	public String format(CsiEditor editor) {
		String text = editor.getDocument().get();
		String formatted = editor.withCurrentPlan(formatter::format);
		if (formatted == null) {
			return "Cannot format a plan with syntax errors or a repeated clause: fix them first";
		}
		TextEdit edit = minimalEdit(text, formatted);
		if (edit != null) {
			try {
				DocumentEdits.apply(editor.getDocument(), List.of(edit));
			} catch (BadLocationException e) {
				return "The text changed while formatting: try again";
			}
		}
		return null;
	}

	/** One edit that turns {@code before} into {@code after}, leaving the common start and end alone. */
	static TextEdit minimalEdit(String before, String after) {
		if (before.equals(after)) {
			return null;
		}
		int start = 0;
		int max = Math.min(before.length(), after.length());
		while (start < max && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int endBefore = before.length();
		int endAfter = after.length();
		while (endBefore > start && endAfter > start && before.charAt(endBefore - 1) == after.charAt(endAfter - 1)) {
			endBefore--;
			endAfter--;
		}
		return new TextEdit(start, endBefore - start, after.substring(start, endAfter));
	}
}
