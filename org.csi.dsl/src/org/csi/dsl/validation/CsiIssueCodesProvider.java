package org.csi.dsl.validation;

import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_ERROR;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_INFO;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_WARNING;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

/**
 * The default severity of every configurable code. A team overrides them in its
 * {@code csi.properties}; the CLI and the Eclipse plugin read the same file.
 */
public class CsiIssueCodesProvider extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		acceptor.accept(create(IssueCodes.GAP_NO_SOURCE, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.GAP_FREQUENCY, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.GAP_UNIT, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.GAP_BREAKDOWN, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.GAP_TRACKED, SEVERITY_INFO));
		acceptor.accept(create(IssueCodes.GAP_ACCEPTED, SEVERITY_INFO));
		acceptor.accept(create(IssueCodes.GAP_NO_SUCH_GAP, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.UNUSED_SOURCE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.UNUSED_DATA, SEVERITY_WARNING));

		acceptor.accept(create(IssueCodes.NO_VISION, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.STRATEGY_UNLINKED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.TACTICAL_UNLINKED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.OPERATIONAL_UNLINKED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.WRONG_LEVEL, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.CYCLE, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.GOAL_UNMEASURED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.MEASURE_UNALIGNED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.ACTION_UNADDRESSED, SEVERITY_WARNING));

		acceptor.accept(create(IssueCodes.NOT_GATHERED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.NOT_PROCESSED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.NOT_ANALYSED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.NOT_PRESENTED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.SOURCE_MISMATCH, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.KPI_NO_TARGET, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.KPI_NO_TOLERANCE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.NO_BASELINE, SEVERITY_WARNING));

		acceptor.accept(create(IssueCodes.ACTION_NO_OWNER, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.ACTION_NO_DUE_DATE, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.ACTION_DUE_BEFORE_RAISED, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.ACTION_OVERDUE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.PROCESS_NO_OWNER, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.PROCESS_MANY_OWNERS, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.PLAN_PERIOD, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.DUPLICATE_NAME, SEVERITY_ERROR));
	}
}
