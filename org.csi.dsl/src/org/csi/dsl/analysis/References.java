package org.csi.dsl.analysis;

import java.util.Collections;
import java.util.List;

import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.OperationalGoal;
import org.csi.dsl.csi.Strategy;
import org.csi.dsl.csi.TacticalGoal;

/** Uniform access to the "supports / refines" links of the goal chain. */
public final class References {

	private References() {
	}

	/** The resolved parents of a goal; unresolved references are left out. */
	public static List<Goal> goals(Goal goal) {
		List<Goal> parents;
		if (goal instanceof Strategy strategy) {
			parents = strategy.getParents();
		} else if (goal instanceof TacticalGoal tactical) {
			parents = tactical.getParents();
		} else if (goal instanceof OperationalGoal operational) {
			parents = operational.getParents();
		} else {
			return Collections.emptyList();
		}
		return parents.stream().filter(p -> !p.eIsProxy()).toList();
	}
}
