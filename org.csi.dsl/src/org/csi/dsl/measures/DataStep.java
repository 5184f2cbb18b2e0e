package org.csi.dsl.measures;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Steps 3-5 for a plan set: gather its data, process it into the figures of its measures and judge
 * them. The language only describes the step; the data bundle ({@code org.csi.data}) implements it
 * with what a run may read and spend, so the check run above it does not depend on a database.
 */
@FunctionalInterface
public interface DataStep {

	/** The figures and findings of every computed measure; stops between measures when cancelled. */
	DataResult run(ResourceSet planSet, CancelIndicator cancel);
}
