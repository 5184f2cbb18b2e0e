package org.csi.headless;

import org.csi.dsl.validation.IssueFindings;

import org.csi.dsl.common.Finding;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Validates every file of a plan set with exactly the checks the editor runs, and turns
 * Xtext's issues into {@link Finding}s with csi codes (syntax and linking problems too).
 */
public class PlanSetValidator {

	@Inject
	private IResourceValidator validator;

	/** Told how many files are validated so far, for a progress display. */
	public interface Progress {

		/** Tells nobody. */
		Progress NONE = (done, total) -> {
		};

		void validated(int done, int total);
	}

	public List<Finding> validate(PlanSet planSet) {
		return validate(planSet, Progress.NONE);
	}

	/**
	 * Validates the files one after the other. (Parsing runs in parallel, but checking does
	 * not: resolving references reaches into other files, whose Xtext caches are not safe
	 * for concurrent use.)
	 */
	public List<Finding> validate(PlanSet planSet, Progress progress) {
		return validate(planSet, progress, CancelIndicator.NullImpl);
	}

	/** As {@link #validate(PlanSet, Progress)}; stops between files, with what it has, once {@code cancel} says so. */
	public List<Finding> validate(PlanSet planSet, Progress progress, CancelIndicator cancel) {
		List<Finding> findings = new ArrayList<>();
		List<Resource> resources = new ArrayList<>(planSet.resourceSet().getResources());
		int done = 0;
		for (Resource resource : resources) {
			if (cancel.isCanceled()) {
				break;
			}
			progress.validated(done++, resources.size());
			if (!(resource instanceof XtextResource)) {
				continue;
			}
			Path file = Paths.get(resource.getURI().toFileString());
			for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
				findings.add(IssueFindings.toFinding(file, issue));
			}
		}
		progress.validated(resources.size(), resources.size());
		findings.sort(Finding.ORDER);
		return findings;
	}
}
