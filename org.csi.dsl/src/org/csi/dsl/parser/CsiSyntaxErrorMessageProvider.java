package org.csi.dsl.parser;

import java.util.Map;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.csi.dsl.common.Escape;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Syntax errors in the words of a plan's author rather than the parser's: "a name" instead of
 * RULE_ID, the element keywords when something cannot start an element, and the allowed
 * values after a keyword such as 'every' or 'status'.
 */
public class CsiSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	/** What starts an element, as the user writes it. */
	public static final String ELEMENTS = "plan, vision, strategy, tactical goal, operational goal, service, process, role, csf, "
			+ "should measure, source, gather, analyse, present, action or accept";

	@Inject
	private ReservedWords reservedWords;

	/** What may follow a keyword whose value is one of a fixed set. */
	private static final Map<String, String> VALUES = Map.ofEntries(
			Map.entry("every", "hour, day, week, month, quarter, year or a number of years (every 2 years)"),
			Map.entry("kind", "service, process or technology"),
			Map.entry("priority", "critical, high, medium or low"),
			Map.entry("size", "small, medium or large"),
			Map.entry("type", "people, process, technology or partner"),
			Map.entry("status", "new, accepted, in-progress, on-hold, monitoring, closed or cancelled"),
			Map.entry("against", "target, baseline or benchmark"),
			Map.entry("outcome", "succeeded, failed or partial"),
			Map.entry("accept", "coverage, frequency, unit or breakdown (then 'gap of <measure>')"));

	/** The values allowed after a keyword whose value is one of a fixed set, as a list for people; null for other keywords. */
	public static String allowedAfter(String keyword) {
		return VALUES.get(keyword);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		if (original == null || original.getMessage() == null) {
			return original;
		}
		String message = words(original.getMessage());
		RecognitionException e = context.getRecognitionException();
		if (message.startsWith("mismatched character '<EOF>'")) {
			message = message.endsWith("expecting '*'") ? "The file ends inside a comment: its closing */ is missing."
					: "The file ends inside a quoted text: its closing quote is missing.";
		} else if (message.startsWith("missing EOF at ")) {
			message = message.substring("missing EOF at ".length()) + " cannot start an element here: expected " + ELEMENTS + ".";
		} else if (e != null && e.token != null && reservedWords.isReserved(e.token.getText()) && expectsName(context.getCurrentNode())) {
			message = reserved(e.token.getText());
		} else if (e != null && e.token != null) {
			String previous = previousWord(e);
			String allowed = previous == null ? null : VALUES.get(previous);
			if (allowed != null) {
				message = "'" + e.token.getText() + "' is not allowed after '" + previous + "': expected " + allowed + ".";
			} else if (message.startsWith("no viable alternative at input ")) {
				message = "Unexpected " + message.substring("no viable alternative at input ".length()) + " here.";
			}
		}
		return new SyntaxErrorMessage(Escape.visible(message), original.getIssueCode(), original.getIssueData());
	}

	/** The message for a reserved word written where a name is expected. */
	public static String reserved(String word) {
		return "'" + word + "' is a reserved word of csi; write ^" + word + " to use it as a name.";
	}

	/** Whether the parser is reading a name or a reference when it fails: the node it builds is, or lies in, one. */
	private static boolean expectsName(INode node) {
		for (INode each = node; each != null; each = each.getParent()) {
			EObject grammarElement = each.getGrammarElement();
			if (grammarElement instanceof CrossReference) {
				return true;
			}
			if (grammarElement instanceof RuleCall call) {
				return ReservedWords.NAME_RULES.contains(call.getRule().getName());
			}
		}
		return false;
	}

	/** Token names of the grammar, said as a user would. */
	static String words(String message) {
		return message.replace("RULE_ID", "a name").replace("RULE_STRING", "a quoted text").replace("RULE_INT", "a whole number")
				.replace("RULE_DATE", "a date such as 2027-03-31").replace("mismatched input", "unexpected")
				.replace("extraneous input", "unexpected");
	}

	/** The last word before the offending token, skipping whitespace and comments. */
	private static String previousWord(RecognitionException e) {
		if (!(e.input instanceof TokenStream tokens)) {
			return null;
		}
		for (int i = e.index - 1; i >= 0 && i < tokens.size(); i--) {
			Token token = tokens.get(i);
			if (token.getChannel() == Token.DEFAULT_CHANNEL) {
				return token.getText();
			}
		}
		return null;
	}
}
