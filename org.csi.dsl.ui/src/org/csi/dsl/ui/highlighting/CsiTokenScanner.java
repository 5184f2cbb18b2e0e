package org.csi.dsl.ui.highlighting;

import java.util.List;

import org.csi.dsl.ide.highlighting.HighlightedRange;
import org.csi.dsl.ide.highlighting.LexicalHighlighter;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/** Colours the code of a plan (outside comments and texts) with the language's own lexer. */
public class CsiTokenScanner implements ITokenScanner {

	private final LexicalHighlighter highlighter = new LexicalHighlighter();

	private List<HighlightedRange> ranges = List.of();
	private int base;
	private int end;
	private int index;
	private int position;
	private int tokenOffset;
	private int tokenLength;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		try {
			ranges = highlighter.highlight(document.get(offset, length));
		} catch (BadLocationException e) {
			ranges = List.of();
		}
		base = offset;
		end = offset + length;
		index = 0;
		position = offset;
	}

	@Override
	public IToken nextToken() {
		if (position >= end) {
			return Token.EOF;
		}
		tokenOffset = position;
		if (index < ranges.size()) {
			HighlightedRange next = ranges.get(index);
			int start = base + next.offset();
			if (start > position) {
				tokenLength = start - position; // plain text up to the next coloured range
				position = start;
				return Token.UNDEFINED;
			}
			index++;
			tokenLength = next.length();
			position = start + next.length();
			return new Token(CsiColors.of(next.style()));
		}
		tokenLength = end - position;
		position = end;
		return Token.UNDEFINED;
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
