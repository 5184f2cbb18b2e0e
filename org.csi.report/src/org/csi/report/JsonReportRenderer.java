package org.csi.report;

import org.csi.dsl.common.JsonWriter;
import java.util.Map;

import org.csi.report.PlanReport.ActionRow;
import org.csi.report.PlanReport.AnalysisRow;
import org.csi.report.PlanReport.CsfRow;
import org.csi.report.PlanReport.GatherRow;
import org.csi.report.PlanReport.NamedRow;
import org.csi.report.PlanReport.People;
import org.csi.report.PlanReport.PresentationRow;
import org.csi.report.PlanReport.ProcessRow;
import org.csi.report.PlanReport.ProcessingRow;
import org.csi.report.PlanReport.RoleRow;
import org.csi.report.PlanReport.StepDetails;
import org.csi.report.PlanReport.FindingRow;
import org.csi.report.PlanReport.GapRow;
import org.csi.report.PlanReport.GoalNode;
import org.csi.report.PlanReport.MeasureRow;
import org.csi.report.PlanReport.ProviderRow;
import org.csi.report.PlanReport.SourceRow;
import org.csi.report.PlanReport.StepRow;
import org.csi.report.PlanReport.Summary;

/**
 * The report for machines: the plan's model with the computed figures and the findings, in
 * the shape described by docs/schema/csi-report.schema.json. Keys and elements always come in
 * the same order. Absent values are {@code null}, never left out.
 */
public class JsonReportRenderer implements ReportRenderer {

	/** Bumped when the shape changes in a way a consumer would notice. */
	public static final String FORMAT_VERSION = "2";

	@Override
	public String render(PlanReport report) {
		JsonWriter json = new JsonWriter().beginObject();
		json.field("formatVersion", FORMAT_VERSION);
		json.name("plan").beginObject().field("name", report.name()).field("qualifiedName", report.qualifiedName())
				.field("title", report.title()).field("periodStart", report.periodStart()).field("periodEnd", report.periodEnd())
				.field("owner", report.owner()).field("description", report.description()).endObject();
		json.field("reportDate", report.reportDate());

		Summary s = report.summary();
		json.name("summary").beginObject().field("goals", s.goals()).field("shouldMeasures", s.shouldMeasures())
				.field("measurable", s.measurable()).field("coveragePercent", s.coveragePercent()).field("openGaps", s.openGaps())
				.field("trackedGaps", s.trackedGaps()).field("acceptedGaps", s.acceptedGaps()).field("openActions", s.openActions())
				.field("overdueActions", s.overdueActions()).field("dataDate", s.dataDate());
		counts(json, "actionsByStatus", s.actionsByStatus());
		counts(json, "openActionsByDueMonth", s.actionsByDueMonth());
		json.name("findings").beginObject().field("errors", s.errors()).field("warnings", s.warnings()).field("infos", s.infos()).endObject();
		json.endObject();

		json.array("goalTree", report.goalTree(), node -> {
			goal(json, node);
		});

		json.array("measures", report.measures(), m -> {
			json.beginObject().field("name", m.name()).field("title", m.title()).field("kind", m.kind()).field("unit", m.unit())
					.field("direction", m.direction()).field("target", m.target()).field("tolerance", m.tolerance())
					.field("frequency", m.frequency()).strings("breakdown", m.breakdown()).field("baseline", m.baseline())
					.field("kpiOf", m.kpiOf()).strings("serves", m.serves()).field("description", m.description())
					.field("benchmark", m.benchmark()).field("trendOnly", m.trendOnly()).name("minimumSample");
			if (m.minimumSample() == null) {
				json.string(null);
			} else {
				json.number(m.minimumSample());
			}
			json.strings("triggers", m.triggers());
			json.array("providers", m.providers(), p -> {
				json.beginObject().field("source", p.source()).field("frequency", p.frequency()).field("unit", p.unit())
						.strings("breakdown", p.breakdown()).endObject();
			});
			json.array("gaps", m.gaps(), g -> {
				json.beginObject().field("kind", g.kind()).field("status", g.status()).field("problem", g.problem())
						.field("trackedBy", g.trackedBy()).field("acceptedBy", g.acceptedBy()).field("reason", g.reason()).endObject();
			});
			json.array("steps", m.steps(), step -> {
				json.beginObject().field("number", step.number()).field("step", step.step()).field("done", step.done())
						.field("detail", step.detail()).endObject();
			});
			details(json, m.details());
			if (m.figures() != null) {
				json.name("figures").beginObject();
				figures(json, m.figures());
				json.endObject();
			}
			json.endObject();
		});

		json.array("sources", report.sources(), source -> {
			json.beginObject().field("name", source.name()).field("title", source.title()).field("owner", source.owner())
					.strings("provides", source.provides()).field("description", source.description()).endObject();
		});

		json.array("register", report.register(), a -> {
			json.beginObject().field("id", a.id()).field("title", a.title()).field("status", a.status()).field("overdue", a.overdue())
					.field("priority", a.priority()).field("size", a.size()).field("type", a.type()).strings("addresses", a.addresses())
					.field("owner", a.owner()).field("raisedBy", a.raisedBy()).field("raisedOn", a.raisedOn()).field("due", a.due())
					.field("justification", a.justification()).field("outcome", a.outcome()).field("completed", a.completed());
			json.array("verdicts", a.verdicts(), v -> {
				json.beginObject().field("measure", v.measure()).field("verdict", v.verdict()).field("completed", v.completed())
						.field("firstPeriodAfter", v.firstAfter()).name("meanBefore").number(v.meanBefore()).name("lowerLimitBefore")
						.number(v.lower()).name("upperLimitBefore").number(v.upper()).name("meanAfter").number(v.meanAfter())
						.field("periodsAfter", v.periodsAfter()).field("periodsNeeded", v.needed()).field("evidence", v.evidence())
						.field("summary", v.summary()).endObject();
			});
			json.endObject();
		});

		People people = report.people();
		json.array("services", people.services(), x -> {
			json.beginObject().field("name", x.name()).field("title", x.title()).field("description", x.description()).endObject();
		});
		json.array("processes", people.processes(), x -> {
			json.beginObject().field("name", x.name()).field("title", x.title()).strings("services", x.services())
					.strings("owners", x.owners()).endObject();
		});
		json.array("roles", people.roles(), x -> {
			json.beginObject().field("name", x.name()).field("title", x.title()).field("kind", x.kind()).field("process", x.process())
					.strings("services", x.services()).endObject();
		});
		json.array("criticalSuccessFactors", people.csfs(), x -> {
			json.beginObject().field("name", x.name()).field("title", x.title()).field("subject", x.subject()).strings("kpis", x.kpis())
					.endObject();
		});

		json.array("findings", report.findings(), f -> {
			json.beginObject().field("file", f.file()).field("line", f.line()).field("column", f.column()).field("severity", f.severity())
					.field("code", f.code()).field("message", f.message()).endObject();
		});
		return json.endObject().toString();
	}

