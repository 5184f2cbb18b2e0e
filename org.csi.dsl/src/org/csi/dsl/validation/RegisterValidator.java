package org.csi.dsl.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.csi.dsl.analysis.Actions;
import org.csi.dsl.analysis.Features;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.Plan;
import org.csi.dsl.csi.Role;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * The CSI register and the people behind it: every action has an owner and a due date that
 * makes sense, open actions are not overdue, and every process has exactly one owner.
 */
public class RegisterValidator extends AbstractCsiCheck {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	@Inject
	private org.eclipse.xtext.naming.IQualifiedNameProvider names;

	@Check
	public void checkAction(Action action) {
		String name = action.getName();
		if (action.getOwner() == null) {
			addIssue("Action " + quote(name) + " has no owner: add 'owner <role>' so that someone is accountable for it.",
					action, P.getNamed_Name(), IssueCodes.ACTION_NO_OWNER, name);
		}
		if (action.getCompleted() != null && Actions.isOpen(action.getStatus())) {
			addIssue("Action " + quote(name) + " was completed on " + action.getCompleted() + " but its status is " + action.getStatus().getLiteral()
					+ (Features.isSet(action, P.getAction_Status()) ? "" : " (no status is new)")
					+ ": set 'status monitoring' or 'status closed', or remove the completion date.",
					action, P.getAction_Completed(), IssueCodes.ACTION_COMPLETED_OPEN, name);
		}
		if (action.getDue() == null) {
			if (!NodeModelUtils.findNodesForFeature(action, P.getAction_Due()).isEmpty()) {
				return; // a due date is written but is not a date: the syntax error says so
			}
			addIssue("Action " + quote(name) + " has no due date: add 'due <date>', such as 'due 2027-03-31'.",
					action, P.getNamed_Name(), IssueCodes.ACTION_NO_DUE_DATE, name);
			return;
		}
		LocalDate due = LocalDate.parse(action.getDue());
		if (action.getRaisedOn() != null && due.isBefore(LocalDate.parse(action.getRaisedOn()))) {
			addIssue("Action " + quote(name) + " is due on " + action.getDue() + ", before it was raised on " + action.getRaisedOn() + ".",
					action, P.getAction_Due(), IssueCodes.ACTION_DUE_BEFORE_RAISED, name);
		}
		LocalDate reference = CsiSettings.of(action).getReferenceDate();
		if (Actions.isOverdue(action, reference)) {
			addIssue("Action " + quote(name) + " is overdue: it was due on " + action.getDue() + " and is still " + action.getStatus().getLiteral()
					+ " on " + reference + ". Update its status or agree a new due date.",
					action, P.getAction_Due(), IssueCodes.ACTION_OVERDUE, name);
		}
	}

	/** A process has exactly one accountable process owner. */
	@Check
	public void checkProcessOwner(ItsmProcess process) {
		if (ProcessWithoutAs.measureNamedLike(process, index(process), names) != null) {
			return; // step 4 without 'as', not a process: its name's finding says so
		}
		List<Role> owners = index(process).processOwners(process);
		if (owners.isEmpty()) {
			addIssue("Process " + quote(process.getName()) + " has no process owner: add a role with 'process-owner of " + process.getName() + "'.",
					process, P.getNamed_Name(), IssueCodes.PROCESS_NO_OWNER, process.getName());
		} else if (owners.size() > 1) {
			addIssue("Process " + quote(process.getName()) + " has " + owners.size() + " process owners ("
					+ owners.stream().map(r -> quote(r.getName())).collect(Collectors.joining(", "))
					+ "): exactly one role is accountable for a process. Make the others process managers.",
					process, P.getNamed_Name(), IssueCodes.PROCESS_MANY_OWNERS, process.getName());
		}
	}

	@Check
	public void checkPlanPeriod(Plan plan) {
		if (plan.getPeriodStart() != null && plan.getPeriodEnd() != null
				&& LocalDate.parse(plan.getPeriodEnd()).isBefore(LocalDate.parse(plan.getPeriodStart()))) {
			addIssue("Plan " + quote(plan.getName()) + " ends on " + plan.getPeriodEnd() + ", before it starts on " + plan.getPeriodStart() + ".",
					plan, P.getPlan_PeriodEnd(), IssueCodes.PLAN_PERIOD, plan.getName());
		}
	}
}
