package org.csi.dsl.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csi.dsl.csi.Goal;

/**
 * The goals of a plan set as a graph (a goal points to the goals it supports or refines), with
 * what the chain checks need computed once, in time linear in the goals and without recursion,
 * so that chains of any length are checked: which goals are measured (directly, or through a goal
 * that refines them), and for every goal on a cycle of goals of its own level, the way back to it.
 */
public final class GoalGraph {

	private final Set<Goal> measured = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Map<Goal, List<Goal>> cycles = new IdentityHashMap<>();

	GoalGraph(List<Goal> goals, PlanSetIndex index) {
		markMeasured(goals, index);
		findCycles(goals);
	}

	/** Measured directly, or through a goal that refines or supports it. */
	public boolean isMeasured(Goal goal) {
		return measured.contains(goal);
	}

	/** The goals from {@code goal} back to itself (ending with it), or null when it is on no cycle. */
	public List<Goal> cycleThrough(Goal goal) {
		return cycles.get(goal);
	}

	private void markMeasured(List<Goal> goals, PlanSetIndex index) {
		Deque<Goal> queue = new ArrayDeque<>();
		for (Goal goal : goals) {
			if (!index.measuresServing(goal).isEmpty() && measured.add(goal)) {
				queue.add(goal);
			}
		}
		while (!queue.isEmpty()) {
			for (Goal parent : References.goals(queue.poll())) {
				if (!parent.eIsProxy() && measured.add(parent)) {
					queue.add(parent);
				}
			}
		}
	}

	/** The goals a goal points to among goals of its own level: the edges of a cycle. */
	private static List<Goal> sameLevel(Goal goal) {
		List<Goal> parents = new ArrayList<>();
		for (Goal parent : References.goals(goal)) {
			if (!parent.eIsProxy() && parent.eClass() == goal.eClass()) {
				parents.add(parent);
			}
		}
		return parents;
	}

	/** Tarjan's strongly connected components, with an explicit stack. */
	private void findCycles(List<Goal> goals) {
		Map<Goal, Integer> number = new IdentityHashMap<>();
		Map<Goal, Integer> low = new IdentityHashMap<>();
		Deque<Goal> stack = new ArrayDeque<>();
		Set<Goal> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
		int counter = 0;
		for (Goal root : goals) {
			if (number.containsKey(root)) {
				continue;
			}
			Deque<Object[]> work = new ArrayDeque<>(); // {goal, index of the next parent to visit}
			work.push(new Object[] { root, 0 });
			number.put(root, counter);
			low.put(root, counter++);
			stack.push(root);
			onStack.add(root);
			while (!work.isEmpty()) {
				Object[] frame = work.peek();
				Goal goal = (Goal) frame[0];
				List<Goal> parents = sameLevel(goal);
				int next = (Integer) frame[1];
				if (next < parents.size()) {
					frame[1] = next + 1;
					Goal parent = parents.get(next);
					if (!number.containsKey(parent)) {
						number.put(parent, counter);
						low.put(parent, counter++);
						stack.push(parent);
						onStack.add(parent);
						work.push(new Object[] { parent, 0 });
					} else if (onStack.contains(parent)) {
						low.put(goal, Math.min(low.get(goal), number.get(parent)));
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					Goal caller = (Goal) work.peek()[0];
					low.put(caller, Math.min(low.get(caller), low.get(goal)));
				}
				if (low.get(goal).equals(number.get(goal))) {
					List<Goal> component = new ArrayList<>();
					Goal member;
					do {
						member = stack.pop();
						onStack.remove(member);
						component.add(member);
					} while (member != goal);
					recordCycles(component);
				}
			}
		}
	}

	private void recordCycles(List<Goal> component) {
		Set<Goal> members = Collections.newSetFromMap(new IdentityHashMap<>());
		members.addAll(component);
		if (component.size() == 1 && !sameLevel(component.get(0)).contains(component.get(0))) {
			return; // a goal on no cycle
		}
		List<Goal> ring = ring(component.get(0), members);
		if (ring != null) {
			// a simple cycle: the way back from each member is the ring, turned to start after it
			for (int i = 0; i < ring.size(); i++) {
				int start = i + 1;
				cycles.put(ring.get(i), new java.util.AbstractList<Goal>() {
					@Override
					public Goal get(int index) {
						return ring.get((start + index) % ring.size());
					}

					@Override
					public int size() {
						return ring.size();
					}
				});
			}
			return;
		}
		for (Goal goal : component) {
			cycles.put(goal, pathBack(goal, members));
		}
	}

	/** The members in cycle order when each has exactly one parent among them, else null. */
	private static List<Goal> ring(Goal first, Set<Goal> members) {
		List<Goal> ring = new ArrayList<>();
		Goal current = first;
		do {
			List<Goal> next = sameLevel(current).stream().filter(members::contains).toList();
			if (next.size() != 1) {
				return null;
			}
			ring.add(current);
			current = next.get(0);
		} while (current != first && ring.size() <= members.size());
		return ring.size() == members.size() && current == first ? ring : null;
	}

	/** The shortest way from {@code goal} back to itself inside its component (breadth first). */
	private static List<Goal> pathBack(Goal goal, Set<Goal> members) {
		Map<Goal, Goal> reachedFrom = new IdentityHashMap<>();
		Deque<Goal> queue = new ArrayDeque<>();
		queue.add(goal);
		while (!queue.isEmpty()) {
			Goal current = queue.poll();
			for (Goal parent : sameLevel(current)) {
				if (!members.contains(parent)) {
					continue;
				}
				if (parent == goal) {
					List<Goal> path = new ArrayList<>();
					for (Goal step = current; step != goal; step = reachedFrom.get(step)) {
						path.add(step);
					}
					Collections.reverse(path);
					path.add(goal);
					return path;
				}
				if (!reachedFrom.containsKey(parent)) {
					reachedFrom.put(parent, current);
					queue.add(parent);
				}
			}
		}
		return List.of(goal);
	}
}
