package org.csi.dsl.validation;

import org.csi.dsl.csi.Computation;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.DataLocation;
import org.csi.dsl.csi.Processing;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.sql.SourceLocations;
import org.csi.dsl.common.Numbers;
import org.csi.dsl.sql.QueryGuard;
import org.csi.dsl.sql.Secrets;
import org.csi.dsl.sql.SqlBuilder;
import org.eclipse.xtext.validation.Check;

/**
 * What can be checked of steps 3-5 on data without reading it, as the user types: a source's data
 * can be read, and a {@code compute} clause can run. Reading the data is {@code csi analyze}'s job.
 */
public class DataValidator extends AbstractCsiCheck {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	@Check
	public void checkLocation(DataLocation data) {
		String problem = SourceLocations.problemWith(data);
		if (problem != null) {
			String written = data.getConnection() != null ? "connection " + quote(data.getConnection()) : quote(Secrets.redact(data.getLocation()));
			addIssue("Source data " + written + " cannot be read: " + problem + ".", data,
					data.getConnection() != null ? P.getDataLocation_Connection() : P.getDataLocation_Location(), IssueCodes.DATA_SOURCE);
		}
	}

	@Check
	public void checkComputation(Computation computation) {
		String problem = SqlBuilder.problemWith(computation);
		if (problem != null) {
			addIssue("This computation cannot run: " + problem + ".", computation, P.getComputation_Function(),
					IssueCodes.DATA_COMPUTATION, computation.getFunction());
			return;
		}
		try {
			SqlBuilder.checkFragments(computation);
		} catch (QueryGuard.Refused e) {
			addIssue("This computation cannot run: " + e.getMessage() + ".", computation, P.getComputation_Function(),
					IssueCodes.DATA_COMPUTATION, computation.getFunction());
		}
	}

	/** A check's condition is one SQL expression that only reads, as the user types. */
	@Check
	public void checkCondition(org.csi.dsl.csi.Check check) {
		if (check.getCondition() != null) {
			String problem = QueryGuard.problemWithExpression(check.getCondition(), "the condition");
			if (problem != null) {
				addIssue("This check cannot run: " + problem + ".", check, P.getCheck_Condition(), IssueCodes.DATA_COMPUTATION);
			}
		}
	}

	/** A query is one SELECT that only reads, as the user types. */
	@Check
	public void checkQuery(Processing processing) {
		if (processing.getQuery() != null) {
			try {
				QueryGuard.requireReadOnlyQuery(processing.getQuery().replace("{source}", "csi_source"));
			} catch (QueryGuard.Refused e) {
				addIssue("This query cannot run: " + e.getMessage() + ".", processing, P.getProcessing_Query(), IssueCodes.DATA_COMPUTATION);
			}
		}
	}

	/** Numbers csi can compare figures with. */
	@Check
	public void checkNumber(Quantity quantity) {
		if (quantity.getValue() != null && !Numbers.isJudgeable(quantity.getValue())) {
			addIssue(Numbers.problemWith(quantity.getValue()) + ".", quantity, P.getQuantity_Value(), IssueCodes.NUMBER_RANGE);
		}
	}
}
