package org.csi.dsl.validation;

import java.util.List;

import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.analysis.PlanSetIndexProvider;
import org.csi.dsl.csi.CsiPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * Base of the checks that {@link CsiValidator} composes. Each subclass covers one part of
 * the method (gaps, chain, steps, register) and reports through
 * {@code addIssue(...)}, so that every finding honours the configured severity.
 */
public abstract class AbstractCsiCheck extends AbstractDeclarativeValidator {

	@Inject
	private PlanSetIndexProvider indexProvider;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CsiPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CsiValidator; never registered on its own
	}

	/** The index of the plan set the element belongs to (cached on its resource set). */
	protected PlanSetIndex index(EObject context) {
		return indexProvider.get(context);
	}

	protected static String quote(String name) {
		return "'" + name + "'";
	}
}
