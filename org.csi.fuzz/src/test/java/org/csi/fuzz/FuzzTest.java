package org.csi.fuzz;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.csi.dsl.CsiStandaloneSetup;
import org.csi.dsl.config.CsiSettings;
import org.csi.report.CsiGenerator;
import org.csi.report.ReportRequest;
import org.csi.headless.PlanFormatter;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.headless.PlanSetValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.BeforeClass;
import org.junit.Test;

import com.google.inject.Injector;

/**
 * Seeded mutation fuzzing of the whole headless path: parse, link, validate, format and render
 * every report, on mutants of the example plans. Every input must: end without an exception
 * escaping, take at most 2 s, format to a text that formats to itself, keeps every comment and means what the input
 * meant, and leave the heap bounded. A failing input is written to target/fuzz-failures and the
 * test fails naming it; fixed ones become regression tests in {@link RegressionTest}.
 */
public class FuzzTest {

	private static final long SEED = 42;
	private static final long MAX_MILLIS = 2_000;
	private static final long MAX_HEAP_BYTES = 600L * 1024 * 1024;

	private static Injector injector;

	/** Overdue actions are judged against a fixed date: the same input gives the same findings every day. */
	private static final CsiSettings SETTINGS = CsiSettings.DEFAULT.withReferenceDate(java.time.LocalDate.of(2026, 12, 1));
	private static List<String> corpus;

	/**
	 * What Xtext logged while checking the current input: it catches a validator's exception, logs
	 * it and goes on, so an exception in a validator would otherwise pass unnoticed.
	 */
	private static final List<String> LOGGED = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

	@BeforeClass
	public static void setUp() throws Exception {
		org.apache.log4j.Logger.getLogger(org.eclipse.xtext.validation.CompositeEValidator.class).addAppender(new org.apache.log4j.AppenderSkeleton() {

			@Override
			protected void append(org.apache.log4j.spi.LoggingEvent event) {
				LOGGED.add(event.getRenderedMessage() + (event.getThrowableInformation() == null ? ""
						: ": " + event.getThrowableInformation().getThrowable()));
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}

			@Override
			public void close() {
				// nothing held
			}
		});
		injector = new CsiStandaloneSetup().createInjectorAndDoEMFRegistration();
		Path examples = Path.of(System.getProperty("csi.repository", ".."), "examples");
		try (Stream<Path> files = Files.walk(examples)) {
			corpus = files.filter(f -> f.toString().endsWith(".csi") && !f.toString().contains("/target/")).sorted()
					.map(FuzzTest::read).toList();
		}
		assertTrue("the corpus is the example plans", corpus.size() >= 9);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	public void mutantsOfTheExamplesNeverBreakTheTools() throws Exception {
		int inputs = Integer.getInteger("csi.fuzz.inputs", 20_000);
		Mutator mutator = new Mutator(SEED);
		java.util.Random choose = new java.util.Random(SEED + 1);
		List<String> failures = new ArrayList<>();
		long slowest = 0;
		for (int i = 0; i < inputs; i++) {
			String input = mutator.mutate(corpus.get(choose.nextInt(corpus.size())));
			String other = i % 10 == 0 ? corpus.get(choose.nextInt(corpus.size())) : null;
			long start = System.nanoTime();
			String problem;
			try {
				problem = check(input, other, i % 25 == 0);
			} catch (Throwable e) {
				java.io.StringWriter trace = new java.io.StringWriter();
				e.printStackTrace(new java.io.PrintWriter(trace));
				problem = "exception: " + trace;
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			slowest = Math.max(slowest, millis);
			if (problem == null && millis > MAX_MILLIS) {
				problem = "took " + millis + " ms";
			}
			if (problem != null) {
				failures.add(save(i, input, other, problem));
			}
			if (i % 5_000 == 4_999) {
				System.gc();
				long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
				assertTrue("heap after " + (i + 1) + " inputs: " + used / 1_048_576 + " MB", used < MAX_HEAP_BYTES);
			}
		}
		System.out.println("fuzz: " + inputs + " inputs, slowest " + slowest + " ms, " + failures.size() + " failures");
		assertEquals(String.join("\n", failures), 0, failures.size());
	}

	/** What is wrong with the tools on this input, or null. */
	static String check(String input, String other, boolean reports) throws Exception {
		Map<Path, String> sources = new LinkedHashMap<>();
		sources.put(Path.of("/fuzz/input.csi"), input);
		if (other != null) {
			sources.put(Path.of("/fuzz/other.csi"), other);
		}
		PlanSet planSet;
		try {
			planSet = injector.getInstance(PlanSetLoader.class).load(sources, SETTINGS);
		} catch (PlanSetException e) {
			return null; // refused with a message for the user: fine
		}
		LOGGED.clear();
		injector.getInstance(PlanSetValidator.class).validate(planSet);
		if (!LOGGED.isEmpty()) {
			return "a validator failed: " + LOGGED.get(0);
		}
		XtextResource resource = (XtextResource) planSet.resourceSet().getResources().get(0);
		PlanFormatter formatter = injector.getInstance(PlanFormatter.class);
		String formatted = formatter.format(resource);
		if (formatted != null) {
			XtextResource again = parse(formatted);
			if (again.getParseResult().hasSyntaxErrors()) {
				return "the formatted text does not parse:\n" + formatted;
			}
			String twice = formatter.format(again);
			if (!formatted.equals(twice)) {
				return "formatting is not idempotent:\n--- once\n" + formatted + "\n--- twice\n" + twice;
			}
			List<String> commentsBefore = CanonicalModel.comments(resource);
			List<String> commentsAfter = CanonicalModel.comments(again);
			if (!commentsBefore.equals(commentsAfter)) {
				return "formatting changed the comments:\n--- input\n" + String.join("\n", commentsBefore) + "\n--- formatted\n"
						+ String.join("\n", commentsAfter);
			}
			if (!resource.getContents().isEmpty()) {
				String before = CanonicalModel.of(resource.getContents().get(0));
				String after = again.getContents().isEmpty() ? "" : CanonicalModel.of(again.getContents().get(0));
				if (!before.equals(after)) {
					return "formatting changed the meaning:\n--- input model\n" + before + "\n--- formatted model\n" + after;
				}
			}
		}
		if (reports) {
			CsiGenerator generator = injector.getInstance(CsiGenerator.class);
			for (Resource plan : List.copyOf(planSet.resourceSet().getResources())) {
				generator.doGenerate(plan, new InMemoryFileSystemAccess(), ReportRequest.defaults(CancelIndicator.NullImpl));
			}
		}
		return null;
	}

	private static XtextResource parse(String text) throws Exception {
		return (XtextResource) injector.getInstance(PlanSetLoader.class).load(Map.of(Path.of("/fuzz/formatted.csi"), text)).resourceSet()
				.getResources().get(0);
	}

	private static String save(int number, String input, String other, String problem) throws java.io.IOException {
		Path folder = Path.of(System.getProperty("csi.fuzz.failures", "target/fuzz-failures"));
		Files.createDirectories(folder);
		Path file = folder.resolve("input-" + number + ".csi");
		Files.writeString(file, input, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("input-" + number + ".txt"), problem + (other == null ? "" : "\n(with a second file)"),
				StandardCharsets.UTF_8);
		return file + ": " + problem.lines().findFirst().orElse("");
	}
}
