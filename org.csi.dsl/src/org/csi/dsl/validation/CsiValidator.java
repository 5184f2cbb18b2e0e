package org.csi.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All checks of a plan set. Each composed validator covers one part of the ITIL method;
 * the issue codes are in {@link IssueCodes}.
 */
@ComposedChecks(validators = { GapValidator.class, ChainValidator.class, StepValidator.class, RegisterValidator.class,
		NamesValidator.class, DataValidator.class, ClausesValidator.class })
public class CsiValidator extends AbstractCsiValidator {
}
