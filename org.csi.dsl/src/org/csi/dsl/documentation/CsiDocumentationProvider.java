package org.csi.dsl.documentation;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.analysis.Gap;
import org.csi.dsl.analysis.GapAnalyzer;
import org.csi.dsl.analysis.Labels;
import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.analysis.PlanSetIndexProvider;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.ShouldMeasure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import com.google.inject.Inject;

/**
 * The text an editor shows when hovering over an element: its kind, name and title, its
 * description, and what the plan set says about it: for a should-measure its step 1/2 gaps
 * and their status and the steps it still lacks, for a goal the measures that serve it, for
 * an action its status and due date.
 */
public class CsiDocumentationProvider implements IEObjectDocumentationProvider {

	@Inject
	private PlanSetIndexProvider indexProvider;

	@Inject
	private GapAnalyzer gapAnalyzer;

	@Inject
	private org.csi.dsl.measures.DataSummaries data;

	@Override
	public String getDocumentation(EObject element) {
		String name = element instanceof Named named ? named.getName() : element instanceof PlanFile file ? file.getName() : null;
		if (name == null) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		String title = element instanceof Named named ? named.getTitle() : null;
		lines.add(Labels.capitalized(Labels.kindOf(element)) + " " + name + (title == null ? "" : ": " + title));
		Object description = feature(element, "description");
		if (description != null) {
			lines.add(description.toString());
		}
		int firstAfterDescription = lines.size();
		PlanSetIndex index = indexProvider.get(element);
		if (element instanceof ShouldMeasure measure) {
			String judged = org.csi.dsl.measures.JudgementWords.of(measure);
			if (judged != null) {
				lines.add("Judged: " + judged + ".");
			}
			List<Gap> gaps = gapAnalyzer.gaps(measure, index);
			if (gaps.isEmpty()) {
				lines.add("No step 1/2 gap: the sources provide what the goals need.");
			}
			for (Gap gap : gaps) {
				String status = switch (gap.status()) {
				case OPEN -> "open";
				case TRACKED -> "tracked by " + (Labels.nameOf(gap.trackedBy()) == null ? "an action" : "action " + Labels.nameOf(gap.trackedBy()));
				case ACCEPTED -> "accepted" + (Labels.nameOf(gap.acceptance().getAcceptedBy()) == null ? ""
						: " by " + Labels.nameOf(gap.acceptance().getAcceptedBy()));
				};
				lines.add(Labels.gap(gap.kind()) + " (" + status + "): " + gap.problem() + ".");
			}
			List<String> missing = new ArrayList<>();
			if (!index.provisions(measure).isEmpty()) {
				if (index.gathers(measure).isEmpty()) missing.add("gather");
				if (index.processings(measure).isEmpty()) missing.add("process");
				if (index.analyses(measure).isEmpty()) missing.add("analyse");
				if (index.presentations(measure).isEmpty()) missing.add("present");
			}
			if (!missing.isEmpty()) {
				lines.add("Steps still missing: " + String.join(", ", missing) + ".");
			}
			// what the data says comes first after the title and description: a hover shows its first lines
			lines.addAll(firstAfterDescription, data.of(measure));
		} else if (element instanceof Goal goal) {
			List<String> measures = index.measuresServing(goal).stream().map(ShouldMeasure::getName).toList();
			if (!measures.isEmpty()) {
				lines.add("Measured by " + String.join(", ", measures) + ".");
			}
		} else if (element instanceof Action action) {
			lines.add("Status " + action.getStatus().getLiteral() + (action.getDue() == null ? "" : ", due " + action.getDue())
					+ (action.getCompleted() == null ? "" : ", completed " + action.getCompleted()) + ".");
			lines.addAll(data.of(action));
		}
		return String.join("\n\n", lines);
	}

	/** The description clause that some kinds of element take (plan, goal, service, process, measure, source). */
	private static Object feature(EObject element, String name) {
		var feature = element.eClass().getEStructuralFeature(name);
		return feature == null ? null : element.eGet(feature);
	}
}
