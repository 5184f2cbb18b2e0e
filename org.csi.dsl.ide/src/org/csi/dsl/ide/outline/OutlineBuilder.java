package org.csi.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Provision;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Trigger;
import org.csi.dsl.measures.FiredTrigger;
import org.csi.dsl.csi.Source;
import org.csi.dsl.csi.Step;
import org.csi.dsl.ide.highlighting.SemanticHighlighter;
import org.csi.dsl.ide.navigation.Navigation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The outline of one plan file: its package, then every element in the order of the file, a
 * source with what it provides. Labels read like the text: {@code should measure FCR "First
 * contact resolution"}.
 */
public class OutlineBuilder {

	public List<OutlineNode> outline(XtextResource resource) {
		List<OutlineNode> nodes = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanFile file)) {
			return nodes;
		}
		if (file.getName() != null) {
			OutlineNode node = node(file, "package " + file.getName(), "package", List.of());
			if (node != null) {
				nodes.add(node);
			}
		}
		for (Element element : file.getElements()) {
			List<OutlineNode> children = new ArrayList<>();
			if (element instanceof Source source) {
				for (Provision provision : source.getProvides()) {
					OutlineNode child = node(provision, provisionLabel(provision), "provision", List.of());
					if (child != null) {
						children.add(child);
					}
				}
			}
			if (element instanceof ShouldMeasure measure) {
				for (Trigger trigger : measure.getTriggers()) {
					OutlineNode child = node(trigger, "trigger when " + FiredTrigger.written(trigger), "trigger", List.of());
					if (child != null) {
						children.add(child);
					}
				}
			}
			OutlineNode node = node(element, label(element), Labels.kindOf(element), children);
			if (node != null) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	/** How an element is named in the outline and in other lists of the editor. */
	public static String label(EObject element) {
		if (element instanceof GapAcceptance acceptance) {
			return "accept " + Labels.gap(acceptance.getGap()).toLowerCase() + " of " + referenceText(acceptance, "measure");
		}
		if (element instanceof Step step) {
			String keyword = NodeModelUtils.getNode(step) == null ? step.eClass().getName().toLowerCase()
					: firstWord(NodeModelUtils.getTokenText(NodeModelUtils.getNode(step)));
			return keyword + " " + referenceText(step, "measure");
		}
		String name = Navigation.nameOf(element);
		String title = element instanceof Named named ? named.getTitle() : null;
		return Labels.kindOf(element) + " " + (name == null ? "?" : name) + (title == null ? "" : " \"" + title + "\"");
	}

	private static String provisionLabel(Provision provision) {
		if (provision.getData() != null) {
			return "provides data \"" + provision.getData() + "\"";
		}
		return "provides " + referenceText(provision, "measure");
	}

	/** A reference as written in the text, also when it does not resolve. */
	private static String referenceText(EObject owner, String feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, owner.eClass().getEStructuralFeature(feature));
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static String firstWord(String text) {
		int space = text.indexOf(' ');
		return space < 0 ? text : text.substring(0, space);
	}

	private OutlineNode node(EObject element, String label, String kind, List<OutlineNode> children) {
		INode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return null;
		}
		INode name = nameNode(element, node);
		if (element instanceof PlanFile) {
			node = name; // the package line, not the whole file
		}
		return new OutlineNode(label, kind, SemanticHighlighter.stepOf(element), node.getOffset(), node.getLength(),
				name.getOffset(), name.getLength(), node.getStartLine(), node.getEndLine(), List.copyOf(children));
	}

	private static INode nameNode(EObject element, INode whole) {
		INode name = Navigation.nameNode(element);
		if (name != null) {
			return name;
		}
		EStructuralFeature measure = element.eClass().getEStructuralFeature("measure");
		if (measure != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, measure);
			if (!nodes.isEmpty()) {
				return nodes.get(0);
			}
		}
		return whole;
	}
}
