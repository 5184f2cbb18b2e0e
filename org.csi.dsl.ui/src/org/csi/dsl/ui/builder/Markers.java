package org.csi.dsl.ui.builder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.common.Finding;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * The problem markers of plan files: one kind, one per finding of a check run
 * ({@link org.csi.headless.PlanSetCheck}), whether validation or the data made it. A build does
 * not read data, so it replaces the markers of validation and leaves those of the data (marked
 * {@link #FROM_DATA}) until "Generate CSI Reports" reads the data again.
 */
public final class Markers {

	public static final String TYPE = "org.csi.dsl.ui.problem";

	/**
	 * The markers of the data's findings, a kind of {@link #TYPE}: an open editor shows them (it has
	 * no findings of its own about the data), while it hides the validation markers that its
	 * as-you-type findings stand for.
	 */
	public static final String DATA_TYPE = "org.csi.dsl.ui.dataProblem";

	/** The issue code of the finding, for quick fixes from the Problems view. */
	public static final String CODE = "code";

	/** Set on the markers of findings of the data steps. */
	public static final String FROM_DATA = "fromData";

	private Markers() {
	}

	/**
	 * Replaces the markers of {@code file} with {@code findings}, those of the data with
	 * {@code dataFindings}; a null {@code dataFindings} keeps the data markers there are.
	 */
	public static void replace(IResource file, List<Finding> findings, List<Finding> dataFindings) throws CoreException {
		for (IMarker marker : file.findMarkers(TYPE, true, IResource.DEPTH_ZERO)) {
			if (dataFindings != null || !marker.getAttribute(FROM_DATA, false)) {
				marker.delete();
			}
		}
		for (Finding finding : findings) {
			file.createMarker(TYPE, attributes(finding, false));
		}
		for (Finding finding : dataFindings == null ? List.<Finding> of() : dataFindings) {
			file.createMarker(DATA_TYPE, attributes(finding, true));
		}
	}

	private static Map<String, Object> attributes(Finding finding, boolean fromData) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, finding.message());
		attributes.put(IMarker.SEVERITY, switch (finding.severity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		attributes.put(IMarker.LINE_NUMBER, finding.line());
		attributes.put(IMarker.CHAR_START, finding.offset());
		attributes.put(IMarker.CHAR_END, finding.offset() + finding.length());
		attributes.put(CODE, finding.code());
		if (fromData) {
			attributes.put(FROM_DATA, true);
		}
		return attributes;
	}

	/** A problem of a file that is not a plan, such as a wrong line of csi.properties, or a plan that cannot be read. */
	public static void replace(IResource file, int line, String message) throws CoreException {
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		file.createMarker(TYPE, Map.of(IMarker.MESSAGE, message, IMarker.SEVERITY, IMarker.SEVERITY_ERROR,
				IMarker.LINE_NUMBER, Math.max(1, line)));
	}

	public static void clear(IResource resource) throws CoreException {
		if (resource.exists()) {
			resource.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		}
	}
}
