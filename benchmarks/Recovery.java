import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The harness of benchmarks/recovery: mutates the example plans one token at a time and counts
 * the findings each mutation adds, calling {@code org.csi.cli.Main.run(String[], PrintWriter,
 * PrintWriter)} of the CLI jar on its class path in this one JVM (found by reflection, so the
 * harness compiles against no version of csi and runs with any build that has that method).
 *
 * <pre>
 * java -cp HARNESS:csi.jar Recovery PLANS TSV [--sample N] [--seed S] [--verify K LAUNCHER...]
 * </pre>
 *
 * PLANS is a scratch copy of the plan set (a folder holding csi.properties and the .csi files),
 * taken relative to the working directory; each mutated file is written in place and restored
 * after its run. TSV receives one line per mutation. The figures go to standard output.
 */
public final class Recovery {

	enum Kind {
		WORD, NUMBER, STRING, PUNCTUATION
	}

	record Token(Path file, int offset, int length, int line, int column, Kind kind, String text) {
	}

	record Mutation(Token token, boolean deletion, String replacement) {
		String describe(Path root) {
			String where = root.relativize(token.file) + ":" + token.line + ":" + token.column;
			return deletion ? "deleting " + quote(token.text) + " at " + where
					: quote(token.text) + " -> " + quote(replacement) + " at " + where;
		}
	}

	/** A finding as the comparison sees it: file, code and message (not the position, which a mutation may shift). */
	record Finding(String file, String code, String message) {
		@Override
		public String toString() {
			return code + ": " + message;
		}
	}

	record Outcome(Mutation mutation, int exitCode, List<Finding> added) {
	}

	private static Method run;

	public static void main(String[] args) throws Exception {
		Path plans = Paths.get(args[0]);
		Path tsv = Paths.get(args[1]);
		int sample = 0;
		long seed = 42;
		int verify = 0;
		List<String> launcher = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			switch (args[i]) {
			case "--sample" -> sample = Integer.parseInt(args[++i]);
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--verify" -> {
				verify = Integer.parseInt(args[++i]);
				launcher.addAll(List.of(args).subList(i + 1, args.length));
				i = args.length;
			}
			default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		run = Class.forName("org.csi.cli.Main").getMethod("run", String[].class, PrintWriter.class, PrintWriter.class);

		List<Path> files;
		try (Stream<Path> walk = Files.walk(plans)) {
			files = walk.filter(p -> p.toString().endsWith(".csi") && Files.isRegularFile(p)).sorted().toList();
		}
		Map<Path, String> originals = new LinkedHashMap<>();
		List<Token> tokens = new ArrayList<>();
		for (Path file : files) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			originals.put(file, text);
			tokens.addAll(tokenize(file, text));
		}
		List<Token> chosen = tokens;
		if (sample > 0 && sample < tokens.size()) {
			List<Token> shuffled = new ArrayList<>(tokens);
			Collections.shuffle(shuffled, new Random(seed));
			chosen = new ArrayList<>(shuffled.subList(0, sample));
			chosen.sort((a, b) -> a.file.equals(b.file) ? Integer.compare(a.offset, b.offset) : a.file.compareTo(b.file));
		}

		long started = System.nanoTime();
		Result baseline = validate(plans);
		if (baseline.exitCode > 1) {
			System.err.println("recovery: the unmutated plan set does not validate (exit " + baseline.exitCode + "):\n" + baseline.err);
			System.exit(2);
		}
		Map<Finding, Integer> before = multiset(baseline.findings);
		// One more unmutated run, so that the JIT has seen the code before the clock counts mutations
		validate(plans);

		List<Outcome> outcomes = new ArrayList<>();
		int done = 0;
		int total = chosen.size() * 2;
		boolean progress = System.console() != null;
		for (Token token : chosen) {
			for (boolean deletion : new boolean[] { true, false }) {
				Mutation mutation = new Mutation(token, deletion, deletion ? "" : misspell(token));
				String original = originals.get(token.file);
				Files.writeString(token.file, apply(original, mutation), StandardCharsets.UTF_8);
				try {
					Result result = validate(plans);
					outcomes.add(new Outcome(mutation, result.exitCode, added(before, result.findings)));
				} finally {
					Files.writeString(token.file, original, StandardCharsets.UTF_8);
				}
				if (progress && ++done % 50 == 0) {
					System.err.printf("\r%d/%d mutations", done, total);
				}
			}
		}
		if (progress) {
			System.err.print("\r\033[K");
		}
		double seconds = (System.nanoTime() - started) / 1e9;

