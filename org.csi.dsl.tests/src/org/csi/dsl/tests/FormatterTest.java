package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.csi.headless.PlanFormatter;
import org.csi.headless.PlanSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** The canonical layout, pinned as exact text. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class FormatterTest {

	@Inject
	private PlanSetFixture fixture;

	@Inject
	private PlanFormatter formatter;

	private String format(String text) {
		PlanSet planSet = fixture.load("plan.csi", text);
		return formatter.format((XtextResource) planSet.resourceSet().getResources().get(0));
	}

	@Test
	public void givesEveryPlanOneLayout() {
		String messy = """
				package   ugly   import shared.*
				plan P "Plan" period 2027-01-01 to 2027-12-31 owner R
				vision V "v"   strategy S "s" supports V
				// the measure
				should measure M "m" serves V unit % target 95 % tolerance 2.5 % every week per service , priority baseline 90% as of 2026-01-01 /* inline */ lower is better
				source Src "src" provides M every day unit % per service, priority provides "x"
				role R "r" process-owner of Pr
				role R2 "r2"
				process Pr "p"
				gather M from Src every week check "a" check "b"
				process M as "f"
				action A "a" addresses frequency gap of M , V owner R due 2027-01-01 status in-progress outcome succeeded "yes"
				accept unit gap of M because "ok\"""";
		assertEquals("""
				package ugly

				import shared.*

				plan P "Plan"
				    period 2027-01-01 to 2027-12-31
				    owner R

				vision V "v"
				strategy S "s" supports V

				// the measure
				should measure M "m"
				    serves V
				    unit %
				    target 95%
				    tolerance 2.5%
				    every week
				    per service, priority
				    baseline 90% as of 2026-01-01 /* inline */
				    lower is better

				source Src "src"
				    provides M every day unit % per service, priority
				    provides "x"

				role R "r" process-owner of Pr
				role R2 "r2"

				process Pr "p"

				gather M from Src every week
				    check "a"
				    check "b"
				process M as "f"

				action A "a"
				    addresses frequency gap of M, V
				    owner R
				    due 2027-01-01
				    status in-progress
				    outcome succeeded "yes"

				accept unit gap of M
				    because "ok"
				""", format(messy));
	}

	@Test
	public void keepsEveryComment() {
		String text = """
				// header
				package p /* after package */

				// before the vision
				vision V "v" // trailing
				/* block
				   comment */
				strategy S "s" supports V
				""";
		assertEquals("""
				// header
				package p /* after package */

				// before the vision
				vision V "v" // trailing
				/* block
				   comment */
				strategy S "s" supports V
				""", format(text));
	}

	@Test
	public void keepsTheTextOfLineCommentsAsWritten() {
		// found by the fuzzer: "//    baseline ..." became "// baseline ...", losing a commented-out clause's alignment
		assertEquals("""
				tactical goal T "t"

				should measure M "m"
				    serves T
				    //    baseline 5.2 hours as of 2026-06-30
				    unit hours
				//no space after the slashes
				""", format("""
				tactical goal T "t"
				should measure M "m"
				    serves T
				  //    baseline 5.2 hours as of 2026-06-30
				    unit hours
				//no space after the slashes
				"""));
	}

	@Test
	public void isIdempotent() {
		String once = format(ParsingTest.EVERY_CONSTRUCT);
		assertEquals(once, format(once));
	}

	@Test
	public void leavesFilesWithSyntaxErrorsAlone() {
		assertEquals(null, format("vision V \"v\" supports"));
	}

	@Test
	public void examplesAreFormatted() throws Exception {
		Path examples = Paths.get(System.getProperty("csi.repository"), "examples");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(examples)) {
			files = walk.filter(p -> p.toString().endsWith(".csi")).sorted().toList();
		}
		for (Path file : files) {
			String text = Files.readString(file);
			assertEquals(file.toString(), text, format(text));
		}
	}

	@Test
	public void aRepeatedClauseIsNotFormatted() {
		// which of the two would stay is a guess: the file is left alone (csi validate reports it)
		assertEquals(null, format("package t\nshould measure M \"M\" target 4 hours target 5 hours\n"));
		assertEquals("package t\n\nshould measure M \"M\"\n    target 4 hours\n", format("package t\nshould measure M \"M\" target 4 hours\n"));
	}

	/** The clauses of issue 15 each on a line of their own, a percent sign against its number. */
	@Test
	public void laysOutTriggersBenchmarksAndSamples() {
		assertEquals("""
				tactical goal T "t"

				should measure M "m"
				    serves T
				    unit %
				    higher is better
				    target 85%
				    every 2 years
				    per service
				    benchmark 66% from "HDI"
				    minimum sample 100
				    trigger when missed 3 of 6 periods for each service
				    trigger when below 80%
				    description "d"
				""", format("tactical goal T \"t\" should measure M \"m\" serves T unit %   higher is better target 85 % every 2 years per service"
				+ " benchmark 66 % from \"HDI\" minimum sample 100 trigger when missed 3 of 6 periods for each service trigger when below 80 %"
				+ " description \"d\"\n"));
	}

	@Test
	public void laysOutChangesAndCompletions() {
		assertEquals("""
				should measure M "m"
				    unit %
				    changed on 2026-03-01 because "new triage"
				    changed on 2026-09-01

				action A "a"
				    addresses M
				    due 2026-05-01
				    completed 2026-04-01
				    status closed
				""", format("should measure M \"m\" unit % changed on 2026-03-01 because \"new triage\" changed on 2026-09-01\n"
				+ "action A \"a\" addresses M due 2026-05-01 completed 2026-04-01 status closed\n"));
	}
}
