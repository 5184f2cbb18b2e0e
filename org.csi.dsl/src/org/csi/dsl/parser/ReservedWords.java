package org.csi.dsl.parser;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The words of csi that cannot be a name as they are: the keywords that the grammar's Name rule
 * does not take (the words that start an element, 'goal', 'measure', the values of a fixed set,
 * the small words that join clauses). Written with a '^' (^goal) they are names like any other.
 * Read from the grammar, so that a new keyword is reserved or not where the grammar says.
 */
@Singleton
public class ReservedWords {

	private final Set<String> reserved = new TreeSet<>();

	@Inject
	public ReservedWords(IGrammarAccess grammar) {
		reserved.addAll(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		reserved.removeIf(word -> !Character.isLetter(word.charAt(0)));
		AbstractRule name = GrammarUtil.findRuleForName(grammar.getGrammar(), "Name");
		GrammarUtil.containedKeywords(name).forEach(keyword -> reserved.remove(keyword.getValue()));
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
