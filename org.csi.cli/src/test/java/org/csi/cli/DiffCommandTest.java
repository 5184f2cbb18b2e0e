package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code csi diff} on real git repositories built here (commits, tags, a moved file, a shallow
 * clone): the exact changes between two versions of a plan, in the words and at the places a
 * reviewer sees them, and what happens with refs that do not exist and files that do not parse.
 */
public class DiffCommandTest {

	/** The plan at the start of the cycle. */
	static final String V1 = """
			package sd

			plan P "Plan" owner Lead
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S
			operational goal O "Operational" refines T
			process Pr "Process"
			role Lead "Lead" process-owner of Pr
			role Other "Other"

			should measure FCR "First contact resolution"
			    serves T
			    unit %
			    higher is better
			    target 75%
			    tolerance 5%
			    baseline 62% as of 2026-01-01
			    every month

			should measure Backlog "Backlog"
			    serves O
			    unit tickets
			    lower is better
			    target 100 tickets
			    every week

			source Tickets "Tickets"
			    owner Lead
			    provides FCR every month unit %
			    provides Backlog every week

			process FCR as "share" by Lead
			    compute ratio of "first_contact" on "opened"

			action A1 "Scripts"
			    addresses FCR
			    owner Lead
			    due 2026-03-31
			    status in-progress

			action A2 "Triage"
			    addresses Backlog
			    owner Lead
			    due 2026-04-30
			    status in-progress

			action A3 "Old"
			    addresses Backlog
			    owner Lead
			    due 2026-02-28
			    status closed
			""";

	/**
	 * The plan at the review, moved to another folder: FCR's target lowered and its tolerance
	 * widened, Backlog's target tightened and moved to the tactical goal (the operational goal keeps
	 * no measure), FCR's computation filtered without saying from when, Backlog no longer provided
	 * (a coverage gap, accepted until June), A1 slipped and handed over, A2 cancelled, A3 reopened, A4 new.
	 */
	static final String V2 = """
			package sd

			plan P "Plan" owner Lead
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S
			operational goal O "Operational" refines T
			process Pr "Process"
			role Lead "Lead" process-owner of Pr
			role Other "Other"

			should measure FCR "First contact resolution"
			    serves T
			    unit %
			    higher is better
			    target 70%
			    tolerance 10%
			    baseline 62% as of 2026-01-01
			    every month

			should measure Backlog "Backlog"
			    serves T
			    unit tickets
			    lower is better
			    target 80 tickets
			    every week

			source Tickets "Tickets"
			    owner Lead
			    provides FCR every month unit %

			process FCR as "share" by Lead
			    compute ratio of "first_contact" where "channel = 'phone'" on "opened"

			action A1 "Scripts"
			    addresses FCR
			    owner Other
			    due 2026-05-15
			    status in-progress

			action A2 "Triage"
			    addresses Backlog
			    owner Lead
			    due 2026-04-30
			    status cancelled

			action A3 "Old"
			    addresses Backlog
			    owner Lead
			    due 2026-02-28
			    status in-progress

			action A4 "Knowledge base"
			    addresses FCR
			    owner Lead
			    due 2026-09-30

			accept coverage gap of Backlog by Lead until 2026-06-30 because "the queue export comes in Q3"
			""";

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	private Path repository;
	private TestRepository git;

	@Before
	public void setUp() throws Exception {
		repository = temporary.newFolder("repo").toPath();
		git = TestRepository.init(repository);
		git.commit("plans/sd.csi", V1, "the plan at the start of Q1");
		git.tag("q1");
	}

	private void commit(String path, String text, String message) throws Exception {
		git.commit(path, text, message);
	}

	private void move(String from, String to, String text) throws Exception {
		git.move(from, to, text);
	}

	private CliRun diff(String... args) {
		String[] all = new String[args.length + 3];
		all[0] = "diff";
		all[1] = "--repository";
		all[2] = repository.toString();
		System.arraycopy(args, 0, all, 3, args.length);
		return CliRun.of(all);
	}

