package org.csi.dsl.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.Addressed;
import org.csi.dsl.csi.Analysis;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.Gather;
import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Presentation;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.Provision;
import org.csi.dsl.csi.Role;
import org.csi.dsl.csi.RoleKind;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.csi.dsl.csi.Vision;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * The inverse references of a whole plan set (every file in one resource set), built in
 * one pass over all elements. Checks ask it "which sources provide this measure?" or
 * "which actions address this gap?" in constant time, so validating a plan set costs
 * time linear in its size instead of comparing every pair of elements.
 */
public class PlanSetIndex {

	/** An action's entry that addresses a measure, a goal, or one gap of a measure. */
	public record Addressing(Action action, Addressed addressed) {
	}

	private final Map<ShouldMeasure, List<Provision>> provisions = new IdentityHashMap<>();
	private final Map<ShouldMeasure, List<Gather>> gathers = new IdentityHashMap<>();
	private final Map<ShouldMeasure, List<Processing>> processings = new IdentityHashMap<>();
	private final Map<ShouldMeasure, List<Analysis>> analyses = new IdentityHashMap<>();
	private final Map<ShouldMeasure, List<Presentation>> presentations = new IdentityHashMap<>();
	private final Map<Goal, List<ShouldMeasure>> measuresServing = new IdentityHashMap<>();
	private final Map<Goal, List<Goal>> children = new IdentityHashMap<>();
	private final Map<EObject, List<Addressing>> addressings = new IdentityHashMap<>();
	private final Map<ShouldMeasure, List<GapAcceptance>> acceptances = new IdentityHashMap<>();
	private final Map<ItsmProcess, List<Role>> processOwners = new IdentityHashMap<>();
	private final Map<String, List<Vision>> visionsByPackage = new HashMap<>();
	private final Map<QualifiedName, List<EObject>> byName = new HashMap<>();
	private final Map<String, List<Element>> byPackage = new HashMap<>();
	private final Namespace namespaces = new Namespace();
	private final List<Goal> goals = new ArrayList<>();
	private GoalGraph goalGraph;

