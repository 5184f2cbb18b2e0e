package org.csi.cli.output;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.csi.dsl.common.Finding;
import org.csi.dsl.common.JsonWriter;
import org.csi.dsl.validation.IssueCodeInfo;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every issue code is a rule with a stable id,
 * a description and help; results point at repository-relative files (against
 * {@code %SRCROOT%}, the folder csi ran in) with a full region, and carry a fingerprint that
 * does not change when lines move.
 */
public class SarifFindingsWriter implements FindingsWriter {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	@Override
	public void write(ValidationResult result, PrintWriter out) {
		List<IssueCodeInfo.Rule> rules = new ArrayList<>(IssueCodeInfo.all());
		JsonWriter json = new JsonWriter().beginObject();
		json.field("$schema", SCHEMA).field("version", "2.1.0");
		json.name("runs").beginArray().beginObject();
		json.name("tool").beginObject().name("driver").beginObject().field("name", "csi").field("version", result.toolVersion())
				.field("semanticVersion", semantic(result.toolVersion()));
		json.name("rules").beginArray();
		for (IssueCodeInfo.Rule rule : rules) {
			json.beginObject().field("id", rule.code()).field("name", ruleName(rule.code()));
			json.name("shortDescription").beginObject().field("text", sentence(rule.meaning())).endObject();
			json.name("fullDescription").beginObject().field("text", sentence(rule.meaning())).endObject();
			json.name("help").beginObject().field("text", "How to fix: " + plain(rule.fix()))
					.field("markdown", "**" + rule.code() + "**: " + rule.meaning() + "\n\nHow to fix: " + rule.fix()).endObject();
			json.name("defaultConfiguration").beginObject().field("level", level(rule.defaultSeverity())).endObject();
			json.name("properties").beginObject().strings("tags", List.of("itil", "csi", rule.code().split("\\.")[1])).endObject();
			json.endObject();
		}
		json.endArray().endObject().endObject();

		json.name("originalUriBaseIds").beginObject().name("%SRCROOT%").beginObject()
				.field("uri", result.base().toAbsolutePath().normalize().toUri().toString()).endObject().endObject();

		json.name("results").beginArray();
		for (Finding f : result.findings()) {
			int ruleIndex = indexOf(rules, f.code());
			json.beginObject().field("ruleId", f.code()).field("ruleIndex", ruleIndex).field("level", level(f.severity().label()));
			json.name("message").beginObject().field("text", sentence(f.message())).endObject();
			json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
			String relative = result.relative(f.file());
			json.name("artifactLocation").beginObject();
			if (relative.startsWith("/")) {
				json.field("uri", f.file().toAbsolutePath().normalize().toUri().toString());
			} else {
				json.field("uri", uri(relative)).field("uriBaseId", "%SRCROOT%");
			}
			json.endObject();
			json.name("region").beginObject().field("startLine", f.line()).field("startColumn", f.column()).field("endLine", f.endLine())
					.field("endColumn", f.endColumn()).endObject();
			json.endObject().endObject().endArray();
			json.name("partialFingerprints").beginObject().field("csiFinding/v1", fingerprint(result.relative(f.file()), f)).endObject();
			json.endObject();
		}
		json.endArray();
		json.field("columnKind", "utf16CodeUnits");
		json.endObject().endArray();
		out.print(json.endObject().toString());
	}

	private static int indexOf(List<IssueCodeInfo.Rule> rules, String code) {
		for (int i = 0; i < rules.size(); i++) {
			if (rules.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	static String level(String severity) {
		return switch (severity) {
		case "error" -> "error";
		case "warning" -> "warning";
		default -> "note";
		};
	}

	/** "csi.gap.no-source" becomes "GapNoSource". */
	static String ruleName(String code) {
		StringBuilder name = new StringBuilder();
		for (String part : code.substring("csi.".length()).split("[.-]")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}

	/** SARIF wants messages that end with a period. */
	private static String sentence(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(".") ? trimmed : trimmed + ".";
	}

	private static String plain(String markdown) {
		return sentence(markdown.replace("`", "'"));
	}

	/** A relative URI reference: each path segment percent-encoded. */
	private static String uri(String relativePath) {
		StringBuilder uri = new StringBuilder();
		for (String segment : relativePath.split("/", -1)) {
			if (uri.length() > 0) {
				uri.append('/');
			}
			uri.append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return uri.toString();
	}

	/** Stable across moved lines: the file, the code and the message (which names the element). */
	private static String fingerprint(String file, Finding finding) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((file + "\n" + finding.code() + "\n" + finding.message()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String semantic(String version) {
		return version.replace("-SNAPSHOT", "");
	}
}