		try (Writer out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
			out.write("kind\tfile\tline\tcolumn\ttoken\treplacement\texit\tnew_findings\tfindings\n");
			for (Outcome o : outcomes) {
				Token t = o.mutation.token;
				out.write(String.join("\t", o.mutation.deletion ? "deletion" : "misspelling", plans.relativize(t.file).toString(),
						Integer.toString(t.line), Integer.toString(t.column), escape(t.text), escape(o.mutation.replacement),
						Integer.toString(o.exitCode), Integer.toString(o.added.size()),
						escape(String.join(" | ", o.added.stream().map(Finding::toString).toList()))) + "\n");
			}
		}

		System.out.printf(Locale.ROOT, "%d files, %d tokens%s; unmutated: %d findings%n", files.size(), tokens.size(),
				chosen == tokens ? "" : ", a sample of " + chosen.size() + " (seed " + seed + ")", baseline.findings.size());
		System.out.printf(Locale.ROOT, "%-12s %9s %6s %4s %6s %8s %8s %8s%n", "mutation", "mutations", "median", "p90", "worst",
				"exactly1", "none", "crashes");
		for (boolean deletion : new boolean[] { true, false }) {
			List<Outcome> kind = outcomes.stream().filter(o -> o.mutation.deletion == deletion).toList();
			List<Integer> counts = new ArrayList<>(kind.stream().map(o -> o.added.size()).toList());
			Collections.sort(counts);
			long one = counts.stream().filter(c -> c == 1).count();
			long none = counts.stream().filter(c -> c == 0).count();
			long crashes = kind.stream().filter(o -> o.exitCode > 1).count();
			System.out.printf(Locale.ROOT, "%-12s %9d %6d %4d %6d %7.1f%% %7.1f%% %8d%n", deletion ? "deletion" : "misspelling",
					counts.size(), rank(counts, 0.5), rank(counts, 0.9), counts.get(counts.size() - 1), 100.0 * one / counts.size(),
					100.0 * none / counts.size(), crashes);
		}
		for (boolean deletion : new boolean[] { true, false }) {
			List<Outcome> kind = new ArrayList<>(outcomes.stream().filter(o -> o.mutation.deletion == deletion).toList());
			kind.sort((a, b) -> Integer.compare(b.added.size(), a.added.size())); // stable: ties stay in file order
			Outcome worst = kind.get(0);
			long ties = kind.stream().filter(o -> o.added.size() == worst.added.size()).count();
			System.out.printf("worst %s: %d new findings, %s%s%n", deletion ? "deletion" : "misspelling", worst.added.size(),
					worst.mutation.describe(plans.getParent() == null ? Paths.get("") : plans.getParent()),
					ties > 1 ? " (and " + (ties - 1) + " more with as many)" : "");
		}
		System.out.printf(Locale.ROOT, "time: %.0f s, %.0f ms per mutation; every mutation in %s%n", seconds,
				1000 * seconds / Math.max(1, outcomes.size()), tsv);

