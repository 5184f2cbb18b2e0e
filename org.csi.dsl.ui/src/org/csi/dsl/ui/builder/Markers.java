package org.csi.dsl.ui.builder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** The problem markers of plan files: one per finding, replaced as a whole on every build. */
public final class Markers {

	public static final String TYPE = "org.csi.dsl.ui.problem";

	/** The issue code of the finding, for quick fixes from the Problems view. */
	public static final String CODE = "code";

	private Markers() {
	}

	public static void replace(IResource file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			attributes.put(IMarker.SEVERITY, severityOf(issue.getSeverity()));
			if (issue.getLineNumber() != null) {
				attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			}
			if (issue.getOffset() != null && issue.getLength() != null) {
				attributes.put(IMarker.CHAR_START, issue.getOffset());
				attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
			}
			if (issue.getCode() != null) {
				attributes.put(CODE, issue.getCode());
			}
			file.createMarker(TYPE, attributes);
		}
	}

	/** A problem of a file that is not a plan, such as a wrong line of csi.properties. */
	public static void replace(IResource file, int line, String message) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		file.createMarker(TYPE, Map.of(IMarker.MESSAGE, message, IMarker.SEVERITY, IMarker.SEVERITY_ERROR,
				IMarker.LINE_NUMBER, Math.max(1, line)));
	}

	public static void clear(IResource resource) throws CoreException {
		if (resource.exists()) {
			resource.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		}
	}

	public static int severityOf(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
