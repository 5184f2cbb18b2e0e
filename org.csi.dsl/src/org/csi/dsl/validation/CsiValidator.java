package org.csi.dsl.validation;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.parser.UnknownWords;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All checks of a plan set. Each composed validator covers one part of the ITIL method;
 * the issue codes are in {@link IssueCodes}. An element right before words the parser skipped
 * is not checked itself: it lost the clauses that were skipped, and what its checks would say
 * follows from the one syntax error there. Nor is an element whose name is missing.
 */
@ComposedChecks(validators = { GapValidator.class, ChainValidator.class, StepValidator.class, RegisterValidator.class,
		NamesValidator.class, DataValidator.class, ClausesValidator.class, UnknownWordsValidator.class, DefinitionValidator.class })
public class CsiValidator extends AbstractCsiValidator {

	private static final String INCOMPLETE = "csi.incomplete-elements";

	@Override
	protected boolean isResponsible(Map<Object, Object> context, EObject eObject) {
		if (eObject instanceof Element element && element.eContainer() instanceof PlanFile file && !file.getUnknown().isEmpty()
				&& incomplete(file, context).contains(element)) {
			return false;
		}
		if (eObject instanceof Named named && named.getName() == null) {
			return false; // half-typed: the syntax error where its name should be says what it lacks
		}
		return super.isResponsible(context, eObject);
	}

	/** The elements of a file that skipped words follow, once per validation of the file. */
	@SuppressWarnings("unchecked")
	private static Set<Element> incomplete(PlanFile file, Map<Object, Object> context) {
		return (Set<Element>) context.computeIfAbsent(INCOMPLETE + "@" + System.identityHashCode(file),
				key -> UnknownWords.runs(file).stream().map(UnknownWords.Run::after).filter(java.util.Objects::nonNull)
						.collect(Collectors.toSet()));
	}
}
