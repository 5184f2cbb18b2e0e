package org.csi.dsl.validation;

import org.csi.dsl.csi.Computation;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.DataLocation;
import org.csi.dsl.data.DataSources;
import org.csi.dsl.data.SqlBuilder;
import org.eclipse.xtext.validation.Check;

/**
 * What can be checked of steps 3-5 on data without reading it, as the user types: a source's data
 * can be read, and a {@code compute} clause can run. Reading the data is {@code csi analyze}'s job.
 */
public class DataValidator extends AbstractCsiCheck {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	@Check
	public void checkLocation(DataLocation data) {
		String problem = DataSources.problemWith(data);
		if (problem != null) {
			addIssue("Source data " + quote(data.getLocation()) + " cannot be read: " + problem + ".", data,
					P.getDataLocation_Location(), IssueCodes.DATA_SOURCE, data.getLocation());
		}
	}

	@Check
	public void checkComputation(Computation computation) {
		String problem = SqlBuilder.problemWith(computation);
		if (problem != null) {
			addIssue("This computation cannot run: " + problem + ".", computation, P.getComputation_Function(),
					IssueCodes.DATA_COMPUTATION, computation.getFunction());
		}
	}
}
