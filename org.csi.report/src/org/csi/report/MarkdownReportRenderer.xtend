package org.csi.report

import org.csi.report.view.CountView
import org.csi.report.view.GapView
import org.csi.report.view.MeasureView
import org.csi.report.view.MermaidGraph
import org.csi.report.view.ReportView
import org.csi.report.view.StepView
import org.csi.report.view.SummaryView
import org.eclipse.xtend2.lib.StringConcatenationClient

/**
 * The report as GitHub-flavoured Markdown, with the goal tree as a Mermaid diagram, so that a
 * change to a plan can be reviewed in a pull request's preview.
 *
 * The template reads the plan only through a {@link ReportView} for Markdown: every text it
 * inserts is already escaped, and the diagram comes as markup ({@link MermaidGraph}).
 */
class MarkdownReportRenderer implements ReportRenderer {

	override render(PlanReport report) {
		TemplateText.of(document(ReportView.markdown(report)))
	}

	def private StringConcatenationClient document(ReportView page) '''
		# «page.title»

		Plan `«page.qualifiedNameAsCode»`«IF page.hasPeriod» · «page.periodStart» to «page.periodEnd»«ENDIF»«IF page.hasOwner» · accountable: «page.owner»«ENDIF»«IF page.hasReportDate» · report of «page.reportDate»«ENDIF»

		«IF page.hasDescription»
		«page.description»

		«ENDIF»
		«kpis(page)»
		«summary(page.summary)»
		«goalTree(page)»
		«gapAnalysis(page)»
		«steps(page)»
		«figures(page)»
		«register(page)»
		«findings(page)»
	'''

	def private StringConcatenationClient summary(SummaryView s) '''
		## Summary

		| Figure | Value |
		|---|---:|
		| Goals | «s.goals» |
		| Should-measures | «s.shouldMeasures» |
		| Coverage (can be measured) | «s.measurable» of «s.shouldMeasures» («s.coveragePercent»%) |
		| Gaps: open / tracked / accepted | «s.openGaps» / «s.trackedGaps» / «s.acceptedGaps» |
		| Open actions | «s.openActions» |
		| Overdue actions | «s.overdueActions» |
		| Findings: errors / warnings / infos | «s.errors» / «s.warnings» / «s.infos» |

		Actions by status: «counts(s.actionsByStatus)»

		Open actions by month due: «IF s.actionsByDueMonth.empty»none«ELSE»«counts(s.actionsByDueMonth)»«ENDIF»

	'''

	/** The KPIs first: latest value, status, variation, assurance and what is being done, one line each. */
	def private StringConcatenationClient kpis(ReportView page) '''
		## Key performance indicators

		«IF page.computedMeasures.empty»
		No measure is computed from data in this report.
		«ELSE»
		«IF page.summary.hasDataDate»
		Figures from the data up to the period of «page.summary.dataDate»«IF page.hasReportDate»; report of «page.reportDate»«ENDIF».

		«ENDIF»
		| Measure | Latest | Status | Variation | Assurance | What is being done |
		|---|---|---|---|---|---|
		«FOR m : page.computedMeasures»
		| «m.name» | «m.latestValue» | «m.latestStatus» | «m.variation» | «m.assurance» | «m.doing» |
		«ENDFOR»
		«ENDIF»

	'''

	/** "planned 2, in-progress 1". */
	def private StringConcatenationClient counts(Iterable<CountView> counts) '''«FOR c : counts SEPARATOR ', '»«c.label» «c.count»«ENDFOR»'''

	def private StringConcatenationClient goalTree(ReportView page) '''
		## Goal tree

		```mermaid
		graph LR
		«MermaidGraph.goalTree(page)»```

	'''

	/** What each should-measure needs (step 1) against what the sources provide (step 2), and the gaps between. */
	def private StringConcatenationClient gapAnalysis(ReportView page) '''
		## Step 1/2 gap analysis

		| Should-measure | Needed | Provided by | Gaps |
		|---|---|---|---|
		«FOR m : page.measures»
		| «m.name»«IF m.hasTargets»<br>«m.targets»«ENDIF» | «m.need» | «providers(m)» | «gaps(m)» |
		«ENDFOR»

	'''

