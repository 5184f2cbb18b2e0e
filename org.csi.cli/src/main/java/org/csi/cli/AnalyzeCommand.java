package org.csi.cli;

import java.io.PrintWriter;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import org.csi.cli.ValidateCommand.FailOn;
import org.csi.cli.output.ValidationResult;
import org.csi.dsl.analysis.Features;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.measures.DataResult;
import org.csi.dsl.common.Figures;
import org.csi.dsl.measures.FiredTrigger;
import org.csi.dsl.measures.ActionVerdict;
import org.csi.dsl.measures.Behaviour;
import org.csi.dsl.measures.BehaviourWords;
import org.csi.dsl.measures.MeasureAnalysis;
import org.csi.dsl.measures.PeriodResult;
import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetCheck;
import org.csi.headless.PlanSetException;
import org.csi.report.JsonReportRenderer;
import org.csi.dsl.common.JsonWriter;
import org.csi.report.PlanReportBuilder;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code csi analyze}: steps 3 to 5 on the team's data, the figures of every computed measure. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Reads the data of every measure that a plan computes (compute or query in step 4, over the source of its step 3)"
				+ " and judges each period against the target and tolerance: actual, status, change against the baseline, trend."
				+ " Problems with the data are findings at the plan line that declares the source or the query.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no finding at the --fail-on severity", "1:findings at the --fail-on severity (by default: errors)",
				"2:bad usage or a file that cannot be read", "3:internal error" })
public class AnalyzeCommand extends PlanSetCommand {

	enum Format {
		text, json
	}

	@Mixin
	PlanSetOptions options;

