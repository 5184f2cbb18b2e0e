package org.csi.dsl.parser;

import org.csi.dsl.analysis.RepeatedClauses;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Xtext's factory of model objects, which also notes a clause given twice to an element that
 * takes one ({@link RepeatedClauses}) while it parses: in parallel with the other files, and
 * without a second walk over the nodes.
 */
public class CsiElementFactory extends DefaultEcoreElementFactory {

	@Override
	public void set(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
		EStructuralFeature structuralFeature = object.eClass().getEStructuralFeature(feature);
		if (structuralFeature == null || structuralFeature.isMany()) {
			super.set(object, feature, value, ruleName, node);
			return;
		}
		RepeatedClauses.assigning(object, structuralFeature, node);
		super.set(object, feature, value, ruleName, node);
		RepeatedClauses.assigned(object, structuralFeature);
	}
}
