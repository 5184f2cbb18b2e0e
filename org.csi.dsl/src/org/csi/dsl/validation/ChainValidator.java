package org.csi.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.analysis.GoalGraph;
import org.csi.dsl.analysis.Labels;
import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.analysis.References;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.OperationalGoal;
import org.csi.dsl.csi.Plan;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Strategy;
import org.csi.dsl.csi.TacticalGoal;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * The alignment chain: vision, strategy, tactical and operational goals, the measures that
 * serve them and the actions that improve them. Every link that is missing, points to the
 * wrong level or runs in a circle is a break in the chain.
 */
public class ChainValidator extends AbstractCsiCheck {

	/** How many goals of a long cycle a message names. */
	private static final int SHOWN_STEPS = 10;

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	/** A plan needs a vision in its package: it is where the organisation wants to be. */
	@Check
	public void checkPlanHasVision(Plan plan) {
		PlanFile file = EcoreUtil2.getContainerOfType(plan, PlanFile.class);
		String packageName = PlanSetIndex.packageOf(file);
		if (index(plan).visions(packageName).isEmpty()) {
			addIssue("Plan " + quote(plan.getName()) + " has no vision: add 'vision <Name> \"<where the organisation wants to be>\"'"
					+ (packageName.isEmpty() ? "" : " to package " + quote(packageName)) + ".",
					plan, P.getNamed_Name(), IssueCodes.NO_VISION, plan.getName());
		}
	}

	/** A strategy supports a vision. */
	@Check
	public void checkStrategy(Strategy strategy) {
		if (strategy.getParents().isEmpty()) {
			addIssue("Strategy " + quote(strategy.getName()) + " supports no vision: add 'supports <vision>'.",
					strategy, P.getNamed_Name(), IssueCodes.STRATEGY_UNLINKED, strategy.getName());
		}
		checkLevels(strategy, strategy.getParents(), P.getStrategy_Parents(), "a vision", P.getVision());
	}

	/** A tactical goal supports a strategy (or a broader tactical goal), and is measured. */
	@Check
	public void checkTacticalGoal(TacticalGoal goal) {
		if (goal.getParents().isEmpty()) {
			addIssue("Tactical goal " + quote(goal.getName()) + " supports no strategy: add 'supports <strategy>'.",
					goal, P.getNamed_Name(), IssueCodes.TACTICAL_UNLINKED, goal.getName());
		}
		checkLevels(goal, goal.getParents(), P.getTacticalGoal_Parents(), "a strategy or another tactical goal",
				P.getStrategy(), P.getTacticalGoal());
		checkCycle(goal);
		if (!graph(goal).isMeasured(goal)) {
			addIssue("Tactical goal " + quote(goal.getName()) + " has no measure: no should-measure serves it or a goal that refines it.",
					goal, P.getNamed_Name(), IssueCodes.GOAL_UNMEASURED, goal.getName());
		}
	}

	/** An operational goal refines a tactical goal (or a broader operational goal), and is measured. */
	@Check
	public void checkOperationalGoal(OperationalGoal goal) {
		if (goal.getParents().isEmpty()) {
			addIssue("Operational goal " + quote(goal.getName()) + " refines no tactical goal: add 'refines <tactical goal>'.",
					goal, P.getNamed_Name(), IssueCodes.OPERATIONAL_UNLINKED, goal.getName());
		}
		checkLevels(goal, goal.getParents(), P.getOperationalGoal_Parents(), "a tactical goal or another operational goal",
				P.getTacticalGoal(), P.getOperationalGoal());
		checkCycle(goal);
		if (!graph(goal).isMeasured(goal)) {
			addIssue("Operational goal " + quote(goal.getName()) + " has no measure: add 'serves " + goal.getName()
					+ "' to the should-measure that shows whether it is met.",
					goal, P.getNamed_Name(), IssueCodes.GOAL_UNMEASURED, goal.getName());
		}
	}

	/** Measures are driven by the goals, not by the tools at hand. */
	@Check
	public void checkMeasureServesGoal(ShouldMeasure measure) {
		if (measure.getGoals().isEmpty()) {
			addIssue("Should-measure " + quote(measure.getName()) + " serves no goal: add 'serves <goal>' so that it is driven by the goals, not by the tools at hand.",
					measure, P.getNamed_Name(), IssueCodes.MEASURE_UNALIGNED, measure.getName());
		}
	}

	/** A corrective action says what it improves. */
	@Check
	public void checkActionAddressesSomething(Action action) {
		if (action.getAddresses().isEmpty()) {
			addIssue("Action " + quote(action.getName()) + " addresses nothing: add 'addresses <measure, gap or goal>' so that the register shows what it improves.",
					action, P.getNamed_Name(), IssueCodes.ACTION_UNADDRESSED, action.getName());
		}
	}

	private void checkLevels(Goal goal, List<Goal> parents, EReference feature, String expected, EClass... allowed) {
		for (int i = 0; i < parents.size(); i++) {
			Goal parent = parents.get(i);
			if (parent.eIsProxy() || isOneOf(parent.eClass(), allowed)) {
				continue;
			}
			addIssue(Labels.capitalized(Labels.kindOf(goal)) + " " + quote(goal.getName()) + " must " + verb(feature) + " " + expected
					+ ", not " + Labels.kindOf(parent) + " " + quote(parent.getName()) + ".",
					goal, feature, i, IssueCodes.WRONG_LEVEL);
		}
	}

	private static String verb(EReference feature) {
		return feature == P.getOperationalGoal_Parents() ? "refine" : "support";
	}

	private static boolean isOneOf(EClass type, EClass... allowed) {
		for (EClass candidate : allowed) {
			if (candidate == type) {
				return true;
			}
		}
		return false;
	}

	/** Reports a goal that reaches itself through goals of its own level. */
	private void checkCycle(Goal goal) {
		List<Goal> path = graph(goal).cycleThrough(goal);
		if (path == null) {
			return;
		}
		StringBuilder chain = new StringBuilder(goal.getName());
		for (int i = 0; i < path.size(); i++) {
			if (path.size() > SHOWN_STEPS && i == SHOWN_STEPS - 1) {
				chain.append(" -> ... (").append(path.size() - SHOWN_STEPS).append(" more)");
				i = path.size() - 1;
			}
			chain.append(" -> ").append(path.get(i).getName());
		}
		addIssue(Labels.capitalized(Labels.kindOf(goal)) + " " + quote(goal.getName()) + " is part of a cycle: " + chain
				+ ". A goal cannot, through other goals, serve itself.",
				goal, P.getNamed_Name(), IssueCodes.CYCLE, goal.getName());
	}

	private GoalGraph graph(Goal goal) {
		return index(goal).goalGraph();
	}
}
