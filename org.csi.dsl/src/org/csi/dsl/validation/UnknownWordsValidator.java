package org.csi.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.parser.CsiSyntaxErrorMessageProvider;
import org.csi.dsl.parser.ReservedWords;
import org.csi.dsl.parser.UnknownWords;
import org.csi.dsl.services.CsiGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * One error per run of words the parser skipped (a misspelled keyword, a clause after its
 * element has ended), at its first word, in the plan's words: "did you mean 'tactical'?" when a
 * keyword is close, the element it follows when it is inside one. Parsing resumed at the next
 * element, so nothing else is reported for it.
 */
public class UnknownWordsValidator extends AbstractCsiCheck {

	private static final String ELEMENTS = CsiSyntaxErrorMessageProvider.ELEMENTS;

	private static final List<String> ELEMENT_KEYWORDS = List.of("plan", "vision", "strategy", "tactical", "operational", "service",
			"process", "role", "csf", "should", "source", "gather", "analyse", "analyze", "present", "action", "accept");

	@Inject
	private CsiGrammarAccess grammar;

	@Inject
	private ReservedWords reservedWords;

	@Inject
	private org.eclipse.xtext.naming.IQualifiedNameProvider names;

	@Check
	public void checkUnknownWords(PlanFile file) {
		for (UnknownWords.Run run : UnknownWords.runs(file)) {
			if (parserReported(file, run)) {
				continue; // the parser's own error there says it
			}
			INode first = run.first();
			String word = NodeModelUtils.getTokenText(first);
			INode next = run.words().size() > 1 ? run.words().get(1) : null;
			String allowed = CsiSyntaxErrorMessageProvider.allowedAfter(word);
			if (run.after() != null && next != null && reservedWords.isReserved(NodeModelUtils.getTokenText(next))
					&& reservedWords.takesName(word) && clauseKeywords(run.after()).contains(word)) {
				// a clause whose name is a reserved word: the element ended before its keyword
				getMessageAcceptor().acceptError(CsiSyntaxErrorMessageProvider.reserved(NodeModelUtils.getTokenText(next)), file,
						next.getOffset(), next.getLength(), IssueCodes.SYNTAX);
			} else if (run.after() != null && next != null && allowed != null && clauseKeywords(run.after()).contains(word)) {
				// a clause whose value is not one of its values: the element ended before its keyword
				String value = NodeModelUtils.getTokenText(next);
				getMessageAcceptor().acceptError("'" + org.csi.dsl.common.FindingText.oneLine(value) + "' is not allowed after '" + word
						+ "': expected " + allowed + ".", file, next.getOffset(), next.getLength(), IssueCodes.SYNTAX);
			} else {
				getMessageAcceptor().acceptError(message(word, run.after()), file, first.getOffset(), first.getLength(), IssueCodes.SYNTAX);
			}
		}
	}

	/**
	 * Whether the parser reported a syntax error where the run starts or inside it, or in the element the run follows: that
	 * element ended at the error, and the words after it are what it could not read (a reserved word as its name).
	 */
	private static boolean parserReported(PlanFile file, UnknownWords.Run run) {
		if (!(file.eResource() instanceof org.eclipse.xtext.resource.XtextResource resource) || resource.getParseResult() == null) {
			return false;
		}
		INode element = run.after() == null ? null : NodeModelUtils.getNode(run.after());
		int start = element != null ? element.getOffset() : run.first().getOffset();
		int end = run.words().get(run.words().size() - 1).getEndOffset();
		for (INode error : resource.getParseResult().getSyntaxErrors()) {
			if (error.getOffset() >= start && error.getOffset() <= end) {
				return true;
			}
		}
		return false;
	}

	private String message(String word, Element after) {
		String shown = org.csi.dsl.common.FindingText.oneLine(word);
		String element = nearest(word, ELEMENT_KEYWORDS);
		if (element != null) {
			return "'" + shown + "' does not start an element: did you mean '" + element + "'? The words up to the next element are skipped.";
		}
		if (after == null) {
			return "'" + shown + "' cannot start an element here: expected " + ELEMENTS + ".";
		}
		if (after instanceof org.csi.dsl.csi.ItsmProcess process && ProcessWithoutAs.measureNamedLike(process, index(process), names) != null) {
			return "'" + shown + "' is not a clause of a process: to process should-measure '" + process.getName() + "' (step 4), write '"
					+ ProcessWithoutAs.meant(process) + "' before it.";
		}
		String label = Labels.kindOf(after) + (after instanceof Named named && named.getName() != null ? " '" + named.getName() + "'" : "");
		List<String> clauses = clauseKeywords(after);
		if (clauses.contains(word)) {
			return "'" + shown + "' cannot come here in " + label + ": a clause written twice, out of order (see docs/language.md), or"
					+ " not followed by what it needs.";
		}
		String clause = nearest(word, clauses);
		if (clause != null) {
			return "'" + shown + "' is not a clause of " + label + ": did you mean '" + clause + "'?";
		}
		return "'" + shown + "' is not understood after " + label + ": expected one of its clauses or an element (" + ELEMENTS
				+ "); the words up to the next element are skipped.";
	}

	/** The keywords of an element's rule and the rules it calls: the words its clauses start with. */
	private List<String> clauseKeywords(EObject element) {
		Set<String> keywords = new LinkedHashSet<>();
		AbstractRule rule = GrammarUtil.findRuleForName(grammar.getGrammar(), element.eClass().getName());
		collect(rule, keywords, new LinkedHashSet<>());
		keywords.removeAll(ELEMENT_KEYWORDS);
		keywords.removeIf(keyword -> !Character.isLetter(keyword.charAt(0)));
		return new ArrayList<>(keywords);
	}

	private static void collect(AbstractRule rule, Set<String> keywords, Set<AbstractRule> seen) {
		if (!(rule instanceof ParserRule) || !seen.add(rule)) {
			return;
		}
		for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
			keywords.add(keyword.getValue());
		}
		for (RuleCall call : GrammarUtil.containedRuleCalls(rule)) {
			collect(call.getRule(), keywords, seen);
		}
	}

	/** The candidate closest to {@code word} by spelling, when it is close enough to be a typo of it; else null. */
	static String nearest(String word, List<String> candidates) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.length() < 3 || !lower.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
			return null;
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = Spelling.distance(lower, candidate);
			int allowed = candidate.length() <= 4 ? 1 : 2;
			if (distance > 0 && distance <= allowed && distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}
}
