package org.csi.cli.output;

import java.io.PrintWriter;

import org.csi.dsl.common.Finding;
import org.csi.dsl.common.FindingText;
import org.csi.dsl.common.JsonWriter;

/** Findings as JSON: a summary and one object per finding, keys in a fixed order. */
public class JsonFindingsWriter implements FindingsWriter {

	@Override
	public void write(ValidationResult result, PrintWriter out) {
		JsonWriter json = new JsonWriter().beginObject();
		json.field("tool", "csi").field("version", result.toolVersion());
		json.name("summary").beginObject().field("files", result.files().size()).field("errors", result.count(Finding.Severity.ERROR))
				.field("warnings", result.count(Finding.Severity.WARNING)).field("infos", result.count(Finding.Severity.INFO)).endObject();
		json.name("findings").beginArray();
		for (Finding f : result.findings()) {
			FindingText.json(json, result.relative(f.file()), f);
		}
		json.endArray();
		out.print(json.endObject().toString());
	}
}