	@Test
	public void whatChangedBetweenTwoTags() throws Exception {
		move("plans/sd.csi", "plans/service-desk/sd.csi", V2);
		git.tag("q2");
		CliRun run = diff("q1", "q2", "--reference-date", "2026-08-01");
		assertEquals(run.err, "", run.err);
		// the file moved: nothing was removed or added with it; every place is in the new version
		String at = "plans/service-desk/sd.csi:";
		assertEquals(at + "7:18: warning csi.diff.goal-unmeasured: Operational goal 'sd.O' is left without measures; in q1 (" + shortId("q1")
				+ ") sd.Backlog served it.\n"
				+ at + "16:12: warning csi.diff.target-loosened: Measure 'sd.FCR': target 75% became 70%, easier to meet (higher is better).\n"
				+ at + "17:15: warning csi.diff.tolerance-loosened: Measure 'sd.FCR': tolerance 5% became 10%: a miss by more is now within"
				+ " tolerance.\n"
				+ at + "21:16: warning csi.diff.gap-opened: Coverage gap of measure 'sd.Backlog' opened: no source provides it; it is accepted.\n"
				+ at + "25:12: info csi.diff.target-tightened: Measure 'sd.Backlog': target 100 tickets became 80 tickets, harder to meet"
				+ " (lower is better).\n"
				+ at + "33:13: warning csi.diff.series-break: Measure 'sd.FCR': 'compute ratio of \"first_contact\" on \"opened\"' became"
				+ " 'compute ratio of \"first_contact\" where \"channel = 'phone'\" on \"opened\"', so its values before and after do not"
				+ " compare, and the plan does not say from when: add 'changed on <date> because \"...\"' to the measure.\n"
				+ at + "37:11: info csi.diff.action-changed: Action 'sd.A1': owner sd.Lead became sd.Other.\n"
				+ at + "38:9: warning csi.diff.due-slipped: Action 'sd.A1': due date slipped by 45 days, from 2026-03-31 to 2026-05-15.\n"
				+ at + "45:12: warning csi.diff.action-cancelled: Action 'sd.A2': in-progress became cancelled, without a justification.\n"
				+ at + "51:12: warning csi.diff.action-reopened: Action 'sd.A3': closed became in-progress: it was reopened.\n"
				+ at + "53:8: info csi.diff.action-added: Action 'sd.A4' was added to the register, due 2026-09-30, owner sd.Lead.\n"
				+ at + "58:46: warning csi.diff.acceptance-expired: The acceptance of the coverage gap of measure 'sd.Backlog' was to be"
				+ " reviewed by 2026-06-30 and is still in the plan on 2026-08-01: review it, then close the gap, renew the date or remove the"
				+ " acceptance.\n"
				+ at + "58:65: warning csi.diff.acceptance-added: The coverage gap of measure 'sd.Backlog' is now accepted until 2026-06-30:"
				+ " \"the queue export comes in Q3\".\n"
				+ "13 changes from q1 (" + shortId("q1") + ") to q2 (" + shortId("q2") + "): 0 errors, 10 warnings, 3 infos.\n", run.out);
		assertEquals(ExitCodes.OK, run.code);
		assertEquals(ExitCodes.FINDINGS, diff("q1", "q2", "--fail-on", "warning").code);
	}

