package org.csi.dsl.common;

import java.util.List;


/**
 * How a finding is written, once for every front end: the {@code file:line:column: severity code:
 * message} line that editors and terminals turn into links, the JSON object of a finding, the
 * summary line, and plurals. The CLI's text, GitHub and JUnit output, {@code csi analyze} and the
 * Maven goals all write findings with these.
 */
public final class FindingText {

	private FindingText() {
	}

	/** {@code file:line:column}: where a finding starts. */
	public static String location(String file, Finding finding) {
		return file + ":" + finding.line() + ":" + finding.column();
	}

	/** {@code file:line:column: severity code: message}, on one line and with nothing a terminal acts on. */
	public static String line(String file, Finding finding) {
		return oneLine(location(file, finding)) + ": " + finding.severity().label() + " " + finding.code() + ": " + oneLine(finding.message());
	}

	/** A finding as one JSON object, keys in a fixed order; {@code json} is inside an array. */
	public static JsonWriter json(JsonWriter json, String file, Finding finding) {
		return json.beginObject().field("file", file).field("line", finding.line()).field("column", finding.column())
				.field("endLine", finding.endLine()).field("endColumn", finding.endColumn()).field("severity", finding.severity().label())
				.field("code", finding.code()).field("message", finding.message()).endObject();
	}

	/** "9 files checked: 0 errors, 1 warning, 3 infos." */
	public static String summary(int files, List<Finding> findings) {
		return count(files, "file") + " checked: " + counts(findings) + ".";
	}

	/** "0 errors, 1 warning, 3 infos" */
	public static String counts(List<Finding> findings) {
		return count(count(findings, Finding.Severity.ERROR), "error") + ", " + count(count(findings, Finding.Severity.WARNING), "warning")
				+ ", " + count(count(findings, Finding.Severity.INFO), "info");
	}

	public static long count(List<Finding> findings, Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** "1 file", "2 files". */
	public static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	/**
	 * A text that stays on one line whatever it holds, and prints nothing a terminal would act on:
	 * line breaks and tabs become spaces, other control characters and bidirectional overrides are
	 * shown as {@code <U+001B>}.
	 */
	public static String oneLine(String text) {
		return Escape.visible(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
	}
}
