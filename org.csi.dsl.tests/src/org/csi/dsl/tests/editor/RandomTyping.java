package org.csi.dsl.tests.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.dsl.ide.edit.TextEdit;

/**
 * What a user does to a plan in the editor, drawn from a seeded random sequence: typing or deleting
 * a character or a whole word inside a name, a keyword or a string, replacing a reference with
 * another name of the plan set, pasting a block of lines copied from elsewhere in the file. Each
 * change comes as the edits the editor's document records, one per keystroke or paste, in order.
 */
public final class RandomTyping {

	/** Some edits and the text they make of {@code before}; {@code what} says what the user did. */
	public record Typed(String what, List<TextEdit> edits, String after) {
	}

	private static final Pattern TOKEN = Pattern.compile("\"[^\"\\n]*\"|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9.%-]*");

	private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");

	private static final String[] KEYWORDS = { "serves", "provides", "supports", "refines", "should", "measure", "source", "gather",
			"from", "every", "week", "month", "unit", "hours", "owner", "addresses", "gap", "of", "tactical", "goal", "import", "package",
			"target", "baseline", "per", "by", "process", "role", "action", "status", "due" };

	private static final String TYPED_CHARACTERS = "abcdeoprstuwPFR12 _.\"\n*-";

	private final Random random;

	private final List<String> names;

	/** {@code names}: the names a reference may be replaced with, those of the plan set at the start. */
	public RandomTyping(Random random, List<String> texts) {
		this.random = random;
		TreeSet<String> found = new TreeSet<>();
		for (String text : texts) {
			Matcher matcher = NAME.matcher(text);
			while (matcher.find()) {
				found.add(matcher.group());
			}
		}
		this.names = List.copyOf(found);
	}

	/** One to three changes of {@code text}, as the editor sends them when the user pauses after them. */
	public Typed change(String text) {
		int changes = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
		List<TextEdit> edits = new ArrayList<>();
		List<String> what = new ArrayList<>();
		String current = text;
		for (int i = 0; i < changes; i++) {
			Typed typed = one(current);
			edits.addAll(typed.edits());
			what.add(typed.what());
			current = typed.after();
		}
		return new Typed(String.join("; ", what), edits, current);
	}

	/** The one edit an editor's undo makes to go from {@code text} back to {@code previous}: the part that differs. */
	static TextEdit difference(String text, String previous) {
		int start = 0;
		int max = Math.min(text.length(), previous.length());
		while (start < max && text.charAt(start) == previous.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < max - start && text.charAt(text.length() - 1 - end) == previous.charAt(previous.length() - 1 - end)) {
			end++;
		}
		return new TextEdit(start, text.length() - end - start, previous.substring(start, previous.length() - end));
	}

	private Typed one(String text) {
		List<int[]> tokens = tokens(text);
		if (tokens.isEmpty()) {
			return keystrokes("type a word into the empty file", text, 0, "package p\n");
		}
		int[] token = tokens.get(random.nextInt(tokens.size()));
		int start = token[0];
		int end = token[1];
		String word = text.substring(start, end);
		int kind = random.nextInt(100);
		if (kind < 25) {
			int at = start + random.nextInt(end - start + 1);
			char typed = TYPED_CHARACTERS.charAt(random.nextInt(TYPED_CHARACTERS.length()));
			return typed("type '" + printable(typed) + "' into '" + word + "' at " + at, text, new TextEdit(at, 0, String.valueOf(typed)));
		}
		if (kind < 45) {
			int at = start + random.nextInt(end - start);
			return typed("delete '" + printable(text.charAt(at)) + "' of '" + word + "' at " + at, text, new TextEdit(at, 1, ""));
		}
		if (kind < 55) {
			return typed("delete the word '" + word + "' at " + start, text, new TextEdit(start, end - start, ""));
		}
		if (kind < 65) {
			String inserted = random.nextBoolean() ? pick(KEYWORDS) + " " : names.isEmpty() ? "X " : pick(names) + " ";
			return keystrokes("type the word '" + inserted.trim() + "' at " + start, text, start, inserted);
		}
		if (kind < 88) {
			return replaceName(text, tokens);
		}
		return pasteLines(text);
	}

	/** A reference (or declaration) replaced by another name: typed over, or one character retyped. */
	private Typed replaceName(String text, List<int[]> tokens) {
		List<int[]> capitalised = tokens.stream().filter(t -> Character.isUpperCase(text.charAt(t[0]))).toList();
		if (capitalised.isEmpty() || names.isEmpty()) {
			return pasteLines(text);
		}
		int[] token = capitalised.get(random.nextInt(capitalised.size()));
		String old = text.substring(token[0], token[1]);
		if (random.nextBoolean()) {
			// the last character retyped: FastP1 becomes FastP2, delete then type, as a user does
			int last = token[1] - 1;
			char replacement = "12345AbcPe".charAt(random.nextInt(10));
			String deleted = text.substring(0, last) + text.substring(last + 1);
			TextEdit delete = new TextEdit(last, 1, "");
			TextEdit type = new TextEdit(last, 0, String.valueOf(replacement));
			return new Typed("retype the last character of '" + old + "' at " + token[0] + " as '" + replacement + "'", List.of(delete, type),
					TextEdit.apply(deleted, List.of(type)));
		}
		String name = pick(names);
		TextEdit edit = new TextEdit(token[0], token[1] - token[0], name);
		return typed("replace the name '" + old + "' at " + token[0] + " by '" + name + "'", text, edit);
	}

	/** Lines copied from one place of the file and pasted at the start of another line. */
	private Typed pasteLines(String text) {
		List<Integer> lineStarts = new ArrayList<>();
		lineStarts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n' && i + 1 < text.length()) {
				lineStarts.add(i + 1);
			}
		}
		int first = random.nextInt(lineStarts.size());
		int last = Math.min(lineStarts.size(), first + 1 + random.nextInt(6));
		int from = lineStarts.get(first);
		int to = last < lineStarts.size() ? lineStarts.get(last) : text.length();
		String block = text.substring(from, to);
		if (!block.endsWith("\n")) {
			block += "\n";
		}
		int at = lineStarts.get(random.nextInt(lineStarts.size()));
		return typed("paste lines " + (first + 1) + " to " + last + " at line start " + at, text, new TextEdit(at, 0, block));
	}

	/** A word typed one letter at a time: one edit per keystroke. */
	private static Typed keystrokes(String what, String text, int at, String word) {
		List<TextEdit> edits = new ArrayList<>();
		for (int i = 0; i < word.length(); i++) {
			edits.add(new TextEdit(at + i, 0, String.valueOf(word.charAt(i))));
		}
		return new Typed(what, edits, text.substring(0, at) + word + text.substring(at));
	}

	private static Typed typed(String what, String text, TextEdit edit) {
		return new Typed(what, List.of(edit), TextEdit.apply(text, List.of(edit)));
	}

	private static List<int[]> tokens(String text) {
		List<int[]> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(new int[] { matcher.start(), matcher.end() });
		}
		return tokens;
	}

	private String pick(String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	private String pick(List<String> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static String printable(char c) {
		return c == '\n' ? "\\n" : String.valueOf(c);
	}
}
