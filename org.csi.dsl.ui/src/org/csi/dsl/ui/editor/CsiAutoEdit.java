package org.csi.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * Typing help: a typed quote gets its closing quote, and typing the closing quote steps over it;
 * a new line keeps the indentation of the line before (the clauses of an element).
 */
public class CsiAutoEdit implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if ("\"".equals(command.text) && command.length == 0) {
				quote(document, command);
			} else if (command.length == 0 && command.text != null && isLineDelimiter(document, command.text)) {
				newLine(document, command);
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void quote(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		boolean insideText = before.chars().filter(c -> c == '"').count() % 2 == 1;
		char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\n';
		if (insideText && next == '"') {
			command.text = ""; // step over the closing quote
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		} else if (!insideText && (Character.isWhitespace(next) || next == ',')) {
			command.text = "\"\"";
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		}
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String text = document.get(line.getOffset(), command.offset - line.getOffset());
		command.text = command.text + text.substring(0, text.length() - text.stripLeading().length());
	}

	private static boolean isLineDelimiter(IDocument document, String text) {
		for (String delimiter : document.getLegalLineDelimiters()) {
			if (delimiter.equals(text)) {
				return true;
			}
		}
		return false;
	}
}
