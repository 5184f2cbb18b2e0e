package org.csi.dsl.validation;

import static org.csi.dsl.csi.CsiPackage.Literals.ADDRESSED__GAP;
import static org.csi.dsl.csi.CsiPackage.Literals.GAP_ACCEPTANCE__GAP;

import org.csi.dsl.analysis.Gap;
import org.csi.dsl.analysis.GapAnalyzer;
import org.csi.dsl.analysis.Actions;
import org.csi.dsl.analysis.Features;
import org.csi.dsl.analysis.Labels;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.Addressed;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.GapKind;
import org.csi.dsl.csi.Provision;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** Step 1/2 gap analysis: what the goals need against what the sources can provide. */
public class GapValidator extends AbstractCsiCheck {

	@Inject
	private GapAnalyzer analyzer;

	/** Every gap of a should-measure, at the severity of its status. */
	@Check
	public void checkGaps(ShouldMeasure measure) {
		for (Gap gap : analyzer.gaps(measure, index(measure))) {
			String name = measure.getName();
			String[] data = { name, gap.kind().getLiteral() };
			EStructuralFeature feature = featureOf(gap.kind());
			switch (gap.status()) {
			case ACCEPTED -> {
				GapAcceptance acceptance = gap.acceptance();
				// a role that names nothing or a reason not yet typed is left out: their own findings say so
				String by = Labels.nameOf(acceptance.getAcceptedBy()) == null ? "" : " by " + quote(Labels.nameOf(acceptance.getAcceptedBy()));
				String reason = acceptance.getReason() == null ? "." : ": " + acceptance.getReason();
				addIssue(Labels.gap(gap.kind()) + " of " + quote(name) + " is accepted" + by + " (" + gap.problem() + ")" + reason, measure,
						feature, IssueCodes.GAP_ACCEPTED, data);
			}
			case TRACKED -> addIssue(Labels.gap(gap.kind()) + " of " + quote(name) + " is tracked by "
					+ (Labels.nameOf(gap.trackedBy()) == null ? "an action" : "action " + quote(gap.trackedBy().getName())) + ": "
					+ gap.problem() + ".", measure, feature, IssueCodes.GAP_TRACKED, data);
			case OPEN -> addIssue(openMessage(gap), measure, feature, codeOf(gap.kind()), data);
			}
		}
	}

	private static String openMessage(Gap gap) {
		String name = gap.measure().getName();
		if (gap.kind() == GapKind.COVERAGE) {
			return "Should-measure " + quote(name) + " cannot be measured: no source provides it. Add 'provides " + name
					+ "' to a source, raise an action that addresses 'coverage gap of " + name + "', or accept the gap.";
		}
		return "Should-measure " + quote(name) + " has a " + gap.kind().getLiteral() + " gap: " + gap.problem()
				+ ". Raise an action that addresses '" + gap.kind().getLiteral() + " gap of " + name + "', or accept the gap.";
	}

	private static EStructuralFeature featureOf(GapKind kind) {
		return switch (kind) {
		case COVERAGE -> CsiPackage.Literals.NAMED__NAME;
		case FREQUENCY -> CsiPackage.Literals.SHOULD_MEASURE__FREQUENCY;
		case UNIT -> CsiPackage.Literals.SHOULD_MEASURE__UNIT;
		case BREAKDOWN -> CsiPackage.Literals.SHOULD_MEASURE__BREAKDOWN;
		};
	}

	private static String codeOf(GapKind kind) {
		return switch (kind) {
		case COVERAGE -> IssueCodes.GAP_NO_SOURCE;
		case FREQUENCY -> IssueCodes.GAP_FREQUENCY;
		case UNIT -> IssueCodes.GAP_UNIT;
		case BREAKDOWN -> IssueCodes.GAP_BREAKDOWN;
		};
	}

	/** A source that provides nothing at all: data collected without a purpose. */
	@Check
	public void checkSourceUsed(Source source) {
		if (source.getProvides().isEmpty()) {
			addIssue("Source " + quote(source.getName()) + " provides nothing that a should-measure needs: its data is collected without a purpose. Add 'provides <should-measure>' or remove the source.",
					source, CsiPackage.Literals.NAMED__NAME, IssueCodes.UNUSED_SOURCE, source.getName());
		}
	}

	/** A can-measure that no should-measure asks for. */
	@Check
	public void checkProvisionUsed(Provision provision) {
		if (provision.getMeasure() == null && provision.getData() != null) {
			Source source = (Source) provision.eContainer();
			addIssue("Source " + quote(source.getName()) + " provides \"" + provision.getData() + "\", which no should-measure needs: data collected without a purpose. Link it to a should-measure or stop collecting it.",
					provision, CsiPackage.Literals.PROVISION__DATA, IssueCodes.UNUSED_DATA, source.getName());
		}
	}

	/** Accepting a gap that does not exist hides nothing and misleads the reader. */
	@Check
	public void checkAcceptedGapExists(GapAcceptance acceptance) {
		ShouldMeasure measure = acceptance.getMeasure();
		if (measure != null && !measure.eIsProxy() && !analyzer.hasGap(measure, acceptance.getGap(), index(acceptance))) {
			addIssue("Should-measure " + quote(measure.getName()) + " has no " + acceptance.getGap().getLiteral()
					+ " gap to accept: remove this acceptance.", acceptance, GAP_ACCEPTANCE__GAP, IssueCodes.GAP_NO_SUCH_GAP);
		}
	}

	/** A live action that targets a gap which is not there. */
	@Check
	public void checkAddressedGapExists(Action action) {
		if (!Actions.tracksGaps(action)) {
			return; // a closed action's gap is expected to be gone
		}
		for (Addressed addressed : action.getAddresses()) {
			if (Features.isSet(addressed, ADDRESSED__GAP) && addressed.getElement() instanceof ShouldMeasure measure
					&& !measure.eIsProxy() && !analyzer.hasGap(measure, addressed.getGap(), index(action))) {
				addIssue("Action " + quote(action.getName()) + " addresses the " + addressed.getGap().getLiteral() + " gap of "
						+ quote(measure.getName()) + ", but " + quote(measure.getName()) + " has no such gap.",
						addressed, ADDRESSED__GAP, IssueCodes.GAP_NO_SUCH_GAP);
			}
		}
	}
}
