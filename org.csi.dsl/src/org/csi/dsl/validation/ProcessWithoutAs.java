package org.csi.dsl.validation;

import java.util.List;

import org.csi.dsl.analysis.PlanSetIndex;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.ShouldMeasure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Step 4 written without its 'as': {@code process M "mean"} declares a process named M, where the
 * author meant {@code process M as "mean"}, the processing of should-measure M. Both start with
 * 'process', so the parser cannot tell them apart; a process with the name of a should-measure
 * can only be this mistake (names are unique across a plan set), and its findings say so instead
 * of "declared more than once" at both, "no process owner" and "not a clause of process".
 */
final class ProcessWithoutAs {

	private ProcessWithoutAs() {
	}

	/** The should-measure a process has the name of, or null. */
	static ShouldMeasure measureNamedLike(ItsmProcess process, PlanSetIndex index, IQualifiedNameProvider names) {
		QualifiedName name = names.getFullyQualifiedName(process);
		if (name == null) {
			return null;
		}
		for (EObject each : index.elementsNamed(name)) {
			if (each instanceof ShouldMeasure measure) {
				return measure;
			}
		}
		return null;
	}

	/** Whether every other element with a should-measure's name is a process that is step 4 without 'as'. */
	static boolean onlyStepsWithoutAs(ShouldMeasure measure, List<EObject> sameName) {
		return sameName.stream().allMatch(each -> each == measure || each instanceof ItsmProcess);
	}

	/** What the author meant: "process M as \"mean\"", with the process's title as the formula. */
	static String meant(ItsmProcess process) {
		String formula = process.getTitle() == null ? "<formula>" : process.getTitle().replace("\\", "\\\\").replace("\"", "\\\"");
		return "process " + process.getName() + " as \"" + formula + "\"";
	}

	/** The finding at such a process. */
	static String message(ItsmProcess process) {
		return "Process '" + process.getName() + "' has the name of a should-measure: to process the measure (step 4), write '"
				+ meant(process) + "'; to declare a process, give it a name of its own.";
	}
}
