package org.csi.report;

import org.csi.dsl.common.Escape;
import static org.csi.dsl.common.Escape.markdown;

import java.util.List;
import java.util.Map;

import org.csi.report.PlanReport.ActionRow;
import org.csi.report.PlanReport.FindingRow;
import org.csi.report.PlanReport.GapRow;
import org.csi.report.PlanReport.GoalNode;
import org.csi.report.PlanReport.MeasureRow;
import org.csi.report.PlanReport.ProviderRow;
import org.csi.report.PlanReport.StepRow;
import org.csi.report.PlanReport.Summary;

/**
 * The report as GitHub-flavoured Markdown, with the goal tree as a Mermaid diagram, so that a
 * change to a plan can be reviewed in a pull request's preview.
 */
public class MarkdownReportRenderer implements ReportRenderer {

	@Override
	public String render(PlanReport report) {
		StringBuilder out = new StringBuilder(16 * 1024);
		out.append("# ").append(markdown(report.title())).append("\n\n");
		out.append("Plan `").append(code(report.qualifiedName())).append('`');
		if (report.periodStart() != null) {
			out.append(" · ").append(report.periodStart()).append(" to ").append(report.periodEnd());
		}
		if (report.owner() != null) {
			out.append(" · accountable: ").append(markdown(report.owner()));
		}
		if (report.reportDate() != null) {
			out.append(" · report of ").append(markdown(report.reportDate()));
		}
		out.append("\n\n");
		if (report.description() != null) {
			out.append(markdown(report.description())).append("\n\n");
		}

		Summary s = report.summary();
		out.append("## Summary\n\n| Figure | Value |\n|---|---:|\n");
		row(out, "Goals", String.valueOf(s.goals()));
		row(out, "Should-measures", String.valueOf(s.shouldMeasures()));
		row(out, "Coverage (can be measured)", s.measurable() + " of " + s.shouldMeasures() + " (" + s.coveragePercent() + "%)");
		row(out, "Gaps: open / tracked / accepted", s.openGaps() + " / " + s.trackedGaps() + " / " + s.acceptedGaps());
		row(out, "Open actions", String.valueOf(s.openActions()));
		row(out, "Overdue actions", String.valueOf(s.overdueActions()));
		row(out, "Findings: errors / warnings / infos", s.errors() + " / " + s.warnings() + " / " + s.infos());
		out.append('\n');
		out.append("Actions by status: ").append(counts(s.actionsByStatus())).append("\n\n");
		out.append("Open actions by month due: ").append(s.actionsByDueMonth().isEmpty() ? "none" : counts(s.actionsByDueMonth())).append("\n\n");

		out.append("## Goal tree\n\n```mermaid\ngraph LR\n");
		int[] counter = { 0 };
		for (GoalNode root : report.goalTree()) {
			mermaid(root, null, out, counter);
		}
		out.append("```\n\n");

		out.append("## Step 1/2 gap analysis\n\n| Should-measure | Needed | Provided by | Gaps |\n|---|---|---|---|\n");
		for (MeasureRow m : report.measures()) {
			StringBuilder providers = new StringBuilder();
			for (ProviderRow p : m.providers()) {
				providers.append(providers.length() > 0 ? "<br>" : "").append(markdown(p.source())).append(": ")
						.append(markdown(HtmlReportRenderer.need(p.frequency(), p.unit(), p.breakdown())));
			}
			StringBuilder gaps = new StringBuilder();
			for (GapRow g : m.gaps()) {
				gaps.append(gaps.length() > 0 ? "<br>" : "").append("**").append(g.status()).append("** ").append(markdown(g.kind()))
						.append(": ").append(markdown(g.problem()));
				if (g.reason() != null) {
					gaps.append(" (accepted").append(g.acceptedBy() == null ? "" : " by " + markdown(g.acceptedBy())).append(": ")
							.append(markdown(g.reason())).append(')');
				} else if (g.trackedBy() != null) {
					gaps.append(" (action ").append(markdown(g.trackedBy())).append(')');
				}
			}
			String targets = HtmlReportRenderer.targets(m);
			out.append("| ").append(markdown(m.name())).append(targets == null ? "" : "<br>" + markdown(targets)).append(" | ")
					.append(markdown(HtmlReportRenderer.need(m.frequency(), m.unit(), m.breakdown())))
					.append(" | ").append(providers.length() == 0 ? "**no source**" : providers).append(" | ")
					.append(gaps.length() == 0 ? "none" : gaps).append(" |\n");
		}
		out.append('\n');

		out.append("## The seven steps per measure\n\n| Should-measure |");
		List<StepRow> header = report.measures().isEmpty() ? List.of() : report.measures().get(0).steps();
		for (StepRow step : header) {
			out.append(' ').append(step.number()).append(". ").append(step.step()).append(" |");
		}
		out.append("\n|---|");
		header.forEach(step -> out.append(":---:|"));
		out.append('\n');
		for (MeasureRow m : report.measures()) {
			out.append("| ").append(markdown(m.name())).append(" |");
			for (StepRow step : m.steps()) {
				out.append(step.done() ? " ✓ |" : step.number() == 7 ? " no action |" : " ✗ missing |");
			}
			out.append('\n');
		}
		out.append('\n');

		List<MeasureRow> computed = report.measures().stream().filter(m -> m.figures() != null).toList();
		if (!computed.isEmpty()) {
			out.append("## Figures from the data\n\n");
			for (MeasureRow m : computed) {
				out.append("### ").append(markdown(m.name())).append(": ").append(markdown(m.title())).append("\n\n")
						.append(markdown(HtmlReportRenderer.figuresSummary(m))).append("\n\n| Period | Actual | Status |\n|---|---:|---|\n");
				for (PlanReport.PeriodFigure p : m.figures().periods()) {
					out.append("| ").append(p.period()).append(" | ").append(org.csi.dsl.common.Figures.number(p.actual())).append(" | ")
							.append(p.status()).append(" |\n");
				}
				out.append('\n');
				if (!m.figures().breakdown().isEmpty()) {
					out.append("Latest period per ").append(markdown(String.join(", ", m.breakdown()))).append(":\n\n| ")
							.append(markdown(String.join(", ", m.breakdown()))).append(" | Period | Actual | Status |\n|---|---|---:|---|\n");
					for (PlanReport.BreakdownFigure b : m.figures().breakdown()) {
						PlanReport.PeriodFigure latest = b.periods().get(b.periods().size() - 1);
						out.append("| ").append(markdown(String.join(", ", b.dimensions().values()))).append(" | ").append(latest.period())
								.append(" | ").append(org.csi.dsl.common.Figures.number(latest.actual())).append(" | ").append(latest.status())
								.append(" |\n");
					}
					out.append('\n');
				}
			}
		}

		out.append("## CSI register\n\n| Action | Title | Status | Addresses | Owner | Due | Priority | Type |\n|---|---|---|---|---|---|---|---|\n");
		for (ActionRow a : report.register()) {
			out.append("| ").append(markdown(a.id())).append(" | ").append(markdown(a.title())).append(" | ").append(markdown(a.status()))
					.append(a.overdue() ? " **overdue**" : "").append(" | ").append(markdown(String.join(", ", a.addresses()))).append(" | ")
					.append(markdown(a.owner())).append(" | ").append(markdown(a.due())).append(" | ").append(markdown(a.priority()))
					.append(" | ").append(markdown(a.type())).append(" |\n");
		}
		out.append('\n');

		out.append("## Findings\n\n");
		if (report.findings().isEmpty()) {
			out.append("No findings.\n");
		} else {
			out.append("| Severity | Code | Where | Message |\n|---|---|---|---|\n");
			for (FindingRow f : report.findings()) {
				out.append("| ").append(f.severity()).append(" | `").append(code(f.code())).append("` | `")
						.append(code(f.file() + ":" + f.line() + ":" + f.column())).append("` | ").append(markdown(f.message())).append(" |\n");
			}
		}
		return out.toString();
	}

