package org.csi.dsl.parser;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Xtext's partial re-parse (the editor re-parses only the element around an edit), except when
 * the plan had syntax errors: then the whole plan is parsed again. To recover from a syntax error
 * the parser skips text, and what it skipped carries no error of its own; a partial re-parse keeps
 * that text as it is, so once the first error was typed away, an error after it (a misspelt
 * keyword on the next line) was no longer reported, where {@code csi validate} reports it. A plan
 * without syntax errors is re-parsed partially, as before. The same holds for words the parser
 * skipped ({@link UnknownWords}), which belong to the file, not to the element an edit is in.
 */
public class CsiPartialParsingHelper extends PartialParsingHelper {

	@Override
	public IParseResult reparse(IParser parser, IParseResult previousParseResult, ReplaceRegion changedRegion) {
		if (previousParseResult != null && (previousParseResult.hasSyntaxErrors() || hasSkippedWords(previousParseResult))) {
			return fullyReparse(parser, previousParseResult, changedRegion);
		}
		IParseResult result = super.reparse(parser, previousParseResult, changedRegion);
		return hasSkippedWords(result) ? fullyReparse(parser, previousParseResult, changedRegion) : result;
	}

	private static boolean hasSkippedWords(IParseResult result) {
		return result != null && result.getRootASTElement() instanceof org.csi.dsl.csi.PlanFile file && !file.getUnknown().isEmpty();
	}
}
