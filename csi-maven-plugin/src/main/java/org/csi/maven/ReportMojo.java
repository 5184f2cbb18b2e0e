package org.csi.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetReporter;
import org.csi.report.ReportFormat;

import com.google.inject.Injector;

/**
 * Writes each plan's reports (HTML, Markdown, JSON, CSV register) into
 * {@code target/csi-reports}, exactly as {@code csi report} does.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractCsiMojo {

	/** The output folder. */
	@Parameter(property = "csi.reports", defaultValue = "${project.build.directory}/csi-reports")
	File outputDirectory;

	/**
	 * Formats to write, by id, comma-separated; every format csi knows when not set. The ids are
	 * those of csi's report registry (docs/reports.md); an unknown one fails the build with the list.
	 */
	@Parameter(property = "csi.formats")
	List<String> formats;

	/** A date to print on the reports; none by default, so that the same plans give the same bytes. */
	@Parameter(property = "csi.reportDate")
	String reportDate;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("csi: skipped");
			return;
		}
		Set<ReportFormat> selected;
		try {
			selected = formats == null || formats.isEmpty() ? java.util.EnumSet.allOf(ReportFormat.class) : ReportFormat.parse(formats);
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("csi: " + e.getMessage());
		}
		Injector injector = injector();
		Validated validated = validate(injector);
		Path base = plans.toPath().toAbsolutePath().normalize();
		try {
			List<Path> written = injector.getInstance(PlanSetReporter.class).report(validated.planSet(), validated.findings(),
					outputDirectory.toPath(), selected, reportDate, file -> base.relativize(file.toAbsolutePath().normalize()).toString());
			for (Path file : written) {
				getLog().info("csi: wrote " + file);
			}
		} catch (PlanSetException e) {
			throw new MojoExecutionException("csi: " + e.getMessage());
		}
	}
}