	@Mixin
	DataOptions dataOptions;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
			description = "exit 1 on findings of this severity or worse: error, warning or never (default: ${DEFAULT-VALUE})")
	FailOn failOn;

	@Override
	protected int run(PrintWriter out, PrintWriter err) throws PlanSetException {
		Injector injector = Csi.injector();
		options.configure(injector);
		PlanSetCheck.Result run = injector.getInstance(PlanSetCheck.class)
				.run(options.request().withValidation(false).withData(dataOptions.step(options, injector)));
		PlanSet planSet = run.planSet();
		DataResult result = run.data();
		IQualifiedNameProvider names = injector.getInstance(IQualifiedNameProvider.class);
		ValidationResult findings = new ValidationResult(result.findings(), planSet.files(), Paths.get(""), VersionProvider.version());
		if (format == Format.json) {
			out.println(json(result, findings, names));
		} else {
			text(result, findings, names, out);
		}
		return failOn.failedBy(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** Titles, values from the data and messages go through {@link FindingText#oneLine}: nothing a terminal acts on. */
	private static void text(DataResult result, ValidationResult findings, IQualifiedNameProvider names, PrintWriter out) {
		for (MeasureAnalysis analysis : result.analyses().values()) {
			ShouldMeasure measure = analysis.measure();
			out.println(FindingText.oneLine(names.getFullyQualifiedName(measure) + ": " + measure.getTitle() + " ("
					+ describe(analysis) + ")"));
			Behaviour behaviour = analysis.behaviour();
			for (int i = 0; i < analysis.periods().size(); i++) {
				PeriodResult period = analysis.periods().get(i);
				Behaviour.Stretch stretch = behaviour.stretchOf(i);
				if (stretch != null && stretch.from() == i && stretch.change() != null) {
					out.println(FindingText.oneLine("  -- " + stretch.change().cause() + " on " + stretch.change().date() + ": limits computed afresh from here"));
				}
				out.println(String.format(Locale.ROOT, "  %s %10s  %-16s %-10s %s", period.period(),
						period.actual() == null ? "-" : Figures.number(period.actual()), period.status().label(), rows(period),
						behaviour.signalAt(i, analysis.periods()).isEmpty() ? "" : "signal: " + behaviour.signalAt(i, analysis.periods())).stripTrailing());
			}
			out.println("  " + summary(analysis));
			out.println(FindingText.oneLine("  variation: " + BehaviourWords.of(behaviour, analysis.periods(), analysis.target(),
					measure.getUnit())));
			for (MeasureAnalysis.Breakdown values : analysis.breakdown()) {
				PeriodResult latest = values.latest();
				out.println("  per " + FindingText.oneLine(dimensions(values)) + ": " + (latest == null ? "no data"
						: "latest " + (latest.actual() == null ? "-" : Figures.number(latest.actual())) + " (" + latest.status().label()
								+ (latest.rows() < 0 ? "" : ", " + rows(latest)) + ") for " + latest.period() + "; "
								+ values.behaviour().variation().label()
								+ (values.behaviour().assurance() == null ? "" : ", " + values.behaviour().assurance().label())));
			}
			for (ActionVerdict verdict : analysis.verdicts()) {
				out.println(FindingText.oneLine("  action " + verdict.action().getName() + " (completed " + verdict.completed() + "): "
						+ verdict.sentence()));
			}
			for (FiredTrigger fired : analysis.fired()) {
				out.println("  trigger: " + FindingText.oneLine((fired.dimensions().isEmpty() ? "" : "for "
						+ String.join(", ", fired.dimensions().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + ": ")
						+ fired.condition()));
			}
		}
		for (Finding finding : findings.findings()) {
			out.println(FindingText.line(findings.relative(finding.file()), finding));
		}
		long missed = result.analyses().values().stream()
				.filter(a -> a.latest() != null && a.latest().status() == org.csi.dsl.measures.Status.MISSED).count();
		out.println(FindingText.count(result.analyses().size(), "measure") + " computed, " + missed + " missing the target in the latest"
				+ " period; " + FindingText.counts(findings.findings()) + ".");
	}

	/** "service=EHR, priority=P1". */
	static String dimensions(MeasureAnalysis.Breakdown values) {
		return String.join(", ", values.dimensions().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}

	private static String describe(MeasureAnalysis analysis) {
		ShouldMeasure measure = analysis.measure();
		StringBuilder text = new StringBuilder();
		if (measure.getUnit() != null) {
			text.append(measure.getUnit()).append(", ");
		}
		if (Features.isSet(measure, CsiPackage.Literals.SHOULD_MEASURE__DIRECTION)) {
			text.append(measure.getDirection().getLiteral()).append(" is better, ");
		}
		if (measure.isTrendOnly()) {
			text.append("trend only");
		} else if (analysis.target() == null) {
			text.append("no target");
		} else {
			text.append("target ").append(Figures.number(analysis.target()));
		}
		if (analysis.tolerance() != null) {
			text.append(" ± ").append(Figures.number(analysis.tolerance()));
		}
		if (analysis.minimumSample() > 0) {
			text.append(", at least ").append(analysis.minimumSample()).append(" rows a period");
		}
		return text.append(", from source ").append(analysis.source()).toString();
	}

	private static String summary(MeasureAnalysis analysis) {
		List<String> parts = new java.util.ArrayList<>();
		PeriodResult latest = analysis.latest();
		parts.add(latest == null ? "no data yet" : latest.actual() == null ? "no data for the latest period, " + latest.period()
				: "latest " + Figures.number(latest.actual()) + " (" + latest.status().label() + ")");
		if (analysis.baselineChange() != null) {
			parts.add("against the baseline " + signed(analysis.baselineChange()));
		}
		if (analysis.benchmark() != null && latest != null && latest.actual() != null) {
			String source = analysis.measure().getBenchmarkSource();
			parts.add("against the benchmark " + Figures.number(analysis.benchmark()) + (source == null ? "" : " (" + source + ")") + " "
					+ signed(latest.actual() - analysis.benchmark()));
		}
		if (analysis.missedInARow() > 0) {
			parts.add("missed " + analysis.missedInARow() + " period" + (analysis.missedInARow() == 1 ? "" : "s") + " in a row");
		}
		return String.join("; ", parts);
	}

	/** "412 rows", or nothing for a hand-written query that does not say. */
	private static String rows(PeriodResult period) {
		return period.rows() < 0 ? "" : period.rows() + (period.rows() == 1 ? " row" : " rows");
	}

	private static String signed(double value) {
		return (value > 0 ? "+" : "") + Figures.number(value);
	}

	private static String json(DataResult result, ValidationResult findings, IQualifiedNameProvider names) {
		JsonWriter json = new JsonWriter().beginObject().name("measures").beginArray();
		for (MeasureAnalysis analysis : result.analyses().values()) {
			json.beginObject().field("measure", names.getFullyQualifiedName(analysis.measure()).toString());
			JsonReportRenderer.figures(json, PlanReportBuilder.figures(analysis));
			json.array("verdicts", analysis.verdicts(), v -> {
				json.beginObject().field("action", v.action().getName()).field("verdict", v.verdict().label())
						.field("completed", v.completed().toString()).field("summary", v.summary()).endObject();
			});
			json.endObject();
		}
		json.endArray().name("findings").beginArray();
		for (Finding finding : findings.findings()) {
			FindingText.json(json, findings.relative(finding.file()), finding);
		}
		return json.endArray().endObject().toString();
	}
}