	def private StringConcatenationClient providers(MeasureView m) '''«IF m.providers.empty»**no source**«ELSE»«FOR p : m.providers SEPARATOR '<br>'»«p.source»: «p.need»«ENDFOR»«ENDIF»'''

	def private StringConcatenationClient gaps(MeasureView m) '''«IF m.gaps.empty»none«ELSE»«FOR g : m.gaps SEPARATOR '<br>'»«gap(g)»«ENDFOR»«ENDIF»'''

	/** An accepted gap shows who accepted it and why; otherwise a tracked one, the action. */
	def private StringConcatenationClient gap(GapView g) '''**«g.status»** «g.kind»: «g.problem»«IF g.hasReason»«g.acceptanceNote»«ELSEIF g.hasTracker»«g.trackerNote»«ENDIF»'''

	def private StringConcatenationClient steps(ReportView page) '''
		## The seven steps per measure

		| Should-measure |«FOR step : page.stepHeadings» «step.number». «step.name» |«ENDFOR»
		|---|«FOR step : page.stepHeadings»:---:|«ENDFOR»
		«FOR m : page.measures»
		| «m.name» |«FOR step : m.steps» «step(step)» |«ENDFOR»
		«ENDFOR»

	'''

	def private StringConcatenationClient step(StepView step) '''«IF step.done»✓«ELSEIF step.missing»✗ missing«ELSE»no action«ENDIF»'''

	/** Steps 3 to 5 on data: the values of every measure computed from data. */
	def private StringConcatenationClient figures(ReportView page) '''
		«IF !page.computedMeasures.empty»
		## Figures from the data

		«FOR m : page.computedMeasures»
		«measureFigures(m)»
		«ENDFOR»
		«ENDIF»
	'''

	def private StringConcatenationClient measureFigures(MeasureView m) '''
		### «m.name»: «m.title»

		«IF !m.description.empty»
		«m.description»

		«ENDIF»
		«FOR note : m.sourceNotes»
		Data from «note»

		«ENDFOR»
		«IF m.hasJudgement»
		Judged: «m.judgement».

		«ENDIF»
		«m.figuresSummary»

		<details><summary>Values per period («m.periods.size»)</summary>

		| Period | Actual | Rows | Status | Signal |
		|---|---:|---:|---|---|
		«FOR p : m.periods»
		| «p.period» | «p.actual» | «p.rows» | «p.status» | «p.signal» |
		«ENDFOR»

		</details>

		«IF m.hasBreakdownFigures»
		Latest period per «m.breakdown»:

		| «m.breakdown» | Period | Actual | Status | Variation |
		|---|---|---:|---|---|
		«FOR b : m.breakdownFigures»
		| «b.dimensions» | «b.latest.period» | «b.latest.actual» | «b.latest.status» | «b.variation» |
		«ENDFOR»

		«ENDIF»
	'''

	def private StringConcatenationClient register(ReportView page) '''
		## CSI register

		| Action | Title | Status | Addresses | Owner | Due | Priority | Type |
		|---|---|---|---|---|---|---|---|
		«FOR a : page.register»
		| «a.id» | «a.title» | «a.status»«IF a.overdue» **overdue**«ENDIF» | «a.addresses» | «a.owner» | «a.due» | «a.priority» | «a.type» |
		«ENDFOR»
		«IF page.register.exists[hasVerdicts]»

		Did the actions work? What the data says since each completed action:

		| Action | Completed | Verdict |
		|---|---|---|
		«FOR a : page.register.filter[hasVerdicts]»
		| «a.id» | «a.completed» | «FOR v : a.verdicts SEPARATOR '<br>'»«v»«ENDFOR» |
		«ENDFOR»
		«ENDIF»

	'''

	def private StringConcatenationClient findings(ReportView page) '''
		## Findings

		«IF page.findings.empty»
		No findings.
		«ELSE»
		| Severity | Code | Where | Message |
		|---|---|---|---|
		«FOR f : page.findings»
		| «f.severity» | `«f.code»` | `«f.where»` | «f.message» |
		«ENDFOR»
		«ENDIF»
	'''
}
