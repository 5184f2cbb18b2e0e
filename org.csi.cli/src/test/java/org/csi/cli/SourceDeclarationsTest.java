package org.csi.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A source states how its file is written and which rows count (issue 12), so that compute
 * clauses need not repeat it: a ServiceNow-style audit export with day-first timestamps, '?' for
 * an empty cell and one row per change of an incident.
 */
public class SourceDeclarationsTest {

	@Rule
	public TemporaryFolder temporary = new TemporaryFolder();

	/** Three incidents, six audit rows: INC001 and INC002 opened in March, INC003 in April. */
	static final String AUDIT = """
			number,state,opened_at,resolved_at,sys_updated_on
			INC001,New,01/03/2026 08:00,?,01/03/2026 08:00
			INC001,Resolved,01/03/2026 08:00,01/03/2026 12:00,01/03/2026 12:00
			INC002,New,15/03/2026 09:00,?,15/03/2026 09:00
			INC002,In Progress,15/03/2026 09:00,?,15/03/2026 10:00
			INC002,Resolved,15/03/2026 09:00,15/03/2026 11:00,15/03/2026 11:30
			INC003,New,02/04/2026 10:00,?,02/04/2026 10:00
			""";

	static final String PLAN = """
			package a

			plan P "Plan" owner Lead
			vision V "Vision"
			strategy S "Strategy" supports V
			tactical goal T "Tactical" supports S
			process Pr "Process"
			role Lead "Lead" process-owner of Pr

			should measure Incidents "Incidents opened"
			    serves T
			    unit incidents
			    lower is better
			    target 10 incidents
			    tolerance 2 incidents
			    every month
			    baseline 12 incidents as of 2026-01-01

			should measure Restore "Hours to resolve"
			    serves T
			    unit hours
			    lower is better
			    target 4 hours
			    tolerance 1 hours
			    every month
			    baseline 6 hours as of 2026-01-01

			source Audit "ServiceNow audit export"
			    owner Lead
			    data "audit.csv" timestamps "%d/%m/%Y %H:%M" missing "?" case "number" latest by "sys_updated_on"
			    provides Incidents every month unit incidents
			    provides Restore every month unit hours

			gather Incidents from Audit every month by Lead
			gather Restore from Audit every month by Lead
			process Incidents as "incidents opened" by Lead
			    compute count on "opened_at"
			process Restore as "mean hours to resolve" by Lead
			    compute mean of "extract(epoch FROM resolved_at - opened_at) / 3600.0" where "resolved_at IS NOT NULL" on "opened_at"
			analyse Incidents against target by Lead
			analyse Restore against target by Lead
			present Incidents to Lead as dashboard every month
			present Restore to Lead as dashboard every month
			""";

	private CliRun analyze(String plan) throws Exception {
		Path folder = temporary.newFolder().toPath();
		Files.writeString(folder.resolve("a.csi"), plan);
		Files.writeString(folder.resolve("audit.csv"), AUDIT);
		return CliRun.of("analyze", folder.toString(), "--reference-date", "2026-05-15");
	}

	@Test
	public void onlyTheLatestRowOfEachCaseCounts() throws Exception {
		CliRun run = analyze(PLAN);
		assertEquals(run.out, ExitCodes.OK, run.code);
		// by hand: March holds INC001 and INC002, April INC003; resolved: INC001 in 4 h, INC002 in 2 h (its last row), mean 3
		assertTrue(run.out, run.out.contains("a.Incidents: Incidents opened (incidents, lower is better, target 10 ± 2, from source Audit)\n"
				+ "  2026-03-01          2  met              2 rows\n  2026-04-01          1  met              1 row\n"));
		assertTrue(run.out, run.out.contains("a.Restore: Hours to resolve (hours, lower is better, target 4 ± 1, from source Audit)\n"
				+ "  2026-03-01          3  met              2 rows\n"
				// April's one ticket is not resolved: the mean of no rows is no data, not 0
				+ "  2026-04-01          -  no data          0 rows\n"));
	}

	@Test
	public void withoutTheCaseKeyEveryAuditRowWouldCount() throws Exception {
		CliRun run = analyze(PLAN.replace(" case \"number\" latest by \"sys_updated_on\"", ""));
		// by hand: five audit rows in March, one in April
		assertTrue(run.out, run.out.contains("  2026-03-01          5  met              5 rows\n  2026-04-01          1  met              1 row\n"));
	}

	@Test
	public void withoutTheMissingMarkerTheTimestampsCannotBeRead() throws Exception {
		CliRun run = analyze(PLAN.replace(" missing \"?\"", ""));
		assertTrue(run.out, run.out.contains("error csi.data.error: Measure 'Restore': the query over source 'Audit' failed: "));
	}

	@Test
	public void declarationsAreCheckedAsYouType() throws Exception {
		Path folder = temporary.newFolder().toPath();
		Files.writeString(folder.resolve("a.csi"), PLAN.replace("data \"audit.csv\" timestamps \"%d/%m/%Y %H:%M\" missing \"?\"",
				"data connection \"warehouse\" table \"audit\" missing \"?\""));
		CliRun run = CliRun.of("validate", folder.toString());
		assertTrue(run.out, run.out.contains("a.csi:30:21: error csi.data.source: Source data connection 'warehouse' cannot be read:"
				+ " 'timestamps' and 'missing' describe a data file; a database's columns have their types already.\n"));
		Files.writeString(folder.resolve("a.csi"), PLAN.replace("case \"number\"", "case \"number; DROP\""));
		run = CliRun.of("validate", folder.toString());
		assertTrue(run.out, run.out.contains("a.csi:30:10: error csi.data.source: Source data 'audit.csv' cannot be read: 'case' and 'latest by'"
				+ " name columns (letters, digits, '_', '-' and spaces), such as case \"number\" latest by \"updated\".\n"));
	}
}
