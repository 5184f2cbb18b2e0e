package org.csi.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.csi.dsl.parser.antlr.internal.InternalCsiParser;

/**
 * Seeded mutations of plan text: the cuts, repeats, stray tokens, swapped lines, odd characters
 * and truncations that typing, merging and copying produce, and some hostile ones.
 */
final class Mutator {

	private final Random random;
	private final List<String> tokens = new ArrayList<>();

	Mutator(long seed) {
		random = new Random(seed);
		for (String name : InternalCsiParser.tokenNames) {
			if (name.startsWith("'") && name.endsWith("'") && name.length() > 2) {
				tokens.add(name.substring(1, name.length() - 1));
			}
		}
		tokens.addAll(List.of("\"", "\"text\"", "/*", "*/", "//", "\n", "\r\n", "\t", " ", "%", ".", ",", "-", ".*", "2027-02-30",
				"2026-13-01", "0000-00-00", "99999999999999999999999999", "-0.0001", "1e9", "\"unclosed", "\\", "\u202E", "\u0000",
				"\uFEFF", "\uD83D\uDE00", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "x".repeat(5000), "a.b.c.d.e.f",
				"{source}", "'", "\"'; DROP TABLE x; --\""));
	}

	/** One to four mutations of {@code text}. */
	String mutate(String text) {
		StringBuilder out = new StringBuilder(text);
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			mutateOnce(out);
		}
		return out.toString();
	}

	private void mutateOnce(StringBuilder text) {
		int length = text.length();
		int at = length == 0 ? 0 : random.nextInt(length + 1);
		switch (random.nextInt(7)) {
		case 0 -> { // cut
			int end = Math.min(length, at + 1 + random.nextInt(40));
			text.delete(at, end);
		}
		case 1 -> { // repeat
			int end = Math.min(length, at + 1 + random.nextInt(120));
			text.insert(at, text.substring(at, end));
		}
		case 2, 3 -> text.insert(at, " " + tokens.get(random.nextInt(tokens.size())) + " "); // a stray token
		case 4 -> { // swap two lines
			String[] lines = text.toString().split("\n", -1);
			if (lines.length > 2) {
				int a = random.nextInt(lines.length);
				int b = random.nextInt(lines.length);
				String line = lines[a];
				lines[a] = lines[b];
				lines[b] = line;
				text.setLength(0);
				text.append(String.join("\n", lines));
			}
		}
		case 5 -> { // an odd character
			if (at < length) {
				text.setCharAt(at, (char) random.nextInt(0x3000));
			}
		}
		default -> text.setLength(at); // truncate
		}
	}
}
