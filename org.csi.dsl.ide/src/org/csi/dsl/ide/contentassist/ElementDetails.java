package org.csi.dsl.ide.contentassist;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.Analysis;
import org.csi.dsl.csi.Gather;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.Presentation;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a proposal's details say about the element it names: its kind, name and title, where it
 * stands in the improvement cycle, and its description if it has one.
 */
public final class ElementDetails {

	private ElementDetails() {
	}

	/** For example {@code Should-measure Restore "Time to restore checkout"}, then {@code Step 1 of the improvement cycle: ...}. */
	public static String of(EObject element) {
		StringBuilder text = new StringBuilder(Labels.capitalized(Labels.kindOf(element)));
		if (element instanceof Named named) {
			text.append(' ').append(named.getName());
			if (named.getTitle() != null) {
				text.append(" \"").append(named.getTitle()).append('"');
			}
		}
		text.append('\n').append(stepOf(element));
		if (element instanceof ShouldMeasure measure && org.csi.dsl.measures.JudgementWords.of(measure) != null) {
			text.append("\nJudged: ").append(org.csi.dsl.measures.JudgementWords.of(measure));
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature("description");
		Object description = feature == null ? null : element.eGet(feature);
		if (description != null) {
			text.append("\n\n").append(description);
		}
		return text.toString();
	}

	/** Where an element stands in the 7-step improvement cycle, in the words of the method. */
	public static String stepOf(EObject element) {
		if (element instanceof ShouldMeasure) return "Step 1 of the improvement cycle: what should be measured";
		if (element instanceof Source) return "Step 2 of the improvement cycle: what can be measured";
		if (element instanceof Gather) return "Step 3 of the improvement cycle: gather the data";
		if (element instanceof Processing) return "Step 4 of the improvement cycle: process the data";
		if (element instanceof Analysis) return "Step 5 of the improvement cycle: analyse the information";
		if (element instanceof Presentation) return "Step 6 of the improvement cycle: present and use the information";
		if (element instanceof Action || element instanceof GapAcceptance) {
			return "Step 7 of the improvement cycle: implement corrective action";
		}
		return "Before step 1 of the improvement cycle: the vision, goals and organisation the measures serve";
	}
}
