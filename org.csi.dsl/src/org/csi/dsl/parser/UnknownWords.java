package org.csi.dsl.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.PlanFile;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The words of a plan file the parser could not place: a misspelled keyword and what follows it,
 * or a clause after its element has ended, kept by the grammar's {@code UnknownWord} rule up to
 * the next word that starts an element. They come in runs; a run follows an element or starts
 * the file.
 */
public final class UnknownWords {

	/**
	 * One run of words the parser skipped.
	 *
	 * @param after the element just before it, or null at the start of the file
	 * @param words the words' nodes, in order
	 */
	public record Run(Element after, List<INode> words) {

		public INode first() {
			return words.get(0);
		}
	}

	private UnknownWords() {
	}

	/** The runs of unknown words of a file, in order. */
	public static List<Run> runs(PlanFile file) {
		ICompositeNode root = NodeModelUtils.getNode(file);
		List<Run> runs = new ArrayList<>();
		if (root == null || file.getUnknown().isEmpty()) {
			return runs;
		}
		Element last = null;
		List<INode> current = null;
		for (INode child : root.getChildren()) {
			if (child instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			if (isUnknownWord(child)) {
				if (current == null) {
					current = new ArrayList<>();
					runs.add(new Run(last, current));
				}
				current.add(child);
			} else {
				current = null;
				Element element = elementAt(file, child);
				if (element != null) {
					last = element;
				}
			}
		}
		return runs;
	}

	/**
	 * The names the unknown words of a file seem to declare: a name followed by a quoted text, as
	 * {@code tactcal goal T "Title"} declares T. References to them are not reported as unknown:
	 * the one error at the misspelled word says what is wrong.
	 */
	public static Set<String> probablyDeclared(PlanFile file) {
		Set<String> names = new HashSet<>();
		for (Run run : runs(file)) {
			List<INode> words = run.words();
			for (int i = 0; i + 1 < words.size(); i++) {
				if (isToken(words.get(i), "ID") && isToken(words.get(i + 1), "STRING", "UNCLOSED_STRING")) {
					names.add(NodeModelUtils.getTokenText(words.get(i)));
				}
			}
		}
		return names;
	}

	/** The element of the file whose text a child of the file's node holds, or null. */
	private static Element elementAt(PlanFile file, INode child) {
		for (Element element : file.getElements()) {
			INode node = NodeModelUtils.getNode(element);
			if (node != null && node.getTotalOffset() >= child.getTotalOffset() && node.getTotalOffset() < child.getTotalEndOffset()) {
				return element;
			}
		}
		return null;
	}

	/** Whether a grammar element belongs to the recovery rule, which the language does not mean to offer. */
	public static boolean isRecovery(org.eclipse.xtext.AbstractElement element) {
		org.eclipse.xtext.AbstractRule rule = org.eclipse.xtext.GrammarUtil.containingRule(element);
		return rule != null && rule.getName().equals("UnknownWord");
	}

	/** Whether a node is, or lies inside, a word the parser skipped. */
	public static boolean isInside(INode node) {
		for (INode each = node; each != null; each = each.getParent()) {
			if (isUnknownWord(each)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnknownWord(INode node) {
		return node.getGrammarElement() instanceof RuleCall call && call.getRule().getName().equals("UnknownWord");
	}

	/** Whether an unknown word is a token of one of the terminal rules {@code terminals}. */
	private static boolean isToken(INode word, String... terminals) {
		for (ILeafNode leaf : word.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getGrammarElement() instanceof RuleCall call && List.of(terminals).contains(call.getRule().getName());
			}
		}
		return false;
	}
}
