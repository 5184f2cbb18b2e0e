package org.csi.cli.output;

/** Escaping for XML 1.0 text and attribute values, dropping characters XML cannot hold. */
final class Xml {

	private Xml() {
	}

	static String escape(String text) {
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
				if (legal) {
					out.appendCodePoint(c);
				} else {
					out.append('\uFFFD');
				}
			}
			}
		});
		return out.toString();
	}
}
