package org.csi.dsl.diff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.csi.dsl.analysis.Actions;
import org.csi.dsl.analysis.Cadence;
import org.csi.dsl.analysis.Gap;
import org.csi.dsl.analysis.GapAnalyzer;
import org.csi.dsl.analysis.Labels;
import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.analysis.PlanSetIndexProvider;
import org.csi.dsl.common.Finding;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.ActionStatus;
import org.csi.dsl.csi.Baseline;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Direction;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.ProcessChange;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.csi.dsl.measures.DataFindings;
import org.csi.dsl.measures.Units;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

/**
 * The semantic changes between two versions of a plan set (csi diff): elements are matched by
 * their qualified names, so a file that was renamed or moved, or an element moved to another
 * file, is followed; what changed is judged as a reviewer of a continual improvement plan would:
 * the goalposts (target, tolerance, direction, baseline), the definition of a measure's series,
 * the scope, the register and the gaps. Each change is a finding with a code from
 * {@link IssueCodes} (csi.diff.*), at the element in the new version, or in the old one for what
 * was removed; its severity is the one the settings of the resources give the code.
 */
public class PlanDiffer {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private DataFindings findings;

	@Inject
	private GapAnalyzer gapAnalyzer;

	@Inject
	private PlanSetIndexProvider indexes;

	/** What is compared: the two versions' resources, their names for people, and the date acceptances expire against. */
	public record Versions(List<Resource> before, String beforeName, List<Resource> after, String afterName, LocalDate reference) {
	}

	public List<Finding> diff(Versions versions) {
		Map<String, EObject> before = elements(versions.before());
		Map<String, EObject> after = elements(versions.after());
		List<Finding> changes = new ArrayList<>();
		Changes out = new Changes(changes, versions);
		for (Map.Entry<String, EObject> entry : before.entrySet()) {
			EObject now = after.get(entry.getKey());
			if (now == null) {
				removed(entry.getValue(), out);
			} else {
				compare(entry.getValue(), now, out);
			}
		}
		for (Map.Entry<String, EObject> entry : after.entrySet()) {
			if (!before.containsKey(entry.getKey())) {
				added(entry.getValue(), out);
			}
		}
		gaps(before, after, out);
		goalsLeftUnmeasured(before, after, out);
		expiredAcceptances(after, out);
		changes.sort(Finding.ORDER);
		return changes;
	}

	// ---- matching

