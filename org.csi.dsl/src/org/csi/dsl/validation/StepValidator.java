package org.csi.dsl.validation;

import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Gather;
import org.csi.dsl.csi.Provision;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.eclipse.xtext.validation.Check;

/**
 * Completeness of the cycle for each should-measure: once step 2 can provide it, it must be
 * gathered (3), processed (4), analysed (5) and presented (6). A KPI needs an agreed target
 * and tolerance, and every measure a baseline.
 */
public class StepValidator extends AbstractCsiCheck {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	@Check
	public void checkStepsPresent(ShouldMeasure measure) {
		PlanSetIndex index = index(measure);
		if (index.provisions(measure).isEmpty()) {
			return; // the coverage gap is the finding; steps 3-6 follow once it can be measured
		}
		String name = measure.getName();
		if (index.gathers(measure).isEmpty()) {
			missing(measure, "gathered (step 3): add 'gather " + name + " from <source> by <role>'", IssueCodes.NOT_GATHERED);
		}
		if (index.processings(measure).isEmpty()) {
			missing(measure, "processed (step 4): add 'process " + name + " as \"<formula>\"'", IssueCodes.NOT_PROCESSED);
		}
		if (index.analyses(measure).isEmpty()) {
			missing(measure, "analysed (step 5): add 'analyse " + name + " against target'", IssueCodes.NOT_ANALYSED);
		}
		if (index.presentations(measure).isEmpty()) {
			missing(measure, "presented (step 6): add 'present " + name + " to <role>'", IssueCodes.NOT_PRESENTED);
		}
	}

	private void missing(ShouldMeasure measure, String what, String code) {
		addIssue("Should-measure " + quote(measure.getName()) + " is never " + what + ".", measure, P.getNamed_Name(), code,
				measure.getName());
	}

	/** A metric counts as a KPI only with an agreed target and tolerance. */
	@Check
	public void checkKpi(ShouldMeasure measure) {
		if (measure.getCsf() == null || measure.isTrendOnly()) {
			return; // a trend-only KPI is judged by its direction of travel, without a target
		}
		String csf = measure.getCsf().eIsProxy() ? "" : " of critical success factor " + quote(measure.getCsf().getName());
		if (measure.getTarget() == null) {
			addIssue("KPI " + quote(measure.getName()) + csf + " has no target: a measure is a KPI only with an agreed target. Add 'target <value>'.",
					measure, P.getShouldMeasure_Csf(), IssueCodes.KPI_NO_TARGET, measure.getName());
		}
		if (measure.getTolerance() == null) {
			addIssue("KPI " + quote(measure.getName()) + csf + " has no tolerance: say how far from the target is still acceptable. Add 'tolerance <value>'.",
					measure, P.getShouldMeasure_Csf(), IssueCodes.KPI_NO_TOLERANCE, measure.getName());
		}
	}

	/** Without a baseline nobody can tell whether the service improved. */
	@Check
	public void checkBaseline(ShouldMeasure measure) {
		if (measure.getBaseline() == null) {
			addIssue("Should-measure " + quote(measure.getName()) + " has no baseline: without one you cannot tell whether the service improved. Add 'baseline <value> as of <date>'.",
					measure, P.getNamed_Name(), IssueCodes.NO_BASELINE, measure.getName());
		}
	}

	/** Step 3 must gather from a source that step 2 says can provide the measure. */
	@Check
	public void checkGatherSource(Gather gather) {
		Source source = gather.getSource();
		ShouldMeasure measure = gather.getMeasure();
		if (source == null || source.eIsProxy() || measure == null || measure.eIsProxy()) {
			return;
		}
		for (Provision provision : source.getProvides()) {
			if (provision.getMeasure() == measure) {
				return;
			}
		}
		addIssue("Source " + quote(source.getName()) + " does not provide " + quote(measure.getName()) + " (step 2), yet step 3 gathers it from there: add 'provides "
				+ measure.getName() + "' to " + quote(source.getName()) + " or gather from another source.",
				gather, P.getGather_Source(), IssueCodes.SOURCE_MISMATCH, source.getName(), measure.getName());
	}
}
