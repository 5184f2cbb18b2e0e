package org.csi.dsl.common;

/**
 * Escaping of plan text for each output format. Every string that comes from a plan goes
 * through one of these before it is written; nothing a plan says can become markup, a
 * formula or structure in a report.
 */
public final class Escape {

	private Escape() {
	}

	/** {@code text} with each code point replaced by what {@code replacement} gives for it (null: kept); "" for null. */
	private static String perCodePoint(String text, java.util.function.IntFunction<String> replacement) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			String replaced = replacement.apply(c);
			if (replaced == null) {
				out.appendCodePoint(c);
			} else {
				out.append(replaced);
			}
		});
		return out.toString();
	}

	/** Text content and attribute values in HTML and SVG. */
	public static String html(String text) {
		return perCodePoint(text, c -> switch (c) {
		case '&' -> "&amp;";
		case '<' -> "&lt;";
		case '>' -> "&gt;";
		case '"' -> "&quot;";
		case '\'' -> "&#39;";
		default -> isControl(c) ? " " : null;
		});
	}

	/**
	 * Text in a GitHub-flavoured Markdown paragraph or table cell: markup characters are
	 * backslash-escaped, HTML is neutralised, line breaks and pipes cannot break the table.
	 * Every {@code @} is written as {@code &#64;}: it looks the same, but GitHub does not turn
	 * {@code @name} or {@code @org/team} into a mention, so a report posted as a pull-request
	 * comment notifies no one a plan names.
	 */
	public static String markdown(String text) {
		String out = perCodePoint(text, c -> switch (c) {
		case '<' -> "&lt;";
		case '>' -> "&gt;";
		case '&' -> "&amp;";
		case '@' -> "&#64;";
		case '\\', '`', '*', '_', '[', ']', '|', '~', '!' -> "\\" + (char) c;
		default -> c == '\n' || c == '\r' || isControl(c) ? " " : null;
		});
		// would start a heading or a list at the start of a line
		return !out.isEmpty() && "#+-=".indexOf(out.charAt(0)) >= 0 ? "\\" + out : out;
	}

	/** A label inside a Mermaid node, written between double quotes. */
	public static String mermaid(String text) {
		return perCodePoint(text, c -> {
			if (Character.isLetterOrDigit(c) || c == ' ' || c == ',' || c == '.' || c == '-' || c == '%' || c == '/') {
				return null;
			}
			return isControl(c) || c == '\n' || c == '\r' ? " " : "#" + c + ";";
		});
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
	 * A CSV field (RFC 4180), inert in a spreadsheet that reads the file with commas as
	 * separators and in one that reads it with semicolons (as most European locales do). The
	 * field is quoted when it holds a comma, a semicolon, a quote, a tab or a line break. The
	 * quotes protect only a reader that splits on commas, so each place where a spreadsheet
	 * could begin a cell (the start, and after every semicolon, carriage return or line feed)
	 * that would read as a formula gets a leading apostrophe, as the start of the field always
	 * did: {@code x;=1+1;} becomes {@code "x;'=1+1;"}, in which a semicolon-reading spreadsheet
	 * finds the text {@code '=1+1}, not a formula.
	 */
	public static String csv(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder value = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			if ((i == 0 || ";\r\n".indexOf(text.charAt(i - 1)) >= 0) && formulaAt(text, i)) {
				value.append('\'');
			}
			value.append(text.charAt(i));
		}
		String field = value.toString();
		for (int i = 0; i < field.length(); i++) {
			if (",;\"\t\r\n".indexOf(field.charAt(i)) >= 0) {
				return "\"" + field.replace("\"", "\"\"") + "\"";
			}
		}
		return field;
	}

	/**
	 * Whether a spreadsheet cell beginning at {@code start} of the text would be read as a
	 * formula: after any spaces and quotes (which an import may trim or take as quoting) comes
	 * =, +, -, @, a tab or a carriage return.
	 */
	private static boolean formulaAt(String text, int start) {
		int i = start;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '"')) {
			i++;
		}
		return i < text.length() && "=+-@\t\r".indexOf(text.charAt(i)) >= 0;
	}

	/**
	 * Text and attribute values in XML 1.0: markup characters and line breaks as references,
	 * characters XML cannot hold at all replaced by U+FFFD.
	 */
	public static String xml(String text) {
		return perCodePoint(text, c -> switch (c) {
		case '&' -> "&amp;";
		case '<' -> "&lt;";
		case '>' -> "&gt;";
		case '"' -> "&quot;";
		case '\'' -> "&apos;";
		case '\n' -> "&#10;";
		case '\r' -> "&#13;";
		case '\t' -> "&#9;";
		default -> {
			boolean legal = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
			yield legal ? null : "\uFFFD";
		}
		});
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