	/**
	 * Every element of a version by a key that stays the same across versions: the kind and the
	 * qualified name of a named element (the four goal levels are one kind, so a goal moved to
	 * another level is the same goal); for steps and acceptances, which have no name, the measure
	 * they are about.
	 */
	private Map<String, EObject> elements(List<Resource> resources) {
		Map<String, EObject> elements = new LinkedHashMap<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof PlanFile file) {
					for (Element element : file.getElements()) {
						String key = key(element);
						if (key != null) {
							String unique = key;
							for (int i = 2; elements.containsKey(unique); i++) {
								unique = key + "#" + i;
							}
							elements.put(unique, element);
						}
					}
				}
			}
		}
		return elements;
	}

	private String key(EObject element) {
		if (element instanceof Named) {
			QualifiedName name = names.getFullyQualifiedName(element);
			return name == null ? null : family(element) + ":" + name;
		}
		if (element instanceof GapAcceptance acceptance) {
			return "accept:" + referenced(acceptance, P.getGapAcceptance_Measure()) + ":" + acceptance.getGap();
		}
		EReference measure = (EReference) element.eClass().getEStructuralFeature("measure");
		return measure == null ? null : element.eClass().getName() + ":" + referenced(element, measure);
	}

	private static String family(EObject element) {
		return element instanceof Goal ? "goal" : element.eClass().getName();
	}

	/** The qualified name of what a reference names, or its text when it names nothing. */
	private String referenced(EObject element, EReference reference) {
		EObject target = (EObject) element.eGet(reference, true);
		if (target != null && !target.eIsProxy()) {
			QualifiedName name = names.getFullyQualifiedName(target);
			if (name != null) {
				return name.toString();
			}
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** The element's name for a message: its qualified name. */
	private String label(EObject element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		return name != null ? name.toString() : String.valueOf(Labels.nameOf(element));
	}

	// ---- added and removed

	private void added(EObject element, Changes out) {
		String kind = Labels.kindOf(element);
		if (element instanceof ShouldMeasure) {
			out.at(element, P.getNamed_Name(), IssueCodes.DIFF_MEASURE_ADDED, "Measure '" + label(element) + "' was added.");
		} else if (element instanceof Goal) {
			out.at(element, P.getNamed_Name(), IssueCodes.DIFF_GOAL_ADDED, Labels.capitalized(kind) + " '" + label(element) + "' was added.");
		} else if (element instanceof Source) {
			out.at(element, P.getNamed_Name(), IssueCodes.DIFF_SOURCE_ADDED, "Source '" + label(element) + "' was added.");
		} else if (element instanceof Action action) {
			out.at(element, P.getNamed_Name(), IssueCodes.DIFF_ACTION_ADDED, "Action '" + label(element) + "' was added to the register"
					+ (action.getDue() != null ? ", due " + action.getDue() : "") + (action.getOwner() != null ? ", owner "
							+ referenced(action, P.getAction_Owner()) : "") + ".");
		} else if (element instanceof GapAcceptance acceptance) {
			out.at(element, P.getGapAcceptance_Reason(), IssueCodes.DIFF_ACCEPTANCE_ADDED, "The " + acceptance.getGap().getLiteral() + " gap of measure '"
					+ referenced(acceptance, P.getGapAcceptance_Measure()) + "' is now accepted" + until(acceptance) + ": \"" + acceptance.getReason()
					+ "\".");
		}
	}

	private void removed(EObject element, Changes out) {
		String kind = Labels.kindOf(element);
		String was = " was removed (it was in " + out.versions.beforeName() + ").";
		if (element instanceof ShouldMeasure) {
			out.at(element, P.getNamed_Name(), IssueCodes.DIFF_MEASURE_REMOVED, "Measure '" + label(element) + "'" + was);
		} else if (element instanceof Goal) {
			out.at(element, P.getNamed_Name(), IssueCodes.DIFF_GOAL_REMOVED, Labels.capitalized(kind) + " '" + label(element) + "'" + was);
		} else if (element instanceof Source) {
			out.at(element, P.getNamed_Name(), IssueCodes.DIFF_SOURCE_REMOVED, "Source '" + label(element) + "'" + was);
		} else if (element instanceof Action action) {
			ActionStatus status = status(action.getStatus(), action);
			out.at(element, P.getNamed_Name(), IssueCodes.DIFF_ACTION_REMOVED, "Action '" + label(element) + "' was deleted from the register"
					+ (Actions.isOpen(status) ? " while still open (" + status.getLiteral() + " in " + out.versions.beforeName()
							+ "): close or cancel it instead," : " (" + status.getLiteral() + " in " + out.versions.beforeName() + "): keep it,")
					+ " so that the register keeps the history of what was done.");
		} else if (element instanceof GapAcceptance acceptance) {
			out.at(element, P.getGapAcceptance_Reason(), IssueCodes.DIFF_ACCEPTANCE_REMOVED, "The acceptance of the " + acceptance.getGap().getLiteral()
					+ " gap of measure '" + referenced(acceptance, P.getGapAcceptance_Measure()) + "'" + was);
		}
	}

	// ---- changed

	private void compare(EObject before, EObject after, Changes out) {
		if (before instanceof ShouldMeasure old && after instanceof ShouldMeasure now) {
			goalposts(old, now, out);
			definition(old, now, out);
			breakdown(old, now, out);
		} else if (before instanceof Processing old && after instanceof Processing now) {
			computation(old, now, out);
		} else if (before instanceof Action old && after instanceof Action now) {
			register(old, now, out);
		}
	}

	private void goalposts(ShouldMeasure old, ShouldMeasure now, Changes out) {
		String measure = "Measure '" + label(now) + "'";
		if (!direction(old).equals(direction(now))) {
			out.at(now, isSet(now, P.getShouldMeasure_Direction()) ? P.getShouldMeasure_Direction() : P.getNamed_Name(), IssueCodes.DIFF_DIRECTION_CHANGED,
					measure + ": direction changed from " + direction(old) + " to " + direction(now) + ": every judgement of its values is reversed.");
		}
		Direction direction = isSet(now, P.getShouldMeasure_Direction()) ? now.getDirection() : null;
		Quantity oldTarget = old.getTarget();
		Quantity newTarget = now.getTarget();
		if (oldTarget != null && newTarget == null) {
			out.at(now, P.getNamed_Name(), IssueCodes.DIFF_TARGET_LOOSENED, measure + ": target " + quantity(oldTarget, old) + " was removed: nothing"
					+ " holds the measure to account any more.");
		} else if (oldTarget == null && newTarget != null) {
			out.at(now, P.getShouldMeasure_Target(), IssueCodes.DIFF_TARGET_TIGHTENED, measure + ": target " + quantity(newTarget, now) + " was set.");
		} else if (oldTarget != null) {
			int moved = compare(oldTarget, old, newTarget, now);
			if (moved != 0) {
				String from = "target " + quantity(oldTarget, old) + " became " + quantity(newTarget, now);
				if (moved == Integer.MIN_VALUE || direction == null) {
					out.at(now, P.getShouldMeasure_Target(), IssueCodes.DIFF_TARGET_LOOSENED, measure + ": " + from + (direction == null
							? " (the measure states no direction, so csi cannot tell whether it is easier to meet)." : " (in units that do not convert).")) ;
				} else {
					boolean easier = direction == Direction.HIGHER ? moved < 0 : moved > 0;
					out.at(now, P.getShouldMeasure_Target(), easier ? IssueCodes.DIFF_TARGET_LOOSENED : IssueCodes.DIFF_TARGET_TIGHTENED, measure + ": "
							+ from + ", " + (easier ? "easier" : "harder") + " to meet (" + direction.getLiteral() + " is better).");
				}
			}
		}
		Quantity oldTolerance = old.getTolerance();
		Quantity newTolerance = now.getTolerance();
		if (oldTolerance != null || newTolerance != null) {
			int wider = oldTolerance == null ? 1 : newTolerance == null ? -1 : compare(oldTolerance, old, newTolerance, now);
			if (wider != 0) {
				String what = oldTolerance == null ? "tolerance " + quantity(newTolerance, now) + " was added"
						: newTolerance == null ? "tolerance " + quantity(oldTolerance, old) + " was removed"
								: "tolerance " + quantity(oldTolerance, old) + " became " + quantity(newTolerance, now);
				boolean looser = wider > 0 || wider == Integer.MIN_VALUE;
				out.at(now, newTolerance != null ? P.getShouldMeasure_Tolerance() : P.getNamed_Name(),
						looser ? IssueCodes.DIFF_TOLERANCE_LOOSENED : IssueCodes.DIFF_TOLERANCE_TIGHTENED,
						measure + ": " + what + (looser ? ": a miss by more is now within tolerance." : ": less slack before a miss counts."));
			}
		}
		Baseline oldBaseline = old.getBaseline();
		Baseline newBaseline = now.getBaseline();
		if (oldBaseline == null && newBaseline != null) {
			out.at(now, P.getShouldMeasure_Baseline(), IssueCodes.DIFF_BASELINE_ADDED, measure + ": baseline " + baseline(newBaseline, now) + " was set.");
		} else if (oldBaseline != null && newBaseline == null) {
			out.at(now, P.getNamed_Name(), IssueCodes.DIFF_BASELINE_CHANGED, measure + ": baseline " + baseline(oldBaseline, old)
					+ " was removed: improvement can no longer be told from it.");
		} else if (oldBaseline != null && (compare(oldBaseline.getValue(), old, newBaseline.getValue(), now) != 0
				|| !Objects.equals(oldBaseline.getDate(), newBaseline.getDate()))) {
			out.at(now, P.getShouldMeasure_Baseline(), IssueCodes.DIFF_BASELINE_CHANGED, measure + ": baseline " + baseline(oldBaseline, old)
					+ " became " + baseline(newBaseline, now) + ": the starting point that improvement is measured from moved.");
		}
	}

	/** A measure's own definition of its series: unit and frequency. */
	private void definition(ShouldMeasure old, ShouldMeasure now, Changes out) {
		List<String> what = new ArrayList<>();
		EStructuralFeature where = null;
		if (!Objects.equals(lower(old.getUnit()), lower(now.getUnit()))) {
			what.add("unit " + or(old.getUnit(), "none") + " became " + or(now.getUnit(), "none"));
			where = P.getShouldMeasure_Unit();
		}
		if (!Objects.equals(Cadence.of(old), Cadence.of(now))) {
			what.add("frequency " + every(Cadence.of(old)) + " became " + every(Cadence.of(now)));
			where = where != null ? where : P.getShouldMeasure_Frequency();
		}
		if (!what.isEmpty()) {
			seriesBreak(now, isSet(now, where) ? now : null, where, String.join(", ", what), statedChange(old, now), out);
		}
	}

	private void breakdown(ShouldMeasure old, ShouldMeasure now, Changes out) {
		Set<String> before = lowered(old.getBreakdown());
		Set<String> after = lowered(now.getBreakdown());
		for (String dimension : now.getBreakdown()) {
			if (!before.contains(dimension.toLowerCase(Locale.ROOT))) {
				out.at(now, P.getShouldMeasure_Breakdown(), IssueCodes.DIFF_BREAKDOWN_ADDED, "Measure '" + label(now) + "' is now broken down per "
						+ dimension + ".");
			}
		}
		for (String dimension : old.getBreakdown()) {
			if (!after.contains(dimension.toLowerCase(Locale.ROOT))) {
				out.at(now, isSet(now, P.getShouldMeasure_Breakdown()) ? P.getShouldMeasure_Breakdown() : P.getNamed_Name(),
						IssueCodes.DIFF_BREAKDOWN_REMOVED, "Measure '" + label(now) + "' is no longer broken down per " + dimension + ".");
			}
		}
	}

	/** Step 4 of a measure: what is computed from which rows. */
	private void computation(Processing old, Processing now, Changes out) {
		List<String> what = new ArrayList<>();
		EStructuralFeature where = null;
		String oldComputation = text(old, P.getProcessing_Computation());
		String newComputation = text(now, P.getProcessing_Computation());
		if (!Objects.equals(oldComputation, newComputation)) {
			what.add(oldComputation == null ? "'compute " + newComputation + "' was added"
					: newComputation == null ? "'compute " + oldComputation + "' was removed"
							: "'compute " + oldComputation + "' became 'compute " + newComputation + "'");
			where = P.getProcessing_Computation();
		}
		if (!Objects.equals(old.getQuery(), now.getQuery())) {
			what.add(old.getQuery() == null ? "a query was added" : now.getQuery() == null ? "its query was removed" : "its query changed");
			where = where != null ? where : P.getProcessing_Query();
		}
		if (what.isEmpty() || now.getMeasure() == null || now.getMeasure().eIsProxy()) {
			return;
		}
		ShouldMeasure measure = now.getMeasure();
		ShouldMeasure before = old.getMeasure() == null || old.getMeasure().eIsProxy() ? null : old.getMeasure();
		seriesBreak(measure, now, isSet(now, where) ? where : P.getStep_Measure(), String.join(", ", what),
				before == null ? List.of() : statedChange(before, measure), out);
	}

	/** A definition change is a series break unless the new version states a process change ({@code changed on}) that the old one did not. */
	private void seriesBreak(ShouldMeasure measure, EObject at, EStructuralFeature feature, String what, List<ProcessChange> stated, Changes out) {
		EObject element = at != null ? at : measure;
		EStructuralFeature where = at != null ? feature : P.getNamed_Name();
		if (stated.isEmpty()) {
			out.at(element, where, IssueCodes.DIFF_SERIES_BREAK, "Measure '" + label(measure) + "': " + what + ", so its values before and after do"
					+ " not compare, and the plan does not say from when: add 'changed on <date> because \"...\"' to the measure.");
		} else {
			ProcessChange change = stated.get(stated.size() - 1);
			out.at(element, where, IssueCodes.DIFF_DEFINITION_CHANGED, "Measure '" + label(measure) + "': " + what + "; the plan states the change"
					+ " on " + change.getDate() + (change.getReason() != null ? " (" + change.getReason() + ")" : "") + ", where csi starts new limits.");
		}
	}

	/** The {@code changed on} clauses of the new version that the old one did not have. */
	private static List<ProcessChange> statedChange(ShouldMeasure old, ShouldMeasure now) {
		Set<String> before = new LinkedHashSet<>();
		for (ProcessChange change : old.getChanges()) {
			before.add(change.getDate());
		}
		List<ProcessChange> added = new ArrayList<>();
		for (ProcessChange change : now.getChanges()) {
			if (!before.contains(change.getDate())) {
				added.add(change);
			}
		}
		return added;
	}

	private void register(Action old, Action now, Changes out) {
		String action = "Action '" + label(now) + "'";
		ActionStatus oldStatus = status(old.getStatus(), old);
		ActionStatus newStatus = status(now.getStatus(), now);
		if (oldStatus != newStatus) {
			EStructuralFeature at = isSet(now, P.getAction_Status()) ? P.getAction_Status() : P.getNamed_Name();
			String moved = action + ": " + oldStatus.getLiteral() + " became " + newStatus.getLiteral();
			if (newStatus == ActionStatus.CANCELLED) {
				out.at(now, at, IssueCodes.DIFF_ACTION_CANCELLED, moved + (now.getJustification() == null ? ", without a justification." : "."));
			} else if (Actions.isOpen(newStatus) && !Actions.isOpen(oldStatus)) {
				out.at(now, at, IssueCodes.DIFF_ACTION_REOPENED, moved + ": it was reopened.");
			} else if (!Actions.isOpen(newStatus) && Actions.isOpen(oldStatus)) {
				out.at(now, at, IssueCodes.DIFF_ACTION_CLOSED, moved + (now.getOutcome() != null ? ", outcome " + now.getOutcome().getResult().getLiteral()
						: ", no outcome recorded") + ".");
			}
		}
		if (old.getDue() != null && now.getDue() != null && !old.getDue().equals(now.getDue())) {
			long days = ChronoUnit.DAYS.between(LocalDate.parse(old.getDue()), LocalDate.parse(now.getDue()));
			if (days > 0) {
				out.at(now, P.getAction_Due(), IssueCodes.DIFF_DUE_SLIPPED, action + ": due date slipped by " + days + (days == 1 ? " day" : " days")
						+ ", from " + old.getDue() + " to " + now.getDue() + ".");
			} else {
				out.at(now, P.getAction_Due(), IssueCodes.DIFF_ACTION_CHANGED, action + ": due date brought forward from " + old.getDue() + " to "
						+ now.getDue() + ".");
			}
		} else if (old.getDue() != null && now.getDue() == null) {
			out.at(now, P.getNamed_Name(), IssueCodes.DIFF_DUE_SLIPPED, action + ": its due date " + old.getDue() + " was removed.");
		}
		String oldOwner = old.getOwner() == null ? null : referenced(old, P.getAction_Owner());
		String newOwner = now.getOwner() == null ? null : referenced(now, P.getAction_Owner());
		if (!Objects.equals(oldOwner, newOwner)) {
			out.at(now, newOwner != null ? P.getAction_Owner() : P.getNamed_Name(), IssueCodes.DIFF_ACTION_CHANGED, action + ": owner "
					+ or(oldOwner, "none") + " became " + or(newOwner, "none") + ".");
		}
	}

	// ---- derived: gaps, goals without measures, expired acceptances

	private void gaps(Map<String, EObject> before, Map<String, EObject> after, Changes out) {
		Map<String, Gap> oldGaps = gapsOf(before);
		Map<String, Gap> newGaps = gapsOf(after);
		for (Map.Entry<String, Gap> entry : newGaps.entrySet()) {
			if (!oldGaps.containsKey(entry.getKey())) {
				Gap gap = entry.getValue();
				out.at(gap.measure(), P.getNamed_Name(), IssueCodes.DIFF_GAP_OPENED, Labels.gap(gap.kind()) + " of measure '" + label(gap.measure())
						+ "' opened: " + gap.problem() + switch (gap.status()) {
						case OPEN -> ".";
						case TRACKED -> "; action '" + Labels.nameOf(gap.trackedBy()) + "' addresses it.";
						case ACCEPTED -> "; it is accepted.";
						});
			}
		}
		for (Map.Entry<String, Gap> entry : oldGaps.entrySet()) {
			if (!newGaps.containsKey(entry.getKey())) {
				Gap gap = entry.getValue();
				EObject now = after.get(entry.getKey().substring(0, entry.getKey().lastIndexOf('/')));
				String closed = Labels.gap(gap.kind()) + " of measure '" + label(gap.measure()) + "' closed";
				out.at(now != null ? now : gap.measure(), P.getNamed_Name(), IssueCodes.DIFF_GAP_CLOSED,
						closed + (now != null ? " (it was: " + gap.problem() + ")." : " with the measure."));
			}
		}
	}

	/** The gaps of a version's measures, by the measure's key and the gap's kind. */
	private Map<String, Gap> gapsOf(Map<String, EObject> elements) {
		Map<String, Gap> gaps = new LinkedHashMap<>();
		for (Map.Entry<String, EObject> entry : elements.entrySet()) {
			if (entry.getValue() instanceof ShouldMeasure measure) {
				PlanSetIndex index = indexes.get(measure);
				for (Gap gap : gapAnalyzer.gaps(measure, index)) {
					gaps.put(entry.getKey() + "/" + gap.kind(), gap);
				}
			}
		}
		return gaps;
	}

	private void goalsLeftUnmeasured(Map<String, EObject> before, Map<String, EObject> after, Changes out) {
		for (Map.Entry<String, EObject> entry : after.entrySet()) {
			if (entry.getValue() instanceof Goal now && before.get(entry.getKey()) instanceof Goal old) {
				List<ShouldMeasure> oldMeasures = indexes.get(old).measuresServing(old);
				if (!oldMeasures.isEmpty() && indexes.get(now).measuresServing(now).isEmpty()) {
					List<String> labels = new ArrayList<>();
					for (ShouldMeasure measure : oldMeasures) {
						labels.add(label(measure));
					}
					out.at(now, P.getNamed_Name(), IssueCodes.DIFF_GOAL_UNMEASURED, Labels.capitalized(Labels.kindOf(now)) + " '" + label(now)
							+ "' is left without measures; in " + out.versions.beforeName() + " " + String.join(", ", labels)
							+ " served it.");
				}
			}
		}
	}

	private void expiredAcceptances(Map<String, EObject> after, Changes out) {
		for (EObject element : after.values()) {
			if (element instanceof GapAcceptance acceptance && acceptance.getUntil() != null
					&& LocalDate.parse(acceptance.getUntil()).isBefore(out.versions.reference())) {
				out.at(acceptance, P.getGapAcceptance_Until(), IssueCodes.DIFF_ACCEPTANCE_EXPIRED, "The acceptance of the "
						+ acceptance.getGap().getLiteral() + " gap of measure '" + referenced(acceptance, P.getGapAcceptance_Measure())
						+ "' was to be reviewed by " + acceptance.getUntil() + " and is still in the plan on " + out.versions.reference()
						+ ": review it, then close the gap, renew the date or remove the acceptance.");
			}
		}
	}

	// ---- words and figures

	/**
	 * The sign of {@code after - before} with both in the unit of the new version's measure, or
	 * {@link Integer#MIN_VALUE} when the units do not convert.
	 */
	private static int compare(Quantity before, ShouldMeasure oldMeasure, Quantity after, ShouldMeasure newMeasure) {
		String unit = newMeasure.getUnit();
		Double old = Units.convert(before.getValue().doubleValue(), before.getUnit() != null ? before.getUnit() : oldMeasure.getUnit(), unit);
		Double now = Units.convert(after.getValue().doubleValue(), after.getUnit(), unit);
		if (old == null || now == null) {
			return Objects.equals(before.getUnit(), after.getUnit()) && before.getValue().compareTo(after.getValue()) == 0 ? 0 : Integer.MIN_VALUE;
		}
		return Double.compare(now, old) == 0 ? 0 : now > old ? 1 : -1;
	}

	private static String quantity(Quantity quantity, ShouldMeasure measure) {
		BigDecimal value = quantity.getValue();
		String unit = quantity.getUnit() != null ? quantity.getUnit() : measure.getUnit();
		return value.stripTrailingZeros().toPlainString() + Units.suffix(unit);
	}

	private static String baseline(Baseline baseline, ShouldMeasure measure) {
		return quantity(baseline.getValue(), measure) + (baseline.getDate() != null ? " as of " + baseline.getDate() : "");
	}

	private static String direction(ShouldMeasure measure) {
		return isSet(measure, P.getShouldMeasure_Direction()) ? "'" + measure.getDirection().getLiteral() + " is better'" : "none";
	}

	private static String every(Cadence cadence) {
		return cadence == null ? "none" : cadence.every();
	}

	private static String until(GapAcceptance acceptance) {
		return acceptance.getUntil() != null ? " until " + acceptance.getUntil() : "";
	}

	private static ActionStatus status(ActionStatus status, Action action) {
		return isSet(action, P.getAction_Status()) ? status : ActionStatus.NEW;
	}

	/** The text of a contained element as written, with runs of white space made one space. */
	private static String text(EObject element, EStructuralFeature feature) {
		EObject value = (EObject) element.eGet(feature);
		if (value == null) {
			return null;
		}
		INode node = NodeModelUtils.findActualNodeFor(value);
		return node == null ? "" : NodeModelUtils.getTokenText(node).replaceAll("\\s+", " ").strip();
	}

	private static boolean isSet(EObject element, EStructuralFeature feature) {
		return feature != null && org.csi.dsl.analysis.Features.isSet(element, feature);
	}

	private static String lower(String text) {
		return text == null ? null : text.toLowerCase(Locale.ROOT);
	}

	private static Set<String> lowered(List<String> texts) {
		Set<String> lowered = new LinkedHashSet<>();
		for (String text : texts) {
			lowered.add(text.toLowerCase(Locale.ROOT));
		}
		return lowered;
	}

	private static String or(String text, String otherwise) {
		return text != null ? text : otherwise;
	}

	/** Where changes go: findings at plan elements, with the severities of the settings. */
	private final class Changes {

		private final List<Finding> list;
		private final Versions versions;

		Changes(List<Finding> list, Versions versions) {
			this.list = list;
			this.versions = versions;
		}

		void at(EObject element, EStructuralFeature feature, String code, String message) {
			Finding finding = findings.at(element, feature, code, message);
			if (finding != null) {
				list.add(finding);
			}
		}
	}
}