	/** The other rules, between two folders: each change once, at its place. */
	@Test
	public void theOtherRules() throws Exception {
		Path old = temporary.newFolder("before").toPath();
		Path now = temporary.newFolder("after").toPath();
		String before = V1.replace("    every month\n\nshould measure Backlog", "    every month\n    per service\n\nshould measure Backlog");
		Files.writeString(old.resolve("sd.csi"), before + "\naccept breakdown gap of FCR because \"the export has no service yet\"\n");
		String changed = before.replace("    lower is better\n", "    higher is better\n")
				.replace("baseline 62% as of 2026-01-01", "baseline 60% as of 2026-01-01")
				.replace("    target 100 tickets\n    every week\n", "    target 100 tickets\n    baseline 120 tickets\n    every month\n")
				.replace("    per service\n", "    per service, priority\n")
				.replace("    due 2026-03-31\n", "    due 2026-03-15\n")
				.replace("\naction A3 \"Old\"\n    addresses Backlog\n    owner Lead\n    due 2026-02-28\n    status closed\n", "")
				.replace("    provides FCR every month unit %\n", "    provides FCR every month unit % per service, priority\n")
				+ "\noperational goal O2 \"Second\" refines T\n\nshould measure New \"New\"\n    serves O2\n";
		Files.writeString(now.resolve("sd.csi"), changed);
		CliRun run = CliRun.of("diff", old.toString(), now.toString());
		assertEquals(run.err, "", run.err);
		assertEquals("sd.csi:12:16: info csi.diff.gap-closed: Breakdown gap of measure 'sd.FCR' closed (it was: it is needed per service but no source provides that breakdown).\n"
				+ "sd.csi:18:14: warning csi.diff.baseline-changed: Measure 'sd.FCR': baseline 62% as of 2026-01-01 became 60% as of 2026-01-01: the starting point that improvement is measured from moved.\n"
				+ "sd.csi:20:9: info csi.diff.breakdown-added: Measure 'sd.FCR' is now broken down per priority.\n"
				+ "sd.csi:25:5: warning csi.diff.direction-changed: Measure 'sd.Backlog': direction changed from 'lower is better' to 'higher is better': every judgement of its values is reversed.\n"
				+ "sd.csi:27:14: info csi.diff.baseline-added: Measure 'sd.Backlog': baseline 120 tickets was set.\n"
				+ "sd.csi:28:11: warning csi.diff.series-break: Measure 'sd.Backlog': frequency every week became every month, so its values before and after do not compare, and the plan does not say from when: add 'changed on <date> because \"...\"' to the measure.\n"
				+ "sd.csi:41:9: info csi.diff.action-changed: Action 'sd.A1': due date brought forward from 2026-03-31 to 2026-03-15.\n"
				+ "sd.csi:50:18: info csi.diff.goal-added: Operational goal 'sd.O2' was added.\n"
				+ "sd.csi:52:16: warning csi.diff.gap-opened: Coverage gap of measure 'sd.New' opened: no source provides it.\n"
				+ "sd.csi:52:16: info csi.diff.measure-added: Measure 'sd.New' was added.\n"
				+ "OLD/sd.csi:49:8: warning csi.diff.action-removed: Action 'sd.A3' was deleted from the register (closed in OLD): keep it, so that the register keeps the history of what was done.\n"
				+ "OLD/sd.csi:55:37: info csi.diff.acceptance-removed: The acceptance of the breakdown gap of measure 'sd.FCR' was removed (it was in OLD).\n"
				+ "12 changes from OLD to {after}: 0 errors, 5 warnings, 7 infos.\n",
				run.out.replace(now + "/", "").replace(old + "/", "OLD/").replace(old.toString(), "OLD").replace(now.toString(), "{after}"));
	}

	/** Two folders, no git: a definition change that the plan states is not a series break. */
	@Test
	public void aStatedChangeIsNotASeriesBreak() throws Exception {
		Path old = temporary.newFolder("old").toPath();
		Path now = temporary.newFolder("new").toPath();
		Files.writeString(old.resolve("sd.csi"), V1);
		Files.writeString(now.resolve("sd.csi"), V1.replace("    every month\n", "    every month\n    changed on 2026-04-01 because \"phone only\"\n")
				.replace("compute ratio of \"first_contact\" on", "compute ratio of \"first_contact\" where \"channel = 'phone'\" on"));
		CliRun run = CliRun.of("diff", old.toString(), now.toString());
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertEquals(now.resolve("sd.csi") + ":35:13: info csi.diff.definition-changed: Measure 'sd.FCR': 'compute ratio of \"first_contact\" on"
				+ " \"opened\"' became 'compute ratio of \"first_contact\" where \"channel = 'phone'\" on \"opened\"'; the plan states the change on"
				+ " 2026-04-01 (phone only), where csi starts new limits.\n"
				+ "1 change from " + old + " to " + now + ": 0 errors, 0 warnings, 1 info.\n", run.out);
	}

	@Test
	public void aRevisionThatDoesNotExist() throws Exception {
		CliRun run = diff("q9");
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("", run.out);
		assertEquals("csi: 'q9' names no commit in " + repository.toRealPath() + "\n", run.err);
	}

