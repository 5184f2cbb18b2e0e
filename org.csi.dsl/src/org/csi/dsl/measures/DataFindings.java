package org.csi.dsl.measures;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.common.Finding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Turns what the data steps found into findings: at the plan clause that declares what went wrong
 * (the feature's text, else the whole element), with the severity the plan set's settings give the
 * code ({@link CsiSettings#severity}), the same lookup the validators' findings get.
 */
public final class DataFindings {

	private DataFindings() {
	}

	/** The finding, or null when the plan set's settings ignore the code. */
	public static Finding at(EObject element, EStructuralFeature feature, String code, String message) {
		String severity = CsiSettings.of(element).severity(code);
		if (severity.equals("ignore")) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(element) : nodes.get(0);
		var start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		var end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
		return new Finding(Path.of(element.eResource().getURI().toFileString()), start.getLine(), start.getColumn(), end.getLine(),
				end.getColumn(), node.getOffset(), node.getLength(), Finding.Severity.valueOf(severity.toUpperCase(Locale.ROOT)), code, message);
	}

	/** The first line of a driver's message, ending with a full stop. */
	public static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		String line = message.strip().lines().findFirst().orElse("");
		return line.endsWith(".") ? line : line + ".";
	}
}