		if (verify > 0) {
			verify(plans, originals, outcomes, before, verify, seed, launcher);
		}
	}

	/**
	 * Runs K mutations (seeded) again, each in a JVM of its own started by the CLI's launcher, and
	 * checks that they add the same findings as in this JVM: the in-process runs share nothing.
	 */
	private static void verify(Path plans, Map<Path, String> originals, List<Outcome> outcomes, Map<Finding, Integer> before, int k,
			long seed, List<String> launcher) throws Exception {
		List<Outcome> picked = new ArrayList<>(outcomes);
		Collections.shuffle(picked, new Random(seed + 1));
		// the worst cases first: they are the ones the figures stand on
		picked.sort((a, b) -> Integer.compare(b.added.size(), a.added.size()));
		List<Outcome> check = new ArrayList<>(picked.subList(0, Math.min(k / 2, picked.size())));
		Collections.shuffle(picked, new Random(seed + 2));
		for (Outcome o : picked) {
			if (check.size() >= Math.min(k, outcomes.size())) {
				break;
			}
			if (!check.contains(o)) {
				check.add(o);
			}
		}
		int same = 0;
		for (Outcome o : check) {
			Token token = o.mutation.token;
			String original = originals.get(token.file);
			Files.writeString(token.file, apply(original, o.mutation), StandardCharsets.UTF_8);
			List<Finding> separate;
			try {
				List<String> command = new ArrayList<>(launcher);
				command.addAll(List.of("validate", "--format", "json", "--fail-on", "never", plans.toString()));
				Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
				String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				process.waitFor();
				separate = findings(json);
			} finally {
				Files.writeString(token.file, original, StandardCharsets.UTF_8);
			}
			List<Finding> added = added(before, separate);
			if (multiset(added).equals(multiset(o.added))) {
				same++;
			} else {
				System.out.println("verify: differs in a JVM of its own: " + o.mutation.describe(plans) + ": " + o.added + " here, "
						+ added + " there");
			}
		}
		System.out.printf("verify: %d of %d mutations add the same findings when run by the launcher in a JVM of their own%n", same,
				check.size());
	}

	record Result(int exitCode, List<Finding> findings, String err) {
	}

	private static Result validate(Path plans) throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = (Integer) run.invoke(null, new String[] { "validate", "--format", "json", "--fail-on", "never", plans.toString() },
				new PrintWriter(out), new PrintWriter(err));
		return new Result(code, code > 1 ? List.of() : findings(out.toString()), err.toString());
	}

	private static Map<Finding, Integer> multiset(List<Finding> findings) {
		Map<Finding, Integer> counts = new HashMap<>();
		findings.forEach(f -> counts.merge(f, 1, Integer::sum));
		return counts;
	}

	/** The findings of a mutated run that the unmutated run does not have (as a multiset). */
	private static List<Finding> added(Map<Finding, Integer> before, List<Finding> after) {
		Map<Finding, Integer> left = new HashMap<>(before);
		List<Finding> added = new ArrayList<>();
		for (Finding f : after) {
			Integer n = left.get(f);
			if (n != null && n > 0) {
				left.put(f, n - 1);
			} else {
				added.add(f);
			}
		}
		return added;
	}

	// ------------------------------------------------------------------ tokens and mutations

	/** Words (a hyphenated keyword such as process-owner is one word), quoted texts, numbers and dates, punctuation; no comments or whitespace. */
	static List<Token> tokenize(Path file, String s) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = s.length();
		while (i < n) {
			char c = s.charAt(i);
			int start = i;
			Kind kind;
			if (Character.isWhitespace(c) || c == '\uFEFF') {
				i++;
				continue;
			} else if (s.startsWith("//", i)) {
				while (i < n && s.charAt(i) != '\n') {
					i++;
				}
				continue;
			} else if (s.startsWith("/*", i)) {
				int end = s.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
				continue;
			} else if (c == '"' || c == '\'') {
				i++;
				while (i < n && s.charAt(i) != c && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
					i += s.charAt(i) == '\\' && i + 1 < n && s.charAt(i + 1) != '\n' ? 2 : 1;
				}
				if (i < n && s.charAt(i) == c) {
					i++;
				}
				kind = Kind.STRING;
			} else if (isDate(s, i)) {
				i += 10;
				kind = Kind.NUMBER;
			} else if (isDigit(s, i)) {
				while (isDigit(s, i)) {
					i++;
				}
				if (i + 1 < n && s.charAt(i) == '.' && isDigit(s, i + 1)) {
					i++;
					while (isDigit(s, i)) {
						i++;
					}
				}
				kind = Kind.NUMBER;
			} else if (Character.isLetter(c) || c == '_' || c == '^') {
				i++;
				while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
						|| s.charAt(i) == '-' && i + 1 < n && Character.isLetter(s.charAt(i + 1)))) {
					i++;
				}
				kind = Kind.WORD;
			} else {
				i += s.startsWith(".*", i) ? 2 : 1;
				kind = Kind.PUNCTUATION;
			}
			int line = 1;
			int lineStart = 0;
			for (int j = 0; j < start; j++) {
				if (s.charAt(j) == '\n') {
					line++;
					lineStart = j + 1;
				}
			}
			tokens.add(new Token(file, start, i - start, line, start - lineStart + 1, kind, s.substring(start, i)));
		}
		return tokens;
	}

	private static boolean isDigit(String s, int i) {
		return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
	}

	private static boolean isDate(String s, int i) {
		if (i + 10 > s.length()) {
			return false;
		}
		for (int j = 0; j < 10; j++) {
			boolean ok = j == 4 || j == 7 ? s.charAt(i + j) == '-' : isDigit(s, i + j);
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The misspelling of a token: a word of 3 or more characters loses its middle letter
	 * (tactical -> tactcal; the inner letter nearest the middle when the middle is no letter); a
	 * shorter word gets 'x' for its last letter (of -> ox); a quoted text loses the middle letter
	 * of its content the same way (or gets an 'x' appended when it has no inner letter); a
	 * number or date gets 'x' for its last digit (70 -> 7x); a punctuation mark becomes 'x'.
	 */
	static String misspell(Token t) {
		String s = t.text;
		return switch (t.kind) {
		case WORD -> {
			String dropped = s.length() >= 3 ? dropMiddleLetter(s) : null;
			yield dropped != null ? dropped : s.substring(0, s.length() - 1) + (s.endsWith("x") ? "q" : "x");
		}
		case STRING -> {
			boolean closed = s.length() >= 2 && s.charAt(s.length() - 1) == s.charAt(0);
			String content = s.substring(1, closed ? s.length() - 1 : s.length());
			String quote = s.substring(0, 1);
			String dropped = content.length() >= 3 ? dropMiddleLetter(content) : null;
			yield quote + (dropped != null ? dropped : content + "x") + (closed ? quote : "");
		}
		case NUMBER -> s.substring(0, s.length() - 1) + "x";
		case PUNCTUATION -> "x";
		};
	}

	/** The text without its middle letter, else without the inner letter nearest the middle (never the first or last character); null when it has none. */
	private static String dropMiddleLetter(String s) {
		int k = s.length() / 2;
		for (int d = 0; d < s.length(); d++) {
			for (int j : new int[] { k - d, k + d }) {
				if (j >= 1 && j <= s.length() - 2 && Character.isLetter(s.charAt(j))) {
					return s.substring(0, j) + s.substring(j + 1);
				}
			}
		}
		return null;
	}

	static String apply(String text, Mutation m) {
		return text.substring(0, m.token.offset) + m.replacement + text.substring(m.token.offset + m.token.length);
	}

	private static int rank(List<Integer> sorted, double p) {
		// nearest rank: the smallest value that at least p of the mutations do not exceed
		return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
	}

	static String quote(String s) {
		return "`" + s + "`";
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	// ------------------------------------------------------------------ the CLI's JSON

	/** The findings of {@code csi validate --format json}: {..., findings: [{file, ..., code, message}]}. */
	static List<Finding> findings(String json) throws IOException {
		Object root = new Json(json).value();
		List<Finding> findings = new ArrayList<>();
		if (!(root instanceof Map<?, ?> map) || !(map.get("findings") instanceof List<?> list)) {
			throw new IOException("not the JSON of csi validate: " + json);
		}
		for (Object o : list) {
			Map<?, ?> f = (Map<?, ?>) o;
			findings.add(new Finding((String) f.get("file"), (String) f.get("code"), (String) f.get("message")));
		}
		return findings;
	}

	/** Just enough of a JSON reader for the CLI's output: objects, arrays, strings, numbers, true, false, null. */
	static final class Json {
		private final String s;
		private int i;

		Json(String s) {
			this.s = s;
		}

		Object value() throws IOException {
			space();
			if (i >= s.length()) {
				throw new IOException("JSON ends early");
			}
			char c = s.charAt(i);
			if (c == '{') {
				Map<String, Object> map = new LinkedHashMap<>();
				i++;
				space();
				if (s.charAt(i) == '}') {
					i++;
					return map;
				}
				while (true) {
					space();
					String key = string();
					space();
					expect(':');
					map.put(key, value());
					space();
					if (s.charAt(i++) == '}') {
						return map;
					}
				}
			} else if (c == '[') {
				List<Object> list = new ArrayList<>();
				i++;
				space();
				if (s.charAt(i) == ']') {
					i++;
					return list;
				}
				while (true) {
					list.add(value());
					space();
					if (s.charAt(i++) == ']') {
						return list;
					}
				}
			} else if (c == '"') {
				return string();
			} else {
				int start = i;
				while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
					i++;
				}
				return s.substring(start, i);
			}
		}

		private String string() throws IOException {
			expect('"');
			StringBuilder b = new StringBuilder();
			while (s.charAt(i) != '"') {
				char c = s.charAt(i++);
				if (c == '\\') {
					char e = s.charAt(i++);
					switch (e) {
					case 'n' -> b.append('\n');
					case 't' -> b.append('\t');
					case 'r' -> b.append('\r');
					case 'b' -> b.append('\b');
					case 'f' -> b.append('\f');
					case 'u' -> {
						b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
						i += 4;
					}
					default -> b.append(e);
					}
				} else {
					b.append(c);
				}
			}
			i++;
			return b.toString();
		}

		private void expect(char c) throws IOException {
			if (s.charAt(i) != c) {
				throw new IOException("expected '" + c + "' at " + i + " of the JSON");
			}
			i++;
		}

		private void space() {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
		}
	}
}
