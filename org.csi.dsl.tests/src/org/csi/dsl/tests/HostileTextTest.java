package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Hostile text from a plan (XSS filter-evasion strings, Markdown and Mermaid injection,
 * spreadsheet formulas, JSON and XML specials, control and bidirectional characters) comes out
 * inert in every report format.
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class HostileTextTest {

	/** After the OWASP XSS filter evasion cheat sheet, plus injections for the other formats. */
	static final List<String> PAYLOADS = List.of(
			"<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>",
			"<svg/onload=alert(1)>",
			"<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
			"<a href=\"javascript:alert(1)\">click</a>",
			"';alert(String.fromCharCode(88,83,83))//';alert(1)//\";alert(2)//--></SCRIPT>\">'><SCRIPT>alert(3)</SCRIPT>",
			"</style><script>alert(1)</script>",
			"</title><script>alert(1)</script>",
			"<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
			"<math><mtext></mtext><mglyph><style><img src=x onerror=alert(1)>",
			"]]><!--<![CDATA[",
			"[click](javascript:alert(1)) ![x](http://evil/x.png) <http://evil>",
			"| broken | table |\n# heading\n- list",
			"**bold** _it_ `code` ~~gone~~",
			"\"]\n    g0 --> evil[\"x\"]\n    click g0 call alert(1)",
			"=HYPERLINK(\"http://evil\",\"x\")",
			"+cmd|' /C calc'!A0",
			"-2+3+cmd|' /C calc'!A0",
			"@SUM(1+1)*cmd|' /C calc'!A0",
			"\tTAB=1+1",
			"a,b;\"c\"\r\nnext,row",
			"x;=1+1; -2+3+cmd|' /C calc'!A0",
			"{\"json\": [1, 2], \"\\u0000\": null}",
			"back\\slash \u0000 nul \u0007 bell \u001b[31m",
			"\u202Egnp.exe \u2066isolated\u2069 \u2028line\u2029para",
			"&lt;already&gt; &amp; &#60;");

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	@Inject
	private PlanSetFixture fixture;

	private String html;
	private String markdown;
	private String json;
	private String csv;

	@Before
	public void generate() throws Exception {
		fixture.reset();
		StringBuilder plan = new StringBuilder("package evil\nplan P ").append(literal(PAYLOADS.get(0))).append(" description ")
				.append(literal(PAYLOADS.get(1))).append("\nvision V ").append(literal(PAYLOADS.get(2))).append("\nrole R ")
				.append(literal(PAYLOADS.get(3))).append('\n');
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = literal(PAYLOADS.get(i));
			plan.append("should measure M").append(i).append(' ').append(payload).append(" serves V\n");
			plan.append("action A").append(i).append(' ').append(payload).append(" addresses M").append(i).append(" owner R due 2030-01-01 justification ")
					.append(payload).append(" outcome failed ").append(payload).append('\n');
			plan.append("accept coverage gap of M").append(i).append(" by R because ").append(payload).append('\n');
		}
		assertEquals(List.of(), fixture.load("evil.csi", plan.toString()).resourceSet().getResources().get(0).getErrors());
		Map<String, String> reports = fixture.reports(temporary.newFolder().toPath(), null, "evil.csi", plan.toString());
		html = reports.get("evil.P.html");
		markdown = reports.get("evil.P.md");
		json = reports.get("evil.P.json");
		csv = reports.get("evil.P.register.csv");
	}

	/** A quoted text of the plan holding {@code text}: on one line, its line breaks written as escapes. */
	private static String literal(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
	}

	@Test
	public void htmlHasNoMarkupFromThePlan() {
		assertFalse(html.toLowerCase().contains("<script"));
		assertFalse(html.toLowerCase().contains("<img"));
		assertFalse(html.toLowerCase().contains("<iframe"));
		assertFalse(html.toLowerCase().contains("<a "));
		assertFalse(Pattern.compile("<[^>]*\\son\\w+=", Pattern.CASE_INSENSITIVE).matcher(html).find());
		assertFalse(html.contains("\u202E"));
		assertFalse(html.contains("\u0000"));
		// each payload's text is there, escaped
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(html.contains("&amp;lt;already&amp;gt;"));
	}

	@Test
	public void htmlAllowsNoScript() {
		Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
		assertTrue(csp.find());
		assertTrue(csp.group(1).startsWith("default-src 'none'; style-src 'sha256-"));
		assertFalse(csp.group(1).contains("script-src"));
	}

	@Test
	public void markdownHasNoMarkupLinksOrBrokenTables() {
		assertFalse(markdown.contains("<script"));
		assertFalse(markdown.contains("<img"));
		assertFalse(Pattern.compile("(?<!\\\\)\\]\\(javascript").matcher(markdown).find());
		assertFalse(markdown.contains("<http://evil>"));
		for (String line : markdown.split("\n")) {
			if (line.startsWith("| M") && line.contains("**no source**")) { // a row of the gap table: 4 cells
				assertEquals(line, 5, unescapedPipes(line));
			}
			if (line.startsWith("| A")) { // a row of the register: 8 cells
				assertEquals(line, 9, unescapedPipes(line));
			}
			assertFalse(line, line.startsWith("# heading") || line.startsWith("- list"));
		}
		assertTrue(markdown.contains("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~"));
		assertFalse(markdown.contains("@")); // "@SUM" would mention a GitHub user SUM in a pull-request comment
		assertTrue(markdown.contains("&#64;SUM(1+1)\\*cmd\\|' /C calc'\\!A0"));
	}

	@Test
	public void mermaidLabelsCannotEndTheirNode() {
		String diagram = markdown.substring(markdown.indexOf("```mermaid"), markdown.indexOf("```", markdown.indexOf("```mermaid") + 3));
		for (String line : diagram.split("\n")) {
			if (line.contains("[\"")) {
				String label = line.substring(line.indexOf("[\"") + 2, line.lastIndexOf("\"]"));
				assertFalse(line, label.contains("\""));
				assertFalse(line, label.contains("]"));
			}
		}
		assertFalse(diagram.contains("click g0"));
	}

	@Test
	public void jsonRoundTripsEveryPayloadExactly() {
		JsonObject report = JsonParser.parseString(json).getAsJsonObject();
		JsonArray register = report.getAsJsonArray("register");
		assertEquals(PAYLOADS.size(), register.size());
		for (int i = 0; i < PAYLOADS.size(); i++) {
			assertEquals(PAYLOADS.get(i), register.get(i).getAsJsonObject().get("justification").getAsString());
			assertEquals(PAYLOADS.get(i), register.get(i).getAsJsonObject().get("title").getAsString());
		}
		assertEquals(PAYLOADS.get(0), report.getAsJsonObject("plan").get("title").getAsString());
		assertFalse(json.contains("<"));
	}

	@Test
	public void csvCellsAreTheTextAndNeverAFormula() {
		List<List<String>> rows = parseCsv(csv);
		assertEquals(PAYLOADS.size() + 1, rows.size());
		int justification = rows.get(0).indexOf("justification");
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			String cell = rows.get(i + 1).get(justification);
			assertEquals(neutralised(payload), cell);
		}
		assertTrue(csv.endsWith("\r\n"));
	}

	/**
	 * The payload as its CSV cell holds it: an apostrophe wherever a spreadsheet that splits on
	 * commas or on semicolons could begin a cell with a formula (the start, after a semicolon
	 * or a line break, ignoring spaces and quotes).
	 */
	private static String neutralised(String payload) {
		return payload.replaceAll("(^|(?<=[;\r\n]))(?=[ \"]*[=+\\-@\t\r])", "'");
	}

	private static int unescapedPipes(String line) {
		int count = 0;
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == '\\') {
				i++;
			} else if (line.charAt(i) == '|') {
				count++;
			}
		}
		return count;
	}

	/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			} else {
				cell.append(c);
			}
		}
		return rows;
	}
}
