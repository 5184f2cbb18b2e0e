package org.csi.headless;

import org.csi.dsl.common.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.measures.DataResult;
import org.csi.dsl.measures.DataStep;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * One check run, the sequence every front end goes through: load the plan set with its settings,
 * validate it, read its data, and merge and sort every finding. The CLI commands and the Maven
 * goals call it and only render its result; a step that every front end should show is added here.
 */
public class PlanSetCheck {

	/**
	 * What to check, and how.
	 *
	 * @param roots .csi files or folders (searched recursively)
	 * @param includes globs of the files to take, relative to a folder root (none: all)
	 * @param excludes globs of the files to leave out
	 * @param settings the plan set's severities and reference date
	 * @param validate whether to validate the plans (steps 1 and 2, the chain, the register)
	 * @param data the data steps, bound to what they may read and spend, or null not to read data
	 * @param progress told as files are validated
	 * @param phases told as each phase ends, with its name (for timing)
	 * @param cancel asked between files as they are validated and between measures when data is read
	 */
	public record Request(List<Path> roots, List<String> includes, List<String> excludes, CsiSettings settings, boolean validate,
			DataStep data, PlanSetValidator.Progress progress, java.util.function.Consumer<String> phases, CancelIndicator cancel) {

		/** Validate the plans under {@code roots}, with {@code settings}, without data. */
		public static Request validate(List<Path> roots, CsiSettings settings) {
			return new Request(roots, List.of(), List.of(), settings, true, null, PlanSetValidator.Progress.NONE, phase -> {
			}, CancelIndicator.NullImpl);
		}

		public Request withFiles(List<String> includes, List<String> excludes) {
			return new Request(roots, includes, excludes, settings, validate, data, progress, phases, cancel);
		}

		public Request withValidation(boolean validate) {
			return new Request(roots, includes, excludes, settings, validate, data, progress, phases, cancel);
		}

		public Request withData(DataStep data) {
			return new Request(roots, includes, excludes, settings, validate, data, progress, phases, cancel);
		}

		public Request withProgress(PlanSetValidator.Progress progress) {
			return new Request(roots, includes, excludes, settings, validate, data, progress, phases, cancel);
		}

		public Request withCancel(CancelIndicator cancel) {
			return new Request(roots, includes, excludes, settings, validate, data, progress, phases, cancel);
		}

		public Request withPhases(java.util.function.Consumer<String> phases) {
			return new Request(roots, includes, excludes, settings, validate, data, progress, phases, cancel);
		}
	}

	/**
	 * What a run found.
	 *
	 * @param planSet the plans, with their settings attached
	 * @param findings every finding of validation and of the data, in {@link Finding#ORDER}
	 * @param data the figures of every computed measure ({@link DataResult#NONE} without data)
	 */
	public record Result(PlanSet planSet, List<Finding> findings, DataResult data) {
	}

	@Inject
	private PlanSetLoader loader;

	@Inject
	private PlanSetValidator validator;

	/** Loads the plan set and runs the checks the request asks for. */
	public Result run(Request request) throws PlanSetException {
		PlanSet planSet = loader.load(request.roots(), request.includes(), request.excludes(), request.settings());
		request.phases().accept("load and parse " + planSet.files().size() + " files");
		return check(planSet, request);
	}

	/**
	 * Runs the checks the request asks for on a plan set that is loaded already, with its settings
	 * attached (an Eclipse project's plans, open editors' text included); the request's roots, file
	 * globs and settings are not used.
	 */
	public Result check(PlanSet planSet, Request request) {
		List<Finding> findings = new ArrayList<>();
		if (request.validate()) {
			findings.addAll(validator.validate(planSet, request.progress(), request.cancel()));
			request.phases().accept("link and validate");
		}
		DataResult data = DataResult.NONE;
		if (request.data() != null && !request.cancel().isCanceled()) {
			data = request.data().run(planSet.resourceSet(), request.cancel());
			findings.addAll(data.findings());
			request.phases().accept("read the data");
		}
		findings.sort(Finding.ORDER);
		return new Result(planSet, List.copyOf(findings), data);
	}
}
