package org.csi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.csi.dsl.measures.DataResult;
import org.csi.dsl.common.Finding;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetCheck;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetReporter;
import org.csi.report.ReportFormat;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code csi report}: checks a plan set and writes each plan's reports. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Checks the plan set, reads the data of the measures it computes (as csi analyze does), and writes, for every plan,"
				+ " its reports (HTML, Markdown, JSON and the CSV register) into one folder.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the reports are written (whatever the findings: use csi validate to gate a build)",
				"2:bad usage, a file that cannot be read, or a report that cannot be written", "3:internal error" })
public class ReportCommand extends PlanSetCommand {

	@Mixin
	PlanSetOptions options;

	@Mixin
	DataOptions dataOptions;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "output folder (default: ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "html,md,json,csv",
			completionCandidates = org.csi.report.ReportFormat.Ids.class,
			description = "formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	List<String> formats;

	@Option(names = "--report-date", paramLabel = "DATE",
			description = "print this date on the reports; without it reports carry no date, so the same plans give the same bytes")
	String reportDate;

	@Override
	protected int run(PrintWriter stdout, PrintWriter err) throws PlanSetException, IOException {
		Injector injector = Csi.injector();
		Set<ReportFormat> selected;
		try {
			selected = ReportFormat.parse(formats);
		} catch (IllegalArgumentException e) {
			throw new PlanSetException(e.getMessage());
		}
		if (reportDate != null) {
			PlanSetOptions.parseDate("--report-date", reportDate);
		}
		options.configure(injector);
		// validation and steps 3-5 on the data: the figures of every computed measure, and what is wrong with the data
		PlanSetCheck.Result run = injector.getInstance(PlanSetCheck.class).run(options.request().withData(dataOptions.step(options, injector)));
		PlanSet planSet = run.planSet();
		List<Finding> findings = run.findings();
		DataResult data = run.data();
		Path base = commonFolder(planSet.files());
		List<Path> written = injector.getInstance(PlanSetReporter.class).report(planSet, findings, data, out, selected, reportDate,
				file -> base == null ? file.getFileName().toString() : base.relativize(file).toString());
		for (Path file : written) {
			stdout.println("wrote " + DisplayPaths.display(file));
		}
		if (written.isEmpty()) {
			stdout.println("no plan found: a report is written for each 'plan' element");
		}
		return ExitCodes.OK;
	}

	/** The deepest folder that holds every file: reports name files relative to it. */
	static Path commonFolder(List<Path> files) {
		Path common = null;
		for (Path file : files) {
			Path folder = file.toAbsolutePath().normalize().getParent();
			if (common == null) {
				common = folder;
			} else {
				while (common != null && !folder.startsWith(common)) {
					common = common.getParent();
				}
			}
		}
		return common;
	}
}
