package org.csi.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.csi.dsl.parser.antlr.internal.InternalCsiLexer;
import org.csi.dsl.parser.antlr.internal.InternalCsiParser;

/**
 * Colours text by its tokens alone, as fast as the lexer runs: keywords, texts, numbers, dates and
 * comments. It needs no parse, so the editor can colour what is typed at once.
 */
public class LexicalHighlighter {

	/** The coloured ranges of {@code text}, in order; offsets are relative to {@code text}. */
	public List<HighlightedRange> highlight(String text) {
		List<HighlightedRange> ranges = new ArrayList<>();
		InternalCsiLexer lexer = new InternalCsiLexer(new ANTLRStringStream(text));
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			HighlightStyle style = styleOf(token.getType());
			if (style != null) {
				CommonToken common = (CommonToken) token;
				ranges.add(new HighlightedRange(common.getStartIndex(), common.getStopIndex() - common.getStartIndex() + 1, style));
			}
		}
		return ranges;
	}

	static HighlightStyle styleOf(int tokenType) {
		return switch (tokenType) {
			case InternalCsiLexer.RULE_SL_COMMENT, InternalCsiLexer.RULE_ML_COMMENT -> HighlightStyle.COMMENT;
			case InternalCsiLexer.RULE_STRING -> HighlightStyle.STRING;
			case InternalCsiLexer.RULE_INT -> HighlightStyle.NUMBER;
			case InternalCsiLexer.RULE_DATE -> HighlightStyle.DATE;
			default -> isKeyword(tokenType) ? HighlightStyle.KEYWORD : null;
		};
	}

	private static boolean isKeyword(int tokenType) {
		if (tokenType < 0 || tokenType >= InternalCsiParser.tokenNames.length) {
			return false;
		}
		String name = InternalCsiParser.tokenNames[tokenType];
		// keywords are named by their quoted text; punctuation is not coloured
		return name.length() > 3 && name.startsWith("'") && Character.isLetter(name.charAt(1));
	}
}