	public PlanSetIndex(Iterable<Resource> resources, NameFunction names) {
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof PlanFile file) {
					if (file.getName() != null) { // a declared package is known even while it holds nothing yet
						namespaces.add(file.getName().split("\\."));
					}
					for (Element element : file.getElements()) {
						add(file, element, names);
					}
				}
			}
		}
	}

	/** Computes the qualified name of an element, or null. */
	public interface NameFunction {
		QualifiedName apply(EObject element);
	}

	private void add(PlanFile file, Element element, NameFunction names) {
		QualifiedName name = names.apply(element);
		if (name != null) {
			byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(element);
		}
		byPackage.computeIfAbsent(packageOf(file), k -> new ArrayList<>()).add(element);
		if (element instanceof Goal goal) {
			goals.add(goal);
		}
		if (element instanceof Vision vision) {
			visionsByPackage.computeIfAbsent(packageOf(file), k -> new ArrayList<>()).add(vision);
		} else if (element instanceof Goal goal) {
			for (Goal parent : References.goals(goal)) {
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(goal);
			}
		} else if (element instanceof ShouldMeasure measure) {
			for (Goal goal : measure.getGoals()) {
				if (!goal.eIsProxy()) {
					measuresServing.computeIfAbsent(goal, k -> new ArrayList<>()).add(measure);
				}
			}
		} else if (element instanceof Source source) {
			for (Provision provision : source.getProvides()) {
				put(provisions, provision.getMeasure(), provision);
			}
		} else if (element instanceof Gather gather) {
			put(gathers, gather.getMeasure(), gather);
		} else if (element instanceof Processing processing) {
			put(processings, processing.getMeasure(), processing);
		} else if (element instanceof Analysis analysis) {
			put(analyses, analysis.getMeasure(), analysis);
		} else if (element instanceof Presentation presentation) {
			put(presentations, presentation.getMeasure(), presentation);
		} else if (element instanceof GapAcceptance acceptance) {
			put(acceptances, acceptance.getMeasure(), acceptance);
		} else if (element instanceof Action action) {
			for (Addressed addressed : action.getAddresses()) {
				EObject target = addressed.getElement();
				if (target != null && !target.eIsProxy()) {
					addressings.computeIfAbsent(target, k -> new ArrayList<>()).add(new Addressing(action, addressed));
				}
			}
		} else if (element instanceof Role role) {
			if (role.getKind() == RoleKind.OWNER && Features.isSet(role, org.csi.dsl.csi.CsiPackage.Literals.ROLE__KIND)
					&& role.getProcess() != null && !role.getProcess().eIsProxy()) {
				processOwners.computeIfAbsent(role.getProcess(), k -> new ArrayList<>()).add(role);
			}
		}
	}

	private static <T> void put(Map<ShouldMeasure, List<T>> map, ShouldMeasure measure, T value) {
		if (measure != null && !measure.eIsProxy()) {
			map.computeIfAbsent(measure, k -> new ArrayList<>()).add(value);
		}
	}

	/** The goals of the plan set as a graph (measured goals, cycles), computed on first use. */
	public synchronized GoalGraph goalGraph() {
		if (goalGraph == null) {
			goalGraph = new GoalGraph(goals, this);
		}
		return goalGraph;
	}

	public static String packageOf(PlanFile file) {
		return file.getName() == null ? "" : file.getName();
	}

	public List<Provision> provisions(ShouldMeasure measure) {
		return provisions.getOrDefault(measure, Collections.emptyList());
	}

	public List<Gather> gathers(ShouldMeasure measure) {
		return gathers.getOrDefault(measure, Collections.emptyList());
	}

	public List<Processing> processings(ShouldMeasure measure) {
		return processings.getOrDefault(measure, Collections.emptyList());
	}

	public List<Analysis> analyses(ShouldMeasure measure) {
		return analyses.getOrDefault(measure, Collections.emptyList());
	}

	public List<Presentation> presentations(ShouldMeasure measure) {
		return presentations.getOrDefault(measure, Collections.emptyList());
	}

	public List<ShouldMeasure> measuresServing(Goal goal) {
		return measuresServing.getOrDefault(goal, Collections.emptyList());
	}

	/** The goals that support or refine the given goal. */
	public List<Goal> children(Goal goal) {
		return children.getOrDefault(goal, Collections.emptyList());
	}

	public List<Addressing> addressings(EObject measureOrGoal) {
		return addressings.getOrDefault(measureOrGoal, Collections.emptyList());
	}

	public List<GapAcceptance> acceptances(ShouldMeasure measure) {
		return acceptances.getOrDefault(measure, Collections.emptyList());
	}

	public List<Role> processOwners(ItsmProcess process) {
		return processOwners.getOrDefault(process, Collections.emptyList());
	}

	public List<Vision> visions(String packageName) {
		return visionsByPackage.getOrDefault(packageName, Collections.emptyList());
	}

	/** The elements of a package across all files, in file order, then document order. */
	public List<Element> elementsOf(String packageName) {
		return byPackage.getOrDefault(packageName, Collections.emptyList());
	}

	/** Whether some element's qualified name starts with these segments (a package or namespace). */
	public boolean isNamespace(QualifiedName name) {
		return namespaces.contains(name);
	}

	/**
	 * The packages of the plan set and their parents, as a tree of segments: a package of n
	 * segments costs n entries (a set of every prefix would cost n squared: 20,000 segments, 1.2 GB).
	 */
	private static final class Namespace {

		private final Map<String, Namespace> children = new HashMap<>(4);

		void add(String[] segments) {
			Namespace namespace = this;
			for (String segment : segments) {
				namespace = namespace.children.computeIfAbsent(segment, k -> new Namespace());
			}
		}

		boolean contains(QualifiedName name) {
			Namespace namespace = this;
			for (int i = 0; i < name.getSegmentCount() && namespace != null; i++) {
				namespace = namespace.children.get(name.getSegment(i));
			}
			return namespace != null && name.getSegmentCount() > 0;
		}
	}

	public List<EObject> elementsNamed(QualifiedName name) {
		return byName.getOrDefault(name, Collections.emptyList());
	}
}