	/** Steps 3 to 6 as declared: gather, process, analyse, present. */
	/** The fields of a measure's figures: source, target, tolerance, direction, periods, variation, breakdown... */
	public static void figures(JsonWriter json, PlanReport.Figures f) {
		json.field("source", f.source()).name("target").number(f.target()).name("tolerance").number(f.tolerance())
				.field("direction", f.direction());
		periods(json, f.periods());
		json.name("baseline").number(f.baseline()).name("baselineChange").number(f.baselineChange());
		variation(json, f.variation());
		json.field("missedInARow", f.missedInARow()).name("benchmark").number(f.benchmark())
				.field("minimumSample", f.minimumSample()).strings("triggered", f.fired());
		json.array("breakdown", f.breakdown(), b -> {
			json.beginObject().name("dimensions").beginObject();
			b.dimensions().forEach(json::field);
			json.endObject();
			periods(json, b.periods());
			variation(json, b.variation());
			json.endObject();
		});
	}

	/** A series' process behaviour: variation, assurance, stretches with their limits, signals, and the sentence. */
	private static void variation(JsonWriter json, PlanReport.Variation v) {
		json.name("variation").beginObject().field("variation", v.variation()).field("assurance", v.assurance())
				.field("statement", v.statement());
		json.array("stretches", v.stretches(), s -> {
			json.beginObject().field("from", s.from()).field("to", s.to()).field("start", s.start()).field("cause", s.cause())
					.name("mean").number(s.mean()).name("lowerLimit").number(s.lower()).name("upperLimit").number(s.upper())
					.field("ownLimits", s.own()).field("points", s.points()).endObject();
		});
		json.array("signals", v.signals(), s -> {
			json.beginObject().field("rule", s.rule()).field("from", s.from()).field("to", s.to()).field("side", s.side())
					.field("text", s.text()).endObject();
		});
		json.endObject();
	}

	private static void periods(JsonWriter json, java.util.List<PlanReport.PeriodFigure> periods) {
		json.array("periods", periods, p -> {
			json.beginObject().field("period", p.period()).name("actual").number(p.actual()).name("rows");
			if (p.rows() < 0) {
				json.string(null);
			} else {
				json.number(p.rows());
			}
			json.field("status", p.status()).endObject();
		});
	}

	private static void details(JsonWriter json, StepDetails details) {
		json.array("gather", details.gather(), g -> {
			json.beginObject().field("source", g.source()).field("frequency", g.frequency()).field("by", g.by()).field("how", g.how())
					.strings("checks", g.checks()).endObject();
		});
		json.array("process", details.process(), x -> {
			json.beginObject().field("formula", x.formula()).field("tool", x.tool()).field("frequency", x.frequency()).field("by", x.by())
					.endObject();
		});
		json.array("analyse", details.analyse(), a -> {
			json.beginObject().strings("against", a.against()).name("trendPeriods");
			if (a.trendPeriods() == null) {
				json.string(null);
			} else {
				json.number(a.trendPeriods());
			}
			json.field("by", a.by()).field("frequency", a.frequency()).endObject();
		});
		json.array("present", details.present(), x -> {
			json.beginObject().strings("to", x.to()).field("as", x.as()).field("frequency", x.frequency()).field("feeds", x.feeds())
					.endObject();
		});
	}

	private static void counts(JsonWriter json, String name, Map<String, Integer> counts) {
		json.name(name).beginObject();
		counts.forEach((key, value) -> json.field(key, value));
		json.endObject();
	}

	private static void goal(JsonWriter json, GoalNode node) {
		json.beginObject().field("kind", node.kind()).field("name", node.name()).field("title", node.title())
				.strings("measures", node.measures());
		json.name("children").beginArray();
		for (GoalNode child : node.children()) {
			goal(json, child);
		}
		json.endArray().endObject();
	}
}
