package org.csi.dsl.measures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.csi.dsl.common.Figures;
import org.csi.dsl.csi.Named;
import org.eclipse.emf.ecore.EObject;

import com.google.inject.Singleton;

/**
 * What the last data run said about each measure and action, in words, for the editor's hover:
 * a measure's latest value and its variation, an action's verdicts. Kept by file and name, so that
 * it outlives the elements of that run (an edit re-parses them); a front end that reads data
 * ({@code Generate CSI Reports} in Eclipse) replaces it after each run.
 */
@Singleton
public class DataSummaries {

	private final Map<String, List<String>> lines = new ConcurrentHashMap<>();

	/** Replaces what is known about the elements of these files (file URIs as strings) with what {@code result} says. */
	public void replace(Collection<String> files, DataResult result) {
		lines.keySet().removeIf(key -> files.contains(key.substring(0, key.lastIndexOf('#'))));
		for (MeasureAnalysis analysis : result.analyses().values()) {
			List<String> about = new ArrayList<>();
			PeriodResult latest = analysis.latest();
			String unit = analysis.measure().getUnit();
			about.add("Data: " + (latest == null ? "no data yet" : latest.actual() == null ? "no data for " + latest.period()
					: "latest " + Figures.number(latest.actual()) + Units.suffix(unit) + " (" + latest.status().label() + ") for " + latest.period())
					+ ".");
			about.add("Variation: " + BehaviourWords.of(analysis.behaviour(), analysis.periods(), analysis.target(), unit) + ".");
			if (analysis.target() != null) {
				about.add("Assurance: " + assurance(analysis.behaviour()) + ".");
			}
			put(analysis.measure(), about);
			for (ActionVerdict verdict : analysis.verdicts()) {
				put(verdict.action(), List.of("Data of " + verdict.measure() + " since " + verdict.completed() + ": " + verdict.sentence() + "."));
			}
		}
	}

	/** Whether the process as it runs meets the target, or how many more periods that needs to be said. */
	private static String assurance(Behaviour behaviour) {
		if (behaviour.assurance() != null) {
			return behaviour.assurance().label();
		}
		Behaviour.Stretch latest = behaviour.latest();
		return latest == null ? "no data" : "not known yet: " + latest.points() + " of the " + ProcessBehaviour.MIN_POINTS
				+ " periods needed for limits of the process" + (latest.change() == null ? "" : " since the change");
	}

	private void put(EObject element, List<String> about) {
		String key = key(element);
		if (key != null) {
			lines.merge(key, about, (old, more) -> {
				List<String> all = new ArrayList<>(old);
				all.addAll(more);
				return all;
			});
		}
	}

	/** What the last data run said about the element (a measure or an action), or nothing. */
	public List<String> of(EObject element) {
		String key = key(element);
		return key == null ? List.of() : lines.getOrDefault(key, List.of());
	}

	private static String key(EObject element) {
		if (!(element instanceof Named named) || named.getName() == null || element.eResource() == null) {
			return null;
		}
		return element.eResource().getURI().toString() + "#" + named.getName();
	}
}
