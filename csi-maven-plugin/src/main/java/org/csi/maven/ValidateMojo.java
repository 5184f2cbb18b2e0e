package org.csi.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's improvement plans ({@code src/main/csi}) and fails the build when they
 * have errors (or warnings, with {@code failOnWarning}). Every finding is in the log with its
 * file, line, column and code.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractCsiMojo {

	/** Fail on warnings as well as errors. */
	@Parameter(property = "csi.failOnWarning", defaultValue = "false")
	boolean failOnWarning;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("csi: skipped");
			return;
		}
		Validated validated = validate(injector());
		failOnErrors(validated);
		if (failOnWarning && validated.findings().stream().anyMatch(f -> f.severity() == org.csi.dsl.common.Finding.Severity.WARNING)) {
			throw new MojoFailureException("csi: the plans have warnings and failOnWarning is set (see the log above)");
		}
	}
}
