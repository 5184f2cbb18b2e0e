package org.csi.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.CriticalSuccessFactor;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.Plan;
import org.csi.dsl.csi.Role;
import org.csi.dsl.csi.Service;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.csi.dsl.csi.Step;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Colours what only the parsed plan tells: references, declared names, and the keyword that opens
 * each element by the step of the cycle it belongs to ({@code process} is a process of the
 * organisation or step 4 depending on where it stands).
 */
public class SemanticHighlighter {

	public List<HighlightedRange> highlight(XtextResource resource, CancelIndicator cancel) {
		List<HighlightedRange> ranges = new ArrayList<>();
		if (resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
			return ranges;
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (cancel.isCanceled()) {
				return List.of();
			}
			if (node.getGrammarElement() instanceof CrossReference && !node.getText().isBlank()) {
				ranges.add(range(node, HighlightStyle.REFERENCE));
			} else if (isName(node)) {
				ranges.add(range(node, HighlightStyle.DECLARATION));
			} else if (node instanceof ILeafNode leaf && !leaf.isHidden()) {
				HighlightStyle style = styleOfLeaf(leaf);
				if (style != null) {
					ranges.add(range(leaf, style));
				}
			}
		}
		ranges.sort(Comparator.comparingInt(HighlightedRange::offset));
		return ranges;
	}

	private HighlightStyle styleOfLeaf(ILeafNode leaf) {
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (element == null) {
			return null;
		}
		if (leaf.getGrammarElement() instanceof Keyword && isFirstLeafOf(leaf, element)) {
			return stepOf(element);
		}
		return null;
	}

	/** Whether a node is the name of the element it declares: a word, or a keyword written as a name ("source process"). */
	private static boolean isName(INode node) {
		if (!(node instanceof ICompositeNode) || !(node.getGrammarElement() instanceof RuleCall call) || !"name".equals(featureOf(call))
				|| !call.getRule().getName().equals("Name") || node.getText().isBlank()) {
			return false;
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(node);
		return element != null && isDeclaration(node, element);
	}

	private static String featureOf(RuleCall call) {
		return call.eContainer() instanceof org.eclipse.xtext.Assignment assignment ? assignment.getFeature() : null;
	}

	private static boolean isDeclaration(INode name, EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node != null && name.getTotalOffset() >= node.getTotalOffset()
				&& name.getTotalEndOffset() <= node.getTotalEndOffset();
	}

	private static boolean isFirstLeafOf(ILeafNode leaf, EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return false;
		}
		for (ILeafNode first : node.getLeafNodes()) {
			if (!first.isHidden()) {
				return first == leaf;
			}
		}
		return false;
	}

	/** The step of the improvement cycle an element belongs to, or null for file structure. */
	public static HighlightStyle stepOf(EObject element) {
		if (element instanceof Plan || element instanceof Goal || element instanceof Service
				|| element instanceof ItsmProcess || element instanceof Role || element instanceof CriticalSuccessFactor) {
			return HighlightStyle.STEP_STRATEGY;
		}
		if (element instanceof ShouldMeasure) {
			return HighlightStyle.STEP_SHOULD;
		}
		if (element instanceof Source) {
			return HighlightStyle.STEP_CAN;
		}
		if (element instanceof Step) {
			return HighlightStyle.STEP_DATA;
		}
		if (element instanceof Action || element instanceof GapAcceptance) {
			return HighlightStyle.STEP_ACTION;
		}
		return null;
	}

	private static HighlightedRange range(INode node, HighlightStyle style) {
		return new HighlightedRange(node.getOffset(), node.getLength(), style);
	}
}
