package org.csi.report;

import org.csi.dsl.common.Escape;
import static org.csi.dsl.common.Escape.csv;

import java.util.List;

import org.csi.report.PlanReport.ActionRow;

/**
 * The CSI register as CSV (RFC 4180: comma-separated, CRLF line ends, UTF-8 without a
 * byte-order mark), with the columns of the ITIL CSI register, the completion date and what the data
 * says about the action since ({@code verdict}). Cells a spreadsheet would read
 * as a formula are neutralised, whether it splits the lines on commas or on semicolons.
 */
public class CsvRegisterRenderer implements ReportRenderer {

	static final List<String> COLUMNS = List.of("id", "title", "status", "overdue", "priority", "size", "type", "addresses", "owner",
			"raised_by", "raised_on", "due", "justification", "outcome", "completed", "verdict");

	@Override
	public String render(PlanReport report) {
		StringBuilder out = new StringBuilder(4096);
		out.append(String.join(",", COLUMNS)).append("\r\n");
		for (ActionRow a : report.register()) {
			// a plan with syntax errors may lack a title or a status: the cell is empty then
			List<String> cells = List.of(orEmpty(a.id()), orEmpty(a.title()), orEmpty(a.status()), a.overdue() ? "yes" : "no", orEmpty(a.priority()), orEmpty(a.size()),
					orEmpty(a.type()), String.join("; ", a.addresses()), orEmpty(a.owner()), orEmpty(a.raisedBy()), orEmpty(a.raisedOn()),
					orEmpty(a.due()), orEmpty(a.justification()), orEmpty(a.outcome()), orEmpty(a.completed()), verdicts(a));
			for (int i = 0; i < cells.size(); i++) {
				out.append(i > 0 ? "," : "").append(csv(cells.get(i)));
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	/** "FirstContactResolution: improved: 7 periods in a row ..." for each measure, joined by "; ". */
	private static String verdicts(ActionRow a) {
		return String.join("; ", a.verdicts().stream().map(v -> v.measure() + ": " + v.verdict() + ": " + v.summary()).toList());
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
