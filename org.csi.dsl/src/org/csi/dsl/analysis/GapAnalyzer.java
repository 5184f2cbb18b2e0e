package org.csi.dsl.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.GapKind;
import org.csi.dsl.csi.Provision;
import org.csi.dsl.csi.ShouldMeasure;

import com.google.inject.Singleton;

/**
 * The step 1/2 gap analysis of one should-measure against everything that provides it.
 * Frequencies compare by their order (hour is more often than day ... than year); units
 * compare without regard to case; a breakdown dimension is covered when any provider
 * offers it. What a provider does not state is not held against it.
 */
@Singleton
public class GapAnalyzer {

	public List<Gap> gaps(ShouldMeasure measure, PlanSetIndex index) {
		List<Gap> gaps = new ArrayList<>(1);
		List<Provision> provisions = index.provisions(measure);
		if (provisions.isEmpty()) {
			gaps.add(gap(GapKind.COVERAGE, measure, "no source provides it", index));
			return gaps;
		}
		Cadence needed = Cadence.of(measure);
		if (needed != null) {
			Cadence best = null;
			for (Provision provision : provisions) {
				Cadence offered = Cadence.of(provision);
				if (offered != null && (best == null || best.lessOftenThan(offered))) {
					best = offered;
				}
			}
			if (best != null && best.lessOftenThan(needed)) {
				gaps.add(gap(GapKind.FREQUENCY, measure, "it is needed " + needed.every() + " but can be provided only " + best.every(), index));
			}
		}
		if (measure.getUnit() != null) {
			Set<String> offered = new LinkedHashSet<>();
			boolean match = false;
			for (Provision provision : provisions) {
				if (provision.getUnit() != null) {
					offered.add(provision.getUnit());
					match |= provision.getUnit().toLowerCase(Locale.ROOT).equals(measure.getUnit().toLowerCase(Locale.ROOT));
				}
			}
			if (!offered.isEmpty() && !match) {
				gaps.add(gap(GapKind.UNIT, measure, "it is needed in " + measure.getUnit() + " but can be provided only in "
						+ String.join(", ", offered), index));
			}
		}
		if (!measure.getBreakdown().isEmpty()) {
			Set<String> offered = new LinkedHashSet<>();
			for (Provision provision : provisions) {
				for (String dimension : provision.getBreakdown()) {
					offered.add(dimension.toLowerCase(Locale.ROOT));
				}
			}
			List<String> missing = new ArrayList<>();
			for (String dimension : measure.getBreakdown()) {
				if (!offered.contains(dimension.toLowerCase(Locale.ROOT))) {
					missing.add(dimension);
				}
			}
			if (!missing.isEmpty()) {
				gaps.add(gap(GapKind.BREAKDOWN, measure, "it is needed per " + String.join(", ", missing)
						+ " but no source provides " + (missing.size() == 1 ? "that breakdown" : "those breakdowns"), index));
			}
		}
		return gaps;
	}

	/** Whether the measure has a gap of the given kind (for stale references to gaps). */
	public boolean hasGap(ShouldMeasure measure, GapKind kind, PlanSetIndex index) {
		for (Gap gap : gaps(measure, index)) {
			if (gap.kind() == kind) {
				return true;
			}
		}
		return false;
	}

	private Gap gap(GapKind kind, ShouldMeasure measure, String problem, PlanSetIndex index) {
		GapAcceptance acceptance = null;
		for (GapAcceptance candidate : index.acceptances(measure)) {
			if (candidate.getGap() == kind) {
				acceptance = candidate;
				break;
			}
		}
		Action tracker = null;
		for (PlanSetIndex.Addressing addressing : index.addressings(measure)) {
			boolean sameGap = Features.isSet(addressing.addressed(), CsiPackage.Literals.ADDRESSED__GAP)
					? addressing.addressed().getGap() == kind
					: true;
			if (sameGap && Actions.tracksGaps(addressing.action())) {
				tracker = addressing.action();
				if (Features.isSet(addressing.addressed(), CsiPackage.Literals.ADDRESSED__GAP)) {
					break; // an action naming this very gap wins over one addressing the whole measure
				}
			}
		}
		return new Gap(kind, measure, problem, tracker, acceptance);
	}
}
