package org.csi.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.csi.dsl.parser.UnknownWords;
import org.csi.dsl.services.CsiGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's proposals without the grammar's recovery rule. The parser keeps words it cannot place
 * as unknown words ({@link UnknownWords}), so to the content assist parser almost any word may
 * follow any other: after {@code every} it would offer a new element as well as the frequencies.
 * Here nothing is proposed as an unknown word, and no element is offered after a keyword that
 * must be followed by its value.
 */
@Singleton
public class CsiProposalProvider extends IdeContentProposalProvider {

	private final Set<String> needMore = new HashSet<>();

	private final Set<AbstractElement> elementStarts = new HashSet<>();

	@Inject
	void index(CsiGrammarAccess grammar) {
		Set<String> mayEnd = new HashSet<>();
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			if (rule.getName().equals("UnknownWord")) {
				continue;
			}
			for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
				(followedByMore(keyword) ? needMore : mayEnd).add(keyword.getValue());
			}
		}
		needMore.removeAll(mayEnd);
		for (RuleCall call : GrammarUtil.containedRuleCalls(grammar.getElementRule())) {
			collectStarts(call.getRule(), new HashSet<>());
		}
	}

	/** The first keywords of the element rules, through the unions (Goal, Step) to the rules that write them. */
	private void collectStarts(AbstractRule rule, Set<AbstractRule> seen) {
		if (!(rule instanceof ParserRule parser) || !seen.add(rule)) {
			return;
		}
		if (GrammarUtil.isEObjectRuleCall(parser.getAlternatives()) || parser.getAlternatives() instanceof org.eclipse.xtext.Alternatives
				&& parser.getAlternatives().eContents().stream().allMatch(e -> e instanceof RuleCall)) {
			for (RuleCall call : GrammarUtil.containedRuleCalls(parser)) {
				collectStarts(call.getRule(), seen);
			}
			return;
		}
		EObject first = parser.getAlternatives() instanceof Group group ? group.getElements().get(0) : parser.getAlternatives();
		if (first instanceof org.eclipse.xtext.Alternatives alternatives) {
			alternatives.getElements().forEach(elementStarts::add);
		} else if (first instanceof AbstractElement element) {
			elementStarts.add(element);
		}
	}

	/** Whether something the grammar requires follows this occurrence of a keyword in its group. */
	private static boolean followedByMore(Keyword keyword) {
		if (!(keyword.eContainer() instanceof Group group)) {
			return false;
		}
		List<AbstractElement> elements = group.getElements();
		for (int i = elements.indexOf(keyword) + 1; i < elements.size(); i++) {
			if (!GrammarUtil.isOptionalCardinality(elements.get(i))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a new element may start where the cursor is: not right after a keyword that needs its value. */
	public boolean elementMayStart(ContentAssistContext context) {
		ILeafNode last = previousToken(context);
		return last == null || !needMore.contains(last.getText());
	}

	/** The token before the one being completed, or null at the start. */
	private static ILeafNode previousToken(ContentAssistContext context) {
		INode root = context.getRootNode();
		int before = context.getOffset() - context.getPrefix().length() - 1;
		ILeafNode last = root == null || before < 0 ? null : NodeModelUtils.findLeafNodeAtOffset(root, before);
		while (last != null && last.isHidden()) {
			last = last.getOffset() == 0 ? null : NodeModelUtils.findLeafNodeAtOffset(root, last.getOffset() - 1);
		}
		return last;
	}

	/** 'years' only after a number of them ("every 2 years"); right after 'every' it would read "every years". */
	private static boolean isYearsWithoutANumber(AbstractElement element, ContentAssistContext context) {
		if (!(element instanceof Keyword keyword) || !keyword.getValue().equals("years")) {
			return false;
		}
		ILeafNode last = previousToken(context);
		return last == null || !last.getText().chars().allMatch(Character::isDigit);
	}

	/**
	 * Whether an element is a keyword that may be written as a name ('status', 'owner', ...): where a name is expected, the names of
	 * the plan set are proposed, not every word that could be one.
	 */
	private static boolean isNameWord(AbstractElement element) {
		return element instanceof Keyword && GrammarUtil.containingRule(element) != null
				&& GrammarUtil.containingRule(element).getName().equals("Name");
	}

	@Override
	protected void createProposals(AbstractElement element, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (UnknownWords.isRecovery(element) || elementStarts.contains(element) && !elementMayStart(context) || isNameWord(element)
				|| isYearsWithoutANumber(element, context)) {
			return;
		}
		super.createProposals(element, context, acceptor);
	}
}
