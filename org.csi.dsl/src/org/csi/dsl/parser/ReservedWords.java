package org.csi.dsl.parser;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The words of csi that cannot be a name as they are: the keywords that the grammar's Name rule
 * does not take (the words that start an element, 'goal', 'measure', the values of a fixed set,
 * the small words that join clauses). Written with a '^' (^goal) they are names like any other.
 * Also the keywords that a name follows, so that a reserved word after one is reported as such.
 * Read from the grammar, so that a new keyword is reserved or not where the grammar says.
 */
@Singleton
public class ReservedWords {

	/** The rules that read a name. */
	static final Set<String> NAME_RULES = Set.of("Name", "QualifiedName", "Dimension");

	private final Set<String> reserved = new TreeSet<>();

	private final Set<String> followedByName = new HashSet<>();

	@Inject
	public ReservedWords(IGrammarAccess grammar) {
		reserved.addAll(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		reserved.removeIf(word -> !Character.isLetter(word.charAt(0)));
		AbstractRule name = GrammarUtil.findRuleForName(grammar.getGrammar(), "Name");
		GrammarUtil.containedKeywords(name).forEach(keyword -> reserved.remove(keyword.getValue()));
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
				if (readsName(next(keyword))) {
					followedByName.add(keyword.getValue());
				}
			}
		}
	}

	/** Whether some clause follows a keyword with a name or a reference: 'owner', 'supports', 'addresses', 'per', ... */
	public boolean takesName(String keyword) {
		return followedByName.contains(keyword);
	}

	/** Whether a grammar element reads a name: a reference, a name, dimensions, or a rule with a reference (an action's Addressed). */
	private static boolean readsName(AbstractElement element) {
		if (!(element instanceof Assignment assignment)) {
			return false;
		}
		if (assignment.getTerminal() instanceof CrossReference) {
			return true;
		}
		return assignment.getTerminal() instanceof RuleCall call && (NAME_RULES.contains(call.getRule().getName())
				|| call.getRule() instanceof ParserRule called && !GrammarUtil.containedCrossReferences(called).isEmpty());
	}

	/** What follows an element in its group (the first alternative of a choice), or null when it ends its group. */
	private static AbstractElement next(AbstractElement element) {
		if (element.eContainer() instanceof Group group) {
			int i = group.getElements().indexOf(element);
			if (i + 1 < group.getElements().size()) {
				AbstractElement next = group.getElements().get(i + 1);
				return next instanceof Alternatives alternatives ? alternatives.getElements().get(0) : next;
			}
		}
		return null;
	}

	/** Whether a word is a keyword of csi that a name cannot be without its '^'. */
	public boolean isReserved(String word) {
		return word != null && reserved.contains(word);
	}

	/** The reserved words, in alphabetical order. */
	public Set<String> all() {
		return java.util.Collections.unmodifiableSet(reserved);
	}
}
