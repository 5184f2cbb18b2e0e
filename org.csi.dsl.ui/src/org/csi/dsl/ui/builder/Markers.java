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

	/** Findings of the data, written by Generate CSI Reports; a build leaves them alone. */
	public static final String DATA = "org.csi.dsl.ui.dataProblem";

	/** The issue code of the finding, for quick fixes from the Problems view. */
	public static final String CODE = "code";

	private Markers() {
	}

	public static void replace(IResource file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO); // not its subtype DATA
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

	/** Replaces the data findings of every file of a project with {@code findings}. */
	public static void replaceData(org.eclipse.core.resources.IProject project, List<org.csi.dsl.common.Finding> findings)
			throws CoreException {
		project.deleteMarkers(DATA, false, IResource.DEPTH_INFINITE);
		for (org.csi.dsl.common.Finding finding : findings) {
			IResource file = ProjectPlans.fileOf(org.eclipse.emf.common.util.URI.createFileURI(finding.file().toString()));
			if (file == null || !file.exists()) {
				continue;
			}
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
			file.createMarker(DATA, attributes);
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
