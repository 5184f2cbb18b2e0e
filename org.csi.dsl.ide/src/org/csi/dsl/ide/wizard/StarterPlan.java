package org.csi.dsl.ide.wizard;

import java.time.LocalDate;

/**
 * The plan the "New CSI plan" wizard writes: one short example of every step of the cycle, from
 * vision to corrective action, that checks without a finding, for the team to rewrite.
 */
public final class StarterPlan {

	private StarterPlan() {
	}

	/** A package name made of the file's name: "Service Desk.csi" becomes "service_desk". */
	public static String packageFor(String fileName) {
		String base = fileName.endsWith(".csi") ? fileName.substring(0, fileName.length() - 4) : fileName;
		String name = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name = "plan" + (name.isEmpty() ? "" : "_" + name);
		}
		return name;
	}

	/**
	 * The {@code csi.properties} of a new project: every setting commented out at its default, so
	 * that the team sees what it may change (Project > Properties > CSI edits it too).
	 */
	public static final String PROPERTIES = """
			# How the plans of this project are checked: by the editor, and by csi validate in CI.
			# Severity per issue code (error, warning, info or ignore), for example:
			# csi.measure.no-baseline = info
			# The date overdue actions are judged against (default: today):
			# reference-date = 2027-01-01
			# The reports written on every build:
			# report.folder = reports
			# report.formats = html, md, json, csv
			# report.on-build = true
			""";

	public static String text(String packageName, LocalDate today) {
		LocalDate end = today.plusYears(1).minusDays(1);
		return """
				package %1$s

				plan ImprovementPlan "Service desk improvement plan"
				    period %2$s to %3$s
				    owner IncidentOwner
				    description "Why this plan exists and what it covers"

				// What to improve, and why: vision, strategy, tactical and operational goals.
				vision Vision "Users get back to work quickly"
				strategy Strategy "Resolve more incidents at the first contact" supports Vision
				tactical goal RaiseFirstContactResolution "Reach 75%% first contact resolution" supports Strategy by %3$s
				operational goal TrainAnalysts "Train analysts on the knowledge base" refines RaiseFirstContactResolution

				service Desk "Service desk"

				process IncidentManagement "Incident management" for Desk

				role IncidentOwner "Incident management process owner" process-owner of IncidentManagement
				role Analyst "Service desk analyst" practitioner in IncidentManagement

				csf FastRestoration "Fast restoration of service" for IncidentManagement

				// Step 1: what should be measured.
				should measure FirstContactResolution "Incidents resolved at the first contact"
				    serves RaiseFirstContactResolution, TrainAnalysts
				    kpi of FastRestoration
				    kind process
				    unit %%
				    higher is better
				    target 75%%
				    tolerance 5%%
				    every month
				    baseline 60%% as of %2$s

				// Step 2: what can be measured.
				source TicketTool "Tickets of the ITSM tool"
				    owner IncidentOwner
				    provides FirstContactResolution every month unit %%

				// Steps 3 to 6: gather, process, analyse and present the data.
				gather FirstContactResolution from TicketTool every month by Analyst
				process FirstContactResolution as "incidents resolved at first contact / all incidents" every month by Analyst
				analyse FirstContactResolution against target and baseline trend over 3 periods by IncidentOwner
				present FirstContactResolution to IncidentOwner as dashboard every month
				    feeds "which knowledge articles to write next"

				// Step 7: corrective actions.
				action WriteKnowledgeArticles "Write articles for the ten most frequent incidents"
				    addresses FirstContactResolution
				    owner IncidentOwner
				    raised by IncidentOwner on %2$s
				    due %4$s
				    priority high
				    size medium
				    type process
				    status new
				""".formatted(packageName, today, end, today.plusDays(90));
	}
}
