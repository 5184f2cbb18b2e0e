package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.ActionStatus;
import org.csi.dsl.csi.ActionType;
import org.csi.dsl.csi.Analysis;
import org.csi.dsl.csi.Comparison;
import org.csi.dsl.csi.CriticalSuccessFactor;
import org.csi.dsl.csi.Direction;
import org.csi.dsl.csi.Frequency;
import org.csi.dsl.csi.GapAcceptance;
import org.csi.dsl.csi.GapKind;
import org.csi.dsl.csi.Gather;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.MetricKind;
import org.csi.dsl.csi.OperationalGoal;
import org.csi.dsl.csi.OutcomeResult;
import org.csi.dsl.csi.Plan;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Presentation;
import org.csi.dsl.csi.PresentationForm;
import org.csi.dsl.csi.Priority;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.Role;
import org.csi.dsl.csi.RoleKind;
import org.csi.dsl.csi.Service;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Size;
import org.csi.dsl.csi.Source;
import org.csi.dsl.csi.Strategy;
import org.csi.dsl.csi.TacticalGoal;
import org.csi.dsl.csi.Vision;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** Every construct of the language, read into the model a user means. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class ParsingTest {

	static final String EVERY_CONSTRUCT = """
			// A plan that uses every construct of the language.
			package acme.desk

			import acme.shared.*

			plan Desk "Service desk FY27"
			    period 2026-07-01 to 2027-06-30
			    owner Manager
			    description "Reviewed every quarter"

			vision Trust "Users trust IT" description "Where we want to be"
			strategy ShiftLeft "Resolve at first contact" supports Trust
			tactical goal LessDowntime "Cut downtime by 20%" supports ShiftLeft by 2027-06-30
			operational goal FastP1 "Restore P1 within 4 hours" refines LessDowntime by 2027-03-31

			service Mail "E-mail" description "Mail for everyone"
			process Incidents "Incident management" for Mail

			role Owner "Incident process owner" process-owner of Incidents
			role Manager "Incident manager" process-manager of Incidents
			role Agent "Agent" practitioner in Incidents for Mail
			role CIO "Chief information officer"

			csf Quick "Incidents are restored quickly" for Incidents

			should measure Restore "Mean time to restore P1"
			    serves FastP1, LessDowntime
			    kpi of Quick
			    kind process
			    unit hours
			    lower is better
			    target 4 hours
			    tolerance 0.5 hours
			    every week
			    per service, priority
			    baseline 5.2 hours as of 2026-06-30
			    benchmark 4.5 hours from "Peer survey"
			    minimum sample 5
			    trigger when missed 2 of 4 periods for each service
			    trigger when above 8 hours
			    description "From opening to resolution"

			source Tickets "Ticket export"
			    owner Agent
			    description "Nightly CSV"
			    data "exports/tickets.csv"
			    provides Restore every month unit hours per service
			    provides "Chat sessions" every day

			gather Restore from Tickets every month by Agent
			    how "Export of resolved incidents"
			    check "no ticket without close time"
			    check "priority set" requires "priority IS NOT NULL"
			process Restore as "mean(resolved - opened)" with "Spreadsheet" every month by Agent
			    compute percentile 90 of "hours" where "priority = 'P1'" on "opened"
			    query "SELECT 1, 2"
			analyse Restore against target and baseline trend over 6 periods by Manager every month
			present Restore to CIO, Owner as dashboard every month
			    feeds "Staffing decision"

			accept frequency gap of Restore by CIO on 2026-09-01
			    because "Monthly is enough for now"

			action WeeklyExport "Weekly export"
			    addresses frequency gap of Restore, FastP1
			    owner Agent
			    raised by Owner on 2026-09-01
			    due 2027-03-31
			    priority high
			    size small
			    type technology
			    status on-hold
			    justification "React before the monthly review"
			    outcome partial "Export runs, not yet weekly"
			""";

	@Inject
	private ParseHelper<PlanFile> parser;

	@Inject
	private PlanSetFixture fixture;

	@Test
	public void everyConstructParses() throws Exception {
		PlanFile file = parser.parse(EVERY_CONSTRUCT);
		assertEquals(List.of(), file.eResource().getErrors());
		assertEquals("acme.desk", file.getName());
		assertEquals("acme.shared.*", file.getImports().get(0).getImportedNamespace());

		Plan plan = (Plan) file.getElements().get(0);
		assertEquals("Service desk FY27", plan.getTitle());
		assertEquals("2026-07-01", plan.getPeriodStart());
		assertEquals("2027-06-30", plan.getPeriodEnd());
		assertEquals("Manager", plan.getOwner().getName());

		assertEquals("Where we want to be", ((Vision) file.getElements().get(1)).getDescription());
		assertEquals("Trust", ((Strategy) file.getElements().get(2)).getParents().get(0).getName());
		TacticalGoal tactical = (TacticalGoal) file.getElements().get(3);
		assertEquals("2027-06-30", tactical.getDeadline());
		assertEquals("LessDowntime", ((OperationalGoal) file.getElements().get(4)).getParents().get(0).getName());
		assertEquals("Mail for everyone", ((Service) file.getElements().get(5)).getDescription());
		assertEquals("Mail", ((ItsmProcess) file.getElements().get(6)).getServices().get(0).getName());

		Role owner = (Role) file.getElements().get(7);
		assertEquals(RoleKind.OWNER, owner.getKind());
		assertEquals("Incidents", owner.getProcess().getName());
		assertEquals(RoleKind.MANAGER, ((Role) file.getElements().get(8)).getKind());
		Role agent = (Role) file.getElements().get(9);
		assertEquals(RoleKind.PRACTITIONER, agent.getKind());
		assertEquals("Mail", agent.getServices().get(0).getName());
		assertNull(((Role) file.getElements().get(10)).getProcess());
		assertEquals("Incidents", ((CriticalSuccessFactor) file.getElements().get(11)).getSubject().getName());

		ShouldMeasure measure = (ShouldMeasure) file.getElements().get(12);
		assertEquals(List.of("FastP1", "LessDowntime"), measure.getGoals().stream().map(g -> g.getName()).toList());
		assertEquals("Quick", measure.getCsf().getName());
		assertEquals(MetricKind.PROCESS, measure.getKind());
		assertEquals("hours", measure.getUnit());
		assertEquals(Direction.LOWER, measure.getDirection());
		assertEquals(new BigDecimal("4"), measure.getTarget().getValue());
		assertEquals(new BigDecimal("0.5"), measure.getTolerance().getValue());
		assertEquals("hours", measure.getTolerance().getUnit());
		assertEquals(Frequency.WEEK, measure.getFrequency());
		assertEquals(List.of("service", "priority"), measure.getBreakdown());
		assertEquals(new BigDecimal("5.2"), measure.getBaseline().getValue().getValue());
		assertEquals("2026-06-30", measure.getBaseline().getDate());

		Source source = (Source) file.getElements().get(13);
		assertEquals("Agent", source.getOwner().getName());
		assertEquals(measure, source.getProvides().get(0).getMeasure());
		assertEquals(Frequency.MONTH, source.getProvides().get(0).getFrequency());
		assertEquals(List.of("service"), source.getProvides().get(0).getBreakdown());
		assertEquals("Chat sessions", source.getProvides().get(1).getData());
		assertEquals("exports/tickets.csv", source.getData().getLocation());
		assertEquals(null, source.getData().getTable());

		Gather gather = (Gather) file.getElements().get(14);
		assertEquals(source, gather.getSource());
		assertEquals("Export of resolved incidents", gather.getMethod());
		assertEquals(List.of("no ticket without close time", "priority set"),
				gather.getChecks().stream().map(check -> check.getDescription()).toList());
		assertEquals(null, gather.getChecks().get(0).getCondition());
		assertEquals("priority IS NOT NULL", gather.getChecks().get(1).getCondition());
		Processing processing = (Processing) file.getElements().get(15);
		assertEquals("mean(resolved - opened)", processing.getFormula());
		assertEquals("Spreadsheet", processing.getTool());
		assertEquals("percentile", processing.getComputation().getFunction());
		assertEquals(90, processing.getComputation().getRank());
		assertEquals("hours", processing.getComputation().getExpression());
		assertEquals("priority = 'P1'", processing.getComputation().getFilter());
		assertEquals("opened", processing.getComputation().getTimestamp());
		assertEquals("SELECT 1, 2", processing.getQuery());
		Analysis analysis = (Analysis) file.getElements().get(16);
		assertEquals(List.of(Comparison.TARGET, Comparison.BASELINE), analysis.getComparisons());
		assertEquals(6, analysis.getTrendPeriods());
		Presentation presentation = (Presentation) file.getElements().get(17);
		assertEquals(2, presentation.getAudience().size());
		assertEquals(PresentationForm.DASHBOARD, presentation.getForm());
		assertEquals("Staffing decision", presentation.getDecision());

		GapAcceptance acceptance = (GapAcceptance) file.getElements().get(18);
		assertEquals(GapKind.FREQUENCY, acceptance.getGap());
		assertEquals("CIO", acceptance.getAcceptedBy().getName());
		assertEquals("Monthly is enough for now", acceptance.getReason());

		Action action = (Action) file.getElements().get(19);
		assertEquals(GapKind.FREQUENCY, action.getAddresses().get(0).getGap());
		assertEquals(measure, action.getAddresses().get(0).getElement());
		assertEquals("FastP1", ((OperationalGoal) action.getAddresses().get(1).getElement()).getName());
		assertEquals("Owner", action.getRaisedBy().getName());
		assertEquals("2026-09-01", action.getRaisedOn());
		assertEquals("2027-03-31", action.getDue());
		assertEquals(Priority.HIGH, action.getPriority());
		assertEquals(Size.SMALL, action.getSize());
		assertEquals(ActionType.TECHNOLOGY, action.getType());
		assertEquals(ActionStatus.ON_HOLD, action.getStatus());
		assertEquals("React before the monthly review", action.getJustification());
		assertEquals(OutcomeResult.PARTIAL, action.getOutcome().getResult());
		assertEquals("Export runs, not yet weekly", action.getOutcome().getText());
	}

	@Test
	public void percentagesReadNaturally() throws Exception {
		PlanFile file = parser.parse("should measure FCR \"First contact resolution\" unit % target 70% tolerance 2.5 %");
		ShouldMeasure measure = (ShouldMeasure) file.getElements().get(0);
		assertEquals("%", measure.getUnit());
		assertEquals(new BigDecimal("70"), measure.getTarget().getValue());
		assertEquals("%", measure.getTarget().getUnit());
		assertEquals(new BigDecimal("2.5"), measure.getTolerance().getValue());
	}

	@Test
	public void everyConstructPlanHasExactlyTheseFindings() {
		fixture.reset();
		assertEquals(List.of(
				"desk.csi:34:11 info csi.gap.accepted: Frequency gap of 'Restore' is accepted by 'CIO' (it is needed every week but can be provided only every month): Monthly is enough for now",
				"desk.csi:35:9 warning csi.gap.breakdown: Should-measure 'Restore' has a breakdown gap: it is needed per priority but no source provides that breakdown. Raise an action that addresses 'breakdown gap of Restore', or accept the gap.",
				"desk.csi:48:14 warning csi.gap.unused-data: Source 'Tickets' provides \"Chat sessions\", which no should-measure needs: data collected without a purpose. Link it to a should-measure or stop collecting it."),
				PlanSetFixture.render(fixture.validate("desk.csi", EVERY_CONSTRUCT, "shared.csi", "package acme.shared\n")));
	}
}
