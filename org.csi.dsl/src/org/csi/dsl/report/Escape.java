package org.csi.dsl.report;

/**
 * Escaping of plan text for each output format. Every string that comes from a plan goes
 * through one of these before it is written; nothing a plan says can become markup, a
 * formula or structure in a report.
 */
public final class Escape {

	private Escape() {
	}

	/** Text content and attribute values in HTML and SVG. */
	public static String html(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				if (isControl(c)) {
					out.append(' ');
				} else {
					out.appendCodePoint(c);
				}
			}
			}
		});
		return out.toString();
	}

	/**
	 * Text in a GitHub-flavoured Markdown paragraph or table cell: markup characters are
	 * backslash-escaped, HTML is neutralised, line breaks and pipes cannot break the table.
	 */
	public static String markdown(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (c == '<') {
				out.append("&lt;");
			} else if (c == '>') {
				out.append("&gt;");
			} else if (c == '&') {
				out.append("&amp;");
			} else if ("\\`*_[]|~!".indexOf(c) >= 0) {
				out.append('\\').appendCodePoint(c);
			} else if (c == '\n' || c == '\r' || isControl(c)) {
				out.append(' ');
			} else {
				out.appendCodePoint(c);
			}
		});
		if (out.length() > 0 && "#+-=".indexOf(out.charAt(0)) >= 0) {
			out.insert(0, '\\'); // would start a heading or a list at the start of a line
		}
		return out.toString();
	}

	/** A label inside a Mermaid node, written between double quotes. */
	public static String mermaid(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c) || c == ' ' || c == ',' || c == '.' || c == '-' || c == '%' || c == '/') {
				out.appendCodePoint(c);
			} else if (isControl(c) || c == '\n' || c == '\r') {
				out.append(' ');
			} else {
				out.append("#").append(c).append(';');
			}
		});
		return out.toString();
	}

	/** A string literal in JSON, with the quotes. */
	public static String json(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '<' -> out.append("\\u003c"); // safe to embed in HTML as well
			case '>' -> out.append("\\u003e");
			case '&' -> out.append("\\u0026");
			case '\u2028' -> out.append("\\u2028");
			case '\u2029' -> out.append("\\u2029");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * A CSV field (RFC 4180). A field that a spreadsheet would read as a formula (it begins
	 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
	 */
	public static String csv(String text) {
		if (text == null) {
			return "";
		}
		String value = text;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	/**
	 * Text and attribute values in XML 1.0: markup characters and line breaks as references,
	 * characters XML cannot hold at all replaced by U+FFFD.
	 */
	public static String xml(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&apos;");
			case '\n' -> out.append("&#10;");
			case '\r' -> out.append("&#13;");
			case '\t' -> out.append("&#9;");
			default -> {
				boolean legal = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
				out.appendCodePoint(legal ? c : 0xFFFD);
			}
			}
		});
		return out.toString();
	}

	/**
	 * Text for a terminal or a log: control characters and bidirectional overrides (which could
	 * move the cursor, colour the screen or disguise the text) written as {@code <U+001B>};
	 * line breaks and tabs kept.
	 */
	public static String visible(String text) {
		if (text == null || text.codePoints().noneMatch(Escape::isControl)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (isControl(c)) {
				out.append(String.format("<U+%04X>", c));
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/** C0 and C1 controls and the bidirectional overrides that could disguise text. */
	static boolean isControl(int c) {
		return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
				|| (c >= 0x2066 && c <= 0x2069);
	}
}