	private static void row(StringBuilder out, String label, String value) {
		out.append("| ").append(label).append(" | ").append(value).append(" |\n");
	}

	private static String counts(Map<String, Integer> counts) {
		StringBuilder text = new StringBuilder();
		counts.forEach((key, value) -> text.append(text.length() > 0 ? ", " : "").append(markdown(key)).append(' ').append(value));
		return text.toString();
	}

	/** Text inside a code span: backticks and line breaks cannot end it. */
	private static String code(String text) {
		return text.replace('`', '\'').replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
	}

	private static void mermaid(GoalNode node, String parent, StringBuilder out, int[] counter) {
		String id = "g" + counter[0]++;
		out.append("    ").append(id).append("[\"").append(Escape.mermaid(node.kind() + " " + node.name() + ": " + node.title())).append("\"]\n");
		if (parent != null) {
			out.append("    ").append(parent).append(" --> ").append(id).append('\n');
		}
		for (String measure : node.measures()) {
			String measureId = "m" + counter[0]++;
			out.append("    ").append(measureId).append("([\"").append(Escape.mermaid("measure " + measure)).append("\"])\n");
			out.append("    ").append(id).append(" --> ").append(measureId).append('\n');
		}
		for (GoalNode child : node.children()) {
			mermaid(child, id, out, counter);
		}
	}
}
