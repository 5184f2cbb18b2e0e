package org.csi.dsl.validation;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.analysis.RepeatedClauses;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.Named;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.Check;

/** A clause that an element takes once, written twice: an error, as a syntax error is. */
public class ClausesValidator extends AbstractCsiCheck {

	@Check
	public void checkRepeatedClauses(Element element) {
		report(element, element);
		for (EObject child : element.eContents()) {
			report(element, child);
		}
	}

	private void report(Element element, EObject object) {
		for (RepeatedClauses.Repeat repeat : RepeatedClauses.of(object)) {
			INode node = repeat.repeats().get(0);
			String name = element instanceof Named named ? named.getName() : null;
			getMessageAcceptor().acceptError(Labels.capitalized(Labels.kindOf(element)) + (name == null ? "" : " " + quote(name))
					+ " gives its " + repeat.feature().getName() + " more than once: keep one.", element, node.getOffset(), node.getLength(),
					IssueCodes.REPEATED_CLAUSE);
		}
	}
}