	@Test
	public void aFolderThatIsNotInARepository() throws Exception {
		Path folder = temporary.newFolder("plain").toPath();
		CliRun run = CliRun.of("diff", "--repository", folder.toString(), "HEAD~1");
		assertEquals(ExitCodes.USAGE, run.code);
		assertEquals("csi: " + folder + ": not in a git repository (csi diff compares two commits of one, or two folders)\n", run.err);
	}

	/** CI checks out one commit by default: the base is not there, and the error says how to fetch it. */
	@Test
	public void aShallowCloneSaysWhatToFetch() throws Exception {
		commit("plans/sd.csi", V2, "the review");
		Path clone = temporary.newFolder("clone").toPath();
		try (Git shallow = Git.cloneRepository().setURI(repository.toUri().toString()).setDirectory(clone.toFile()).setDepth(1).call()) {
			CliRun run = CliRun.of("diff", "--repository", clone.toString(), "HEAD~1");
			assertEquals(ExitCodes.USAGE, run.code);
			assertEquals("csi: 'HEAD~1' names no commit in " + clone.toRealPath() + ": this is a shallow clone, which holds only the latest commits;"
					+ " fetch the history (git fetch --unshallow, or fetch-depth: 0 in GitHub Actions' checkout)\n", run.err);
			CliRun head = CliRun.of("diff", "--repository", clone.toString(), "HEAD", "HEAD");
			assertEquals(head.err, ExitCodes.OK, head.code);
		}
	}

	/** A file that does not parse in the new version is reported, and the rest is still compared. */
	@Test
	public void aFileThatDoesNotParseInOneVersion() throws Exception {
		String more = "package sd\n\nshould measure Queue \"Queue\"\n    serves T\n    target 10\n";
		commit("plans/more.csi", more, "a second file");
		Files.writeString(repository.resolve("plans/more.csi"), more.replace("    target 10\n", "    target\n"));
				commit("plans/sd.csi", V1.replace("target 75%", "target 70%"), "broken");
		CliRun run = diff("HEAD~1");
		assertEquals(run.out, ExitCodes.FINDINGS, run.code); // an error fails the run by default
		assertEquals("plans/more.csi:5:5: error csi.diff.unreadable: In HEAD (" + shortId("HEAD") + ") this file does not parse ('target'"
				+ " cannot come here; csi validate says more): its elements are left out of the comparison.\n"
				+ "plans/sd.csi:16:12: warning csi.diff.target-loosened: Measure 'sd.FCR': target 75% became 70%, easier to meet (higher is"
				+ " better).\n"
				+ "2 changes from HEAD~1 (" + shortId("HEAD~1") + ") to HEAD (" + shortId("HEAD") + "): 1 error, 1 warning, 0 infos.\n", run.out);
	}

	/** A pull request cannot silence the report on its own loosened target: the old version's settings apply, and their change is reported. */
	@Test
	public void settingsCannotSilenceTheirOwnReview() throws Exception {
		commit("plans/csi.properties", "csi.diff.target-loosened = ignore\n", "hide it");
		commit("plans/sd.csi", V1.replace("target 75%", "target 70%"), "loosen it");
		CliRun run = diff("q1", "--in", "plans");
		assertEquals("plans/csi.properties:1:1: warning csi.diff.settings-changed: csi.properties changed between q1 (" + shortId("q1")
				+ ") and HEAD (" + shortId("HEAD") + "): severities csi.diff.target-loosened default -> ignore. This diff judges both versions"
				+ " with the settings of q1 (" + shortId("q1") + ").\n"
				+ "plans/sd.csi:16:12: warning csi.diff.target-loosened: Measure 'sd.FCR': target 75% became 70%, easier to meet (higher is"
				+ " better).\n"
				+ "2 changes from q1 (" + shortId("q1") + ") to HEAD (" + shortId("HEAD") + "): 0 errors, 2 warnings, 0 infos.\n", run.out);
		// the base's own settings apply: there, the rule is ignored
		CliRun later = diff("HEAD~1", "HEAD", "--in", "plans");
		assertEquals("0 changes from HEAD~1 (" + shortId("HEAD~1") + ") to HEAD (" + shortId("HEAD") + "): 0 errors, 0 warnings, 0 infos.\n",
				later.out);
	}

