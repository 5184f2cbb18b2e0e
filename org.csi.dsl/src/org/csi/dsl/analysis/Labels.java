package org.csi.dsl.analysis;

import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.GapKind;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** The words users see for the kinds of elements, in ITIL terms. */
public final class Labels {

	private Labels() {
	}

	public static String kindOf(EObject element) {
		return kindOf(element.eClass());
	}

	public static String kindOf(EClass type) {
		CsiPackage p = CsiPackage.eINSTANCE;
		if (type == p.getPlan()) return "plan";
		if (type == p.getVision()) return "vision";
		if (type == p.getStrategy()) return "strategy";
		if (type == p.getTacticalGoal()) return "tactical goal";
		if (type == p.getOperationalGoal()) return "operational goal";
		if (type == p.getGoal()) return "goal";
		if (type == p.getService()) return "service";
		if (type == p.getItsmProcess()) return "process";
		if (type == p.getSubject()) return "service or process";
		if (type == p.getRole()) return "role";
		if (type == p.getCriticalSuccessFactor()) return "critical success factor";
		if (type == p.getShouldMeasure()) return "should-measure";
		if (type == p.getAddressable()) return "measure or goal";
		if (type == p.getSource()) return "source";
		if (type == p.getAction()) return "action";
		return type.getName();
	}

	/**
	 * The name of an element for a message, or null for none: a reference that names nothing (an unresolved link, which has its
	 * own finding) or an element whose name is not typed yet (a syntax error).
	 */
	public static String nameOf(EObject element) {
		if (element == null || element.eIsProxy() || !(element instanceof org.csi.dsl.csi.Named named)) {
			return null;
		}
		return named.getName() == null || named.getName().isEmpty() ? null : named.getName();
	}

	/** The kind with its article, as a sentence says it: "an operational goal", "a should-measure". */
	public static String aKindOf(EClass type) {
		String kind = kindOf(type);
		return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
	}

	/** "tactical goal" becomes "Tactical goal", to start a sentence. */
	public static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** "Frequency gap" style wording of a gap kind. */
	public static String gap(GapKind kind) {
		return capitalized(kind.getLiteral()) + " gap";
	}
}
