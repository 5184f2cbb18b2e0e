package org.csi.dsl.analysis;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether the plan states a value. EMF's eIsSet() is false for an enum attribute that
 * holds its default literal, so "every hour" (the first Frequency) would look unset;
 * the parse tree tells what was actually written.
 */
public final class Features {

	private Features() {
	}

	public static boolean isSet(EObject object, EStructuralFeature feature) {
		return object.eIsSet(feature) || !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}
}