	@Test
	public void markdownForAPullRequestComment() throws Exception {
		move("plans/sd.csi", "plans/service-desk/sd.csi", V2);
		CliRun run = diff("q1", "--format", "markdown", "--reference-date", "2026-08-01");
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertEquals("""
				### csi diff: q1 ({q1}) → HEAD ({head})

				13 changes: 0 errors, 10 warnings, 3 infos.

				**Goalposts moved** (3)

				- ⚠️ Measure 'sd.FCR': target 75% became 70%, easier to meet (higher is better). <sub>plans/service-desk/sd.csi:16 · csi.diff.target-loosened</sub>
				- ⚠️ Measure 'sd.FCR': tolerance 5% became 10%: a miss by more is now within tolerance. <sub>plans/service-desk/sd.csi:17 · csi.diff.tolerance-loosened</sub>
				- ℹ️ Measure 'sd.Backlog': target 100 tickets became 80 tickets, harder to meet (lower is better). <sub>plans/service-desk/sd.csi:25 · csi.diff.target-tightened</sub>

				**Definitions changed** (1)

				- ⚠️ Measure 'sd.FCR': 'compute ratio of "first\\_contact" on "opened"' became 'compute ratio of "first\\_contact" where "channel = 'phone'" on "opened"', so its values before and after do not compare, and the plan does not say from when: add 'changed on &lt;date&gt; because "..."' to the measure. <sub>plans/service-desk/sd.csi:33 · csi.diff.series-break</sub>

				**Scope** (1)

				- ⚠️ Operational goal 'sd.O' is left without measures; in q1 ({q1}) sd.Backlog served it. <sub>plans/service-desk/sd.csi:7 · csi.diff.goal-unmeasured</sub>

				**Register** (5)

				- ⚠️ Action 'sd.A1': due date slipped by 45 days, from 2026-03-31 to 2026-05-15. <sub>plans/service-desk/sd.csi:38 · csi.diff.due-slipped</sub>
				- ⚠️ Action 'sd.A2': in-progress became cancelled, without a justification. <sub>plans/service-desk/sd.csi:45 · csi.diff.action-cancelled</sub>
				- ⚠️ Action 'sd.A3': closed became in-progress: it was reopened. <sub>plans/service-desk/sd.csi:51 · csi.diff.action-reopened</sub>
				- ℹ️ Action 'sd.A1': owner sd.Lead became sd.Other. <sub>plans/service-desk/sd.csi:37 · csi.diff.action-changed</sub>
				- ℹ️ Action 'sd.A4' was added to the register, due 2026-09-30, owner sd.Lead. <sub>plans/service-desk/sd.csi:53 · csi.diff.action-added</sub>

				**Gaps and acceptances** (3)

				- ⚠️ Coverage gap of measure 'sd.Backlog' opened: no source provides it; it is accepted. <sub>plans/service-desk/sd.csi:21 · csi.diff.gap-opened</sub>
				- ⚠️ The acceptance of the coverage gap of measure 'sd.Backlog' was to be reviewed by 2026-06-30 and is still in the plan on 2026-08-01: review it, then close the gap, renew the date or remove the acceptance. <sub>plans/service-desk/sd.csi:58 · csi.diff.acceptance-expired</sub>
				- ⚠️ The coverage gap of measure 'sd.Backlog' is now accepted until 2026-06-30: "the queue export comes in Q3". <sub>plans/service-desk/sd.csi:58 · csi.diff.acceptance-added</sub>
				""".replace("{q1}", shortId("q1")).replace("{head}", shortId("HEAD")), run.out);
	}

	@Test
	public void sarifPassesTheMultitool() throws Exception {
		move("plans/sd.csi", "plans/service-desk/sd.csi", V2);
		CliRun run = diff("q1", "--format", "sarif", "--reference-date", "2026-08-01");
		assertEquals(run.err, ExitCodes.OK, run.code);
		assertTrue(run.out, run.out.contains("\"ruleId\": \"csi.diff.target-loosened\""));
		ValidateFormatsTest.assertPassesTheMultitool(temporary.newFolder("sarif").toPath(), run.out);
	}

	private String shortId(String ref) throws Exception {
		return git.id(ref);
	}
}
