package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.csi.dsl.common.Finding;
import org.csi.dsl.config.CsiSettings;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.headless.PlanSetValidator;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/**
 * Half-typed plans never show "null" and never break a check: every token of every example plan
 * deleted in turn, and a seeded sample of misspelt words, each checked with the rest of its plan
 * set. A finding whose message contains the word null, an exception out of the check run, or one
 * that a validator threw (Xtext logs it and goes on) fails the test, naming the mutation.
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class MutatedExamplesTest {

	/** The tokens of a plan as a typist sees them: texts, comments, words (with '^' and '-'), numbers and dates, punctuation. */
	private static final Pattern TOKEN = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"?|//[^\\n]*|/\\*(?s:.*?)\\*/|\\^?[A-Za-z_][A-Za-z0-9_-]*|[0-9][0-9.-]*|\\S");

	private static final Pattern NULL = Pattern.compile("\\bnull\\b");

	private static final long SEED = 14;

	private static final int MISSPELLINGS = 1_500;

	private static final CsiSettings SETTINGS = CsiSettings.DEFAULT.withReferenceDate(PlanSetFixture.REFERENCE_DATE);

	@Inject
	private PlanSetLoader loader;

	@Inject
	private PlanSetValidator validator;

	@Inject
	private PlanSetFixture fixture;

	/** What validators threw while the current input was checked. */
	private final List<String> logged = java.util.Collections.synchronizedList(new ArrayList<>());

	private final org.apache.log4j.AppenderSkeleton appender = new org.apache.log4j.AppenderSkeleton() {

		@Override
		protected void append(org.apache.log4j.spi.LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(org.apache.log4j.Level.ERROR)) {
				logged.add(event.getRenderedMessage() + (event.getThrowableInformation() == null ? ""
						: ": " + event.getThrowableInformation().getThrowable()));
			}
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}

		@Override
		public void close() {
			// nothing held
		}
	};

	@Before
	public void listen() {
		org.apache.log4j.Logger.getLogger(CompositeEValidator.class).addAppender(appender);
	}

	@After
	public void stopListening() {
		org.apache.log4j.Logger.getLogger(CompositeEValidator.class).removeAppender(appender);
	}

	@Test
	public void noTokenDeletedOrMisspeltShowsNullOrBreaksACheck() throws IOException {
		Map<Path, Map<Path, String>> planSets = planSets();
		List<String> problems = new ArrayList<>();
		int checked = 0;
		Random random = new Random(SEED);
		List<Path> files = new ArrayList<>();
		for (Map.Entry<Path, Map<Path, String>> set : planSets.entrySet()) {
			for (Map.Entry<Path, String> file : set.getValue().entrySet()) {
				if (!file.getKey().getParent().equals(set.getKey())) {
					continue; // the shared organisation, mutated with its own folder
				}
				files.add(file.getKey());
				Matcher token = TOKEN.matcher(file.getValue());
				while (token.find()) {
					String text = file.getValue();
					String mutant = text.substring(0, token.start()) + text.substring(token.end());
					check(set.getValue(), file.getKey(), mutant, "deleting '" + token.group() + "' at offset " + token.start(), problems);
					checked++;
				}
			}
		}
		for (int i = 0; i < MISSPELLINGS; i++) {
			Path path = files.get(random.nextInt(files.size()));
			Map<Path, String> set = planSets.get(path.getParent());
			String text = set.get(path);
			List<int[]> words = new ArrayList<>();
			Matcher token = TOKEN.matcher(text);
			while (token.find()) {
				if (Character.isLetter(token.group().charAt(0)) && token.group().length() > 1) {
					words.add(new int[] { token.start(), token.end() });
				}
			}
			int[] word = words.get(random.nextInt(words.size()));
			String misspelt = misspell(text.substring(word[0], word[1]), random);
			String mutant = text.substring(0, word[0]) + misspelt + text.substring(word[1]);
			check(set, path, mutant, "writing '" + misspelt + "' for '" + text.substring(word[0], word[1]) + "' at offset " + word[0],
					problems);
			checked++;
		}
		assertTrue("the example plans have tokens: " + checked, checked > 1_000);
		assertEquals(String.join("\n", problems), List.of(), problems);
	}

	/** What the mutations found, as exact findings: a gap accepted by a role that is not there, without its reason yet. */
	@Test
	public void aGapAcceptanceHalfTypedShowsWhatIsThere() {
		String plan = ValidationTest.BASE.replace("provides M every week unit hours", "provides M every week unit days")
				+ "accept unit gap of M by Nobody because \"Hours convert to days\"\n";
		assertEquals(List.of("plan.csi:14:10 info csi.gap.accepted: Unit gap of 'M' is accepted (it is needed in hours but can be provided"
				+ " only in days): Hours convert to days", "plan.csi:31:25 error csi.link.unresolved: Unknown role 'Nobody': no role of that"
						+ " name is declared in this plan set or imported here."), PlanSetFixture.render(fixture.validate("plan.csi", plan)));
		assertEquals(List.of("plan.csi:14:10 info csi.gap.accepted: Unit gap of 'M' is accepted by 'Owner' (it is needed in hours but can"
				+ " be provided only in days).", "plan.csi:31:38 error csi.syntax: Unexpected '<EOF>' here."),
				PlanSetFixture.render(fixture.validate("plan.csi", plan.replace("by Nobody because \"Hours convert to days\"", "by Owner because"))));
	}

	/** An action whose name is not typed yet is not checked: the syntax error says what it lacks. */
	@Test
	public void anElementWithoutItsNameIsNotChecked() {
		assertEquals(List.of("plan.csi:26:8 error csi.syntax: Unexpected '\"Action\"' here."), PlanSetFixture.render(fixture.validate("plan.csi",
				ValidationTest.BASE.replace("action A \"Action\"", "action \"Action\"").replace("    owner Owner\n", ""))));
	}

	/** A typist's slip: a letter dropped, doubled, or two letters swapped. */
	private static String misspell(String word, Random random) {
		int at = random.nextInt(word.length() - 1);
		return switch (random.nextInt(3)) {
		case 0 -> word.substring(0, at) + word.substring(at + 1);
		case 1 -> word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
		default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
		};
	}

	private void check(Map<Path, String> set, Path mutated, String mutant, String mutation, List<String> problems) {
		if (problems.size() >= 200) {
			return; // enough to see what is wrong
		}
		Map<Path, String> sources = new LinkedHashMap<>(set);
		sources.put(mutated, mutant);
		logged.clear();
		try {
			for (Finding finding : validator.validate(loader.load(sources, SETTINGS))) {
				if (NULL.matcher(finding.message()).find()) {
					problems.add(mutated.getFileName() + ", " + mutation + ": " + finding.line() + ":" + finding.column() + " " + finding.code()
							+ ": " + finding.message());
				}
			}
		} catch (PlanSetException e) {
			return; // refused with a message for the user
		} catch (RuntimeException e) {
			problems.add(mutated.getFileName() + ", " + mutation + ": " + e);
		}
		if (!logged.isEmpty()) {
			problems.add(mutated.getFileName() + ", " + mutation + ": a check failed: " + logged.get(0));
		}
	}

	/** The example plan sets: each folder of examples with the shared organisation, by folder, then file. */
	private static Map<Path, Map<Path, String>> planSets() throws IOException {
		Path examples = Paths.get(System.getProperty("csi.repository", ".."), "examples");
		Map<Path, Map<Path, String>> sets = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csi") && !f.toString().contains("/target/")).sorted().toList()) {
				sets.computeIfAbsent(file.getParent(), folder -> new LinkedHashMap<>()).put(file, Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		Map<Path, String> shared = sets.get(examples.resolve("shared"));
		for (Map<Path, String> set : sets.values()) {
			if (set != shared && shared != null) {
				set.putAll(shared);
			}
		}
		return sets;
	}
}
