package org.csi.dsl.ui.quickfix;

import java.util.List;

import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ide.quickfix.QuickFixes;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.builder.Markers;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.dsl.ui.editor.DocumentEdits;
import org.csi.dsl.validation.IssueFindings;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Quick fixes from the Problems view: the same fixes as Ctrl+1 in the editor, for every code
 * {@link QuickFixes#isFixable} names. A marker carries the finding's code and where it starts; the
 * finding is found again in the project's plans as they are now (an open editor's text included),
 * and its fix is applied to the open editor's document, or to the file when none is open.
 */
public class CsiMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Inject
	private QuickFixes quickFixes;

	@Inject
	private ProjectPlans plans;

	@Inject
	private org.eclipse.xtext.resource.EObjectAtOffsetHelper offsetHelper;

	@Override
	public boolean hasResolutions(IMarker marker) {
		return QuickFixes.isFixable(marker.getAttribute(Markers.CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return fixesOf(marker).stream().map(fix -> new Resolution(ProjectPlans.uriOf((IFile) marker.getResource()), fix))
				.toArray(IMarkerResolution[]::new);
	}

	/** The fixes of the finding a marker shows; empty when it is gone or has none. */
	public List<QuickFix> fixesOf(IMarker marker) {
		String code = marker.getAttribute(Markers.CODE, null);
		if (!(marker.getResource() instanceof IFile file) || !QuickFixes.isFixable(code)) {
			return List.of();
		}
		int start = currentStart(file, marker);
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
		URI uri = ProjectPlans.uriOf(file);
		PlanWorkspace workspace = plans.of(file.getProject());
		return workspace.read(set -> {
			XtextResource resource = (XtextResource) set.getResource(uri, false);
			if (resource == null) {
				return List.<QuickFix>of();
			}
			Issue same = null;
			for (Issue issue : workspace.validate(uri, CancelIndicator.NullImpl)) {
				if (!code.equals(IssueFindings.codeOf(issue))) {
					continue;
				}
				if (issue.getOffset() != null && issue.getOffset() == start) {
					same = issue;
					break;
				}
				if (same == null && issue.getLineNumber() != null && issue.getLineNumber() == line) {
					same = issue; // the text changed within its line since the build: the same finding on that line
				}
			}
			if (same == null && QuickFixes.isVerdict(code)) {
				same = verdictAt(resource, code, start); // made by the last data run, not by validation
			}
			return same == null ? List.<QuickFix>of() : quickFixes.fixes(resource, same);
		});
	}

	/** A data run's verdict on the action at {@code offset}, as an issue the quick fixes can read; null when no action is there. */
	private Issue verdictAt(XtextResource resource, String code, int offset) {
		org.eclipse.emf.ecore.EObject element = offset < 0 ? null : offsetHelper.resolveContainedElementAt(resource, offset);
		org.csi.dsl.csi.Action action = org.eclipse.xtext.EcoreUtil2.getContainerOfType(element, org.csi.dsl.csi.Action.class);
		if (action == null) {
			return null;
		}
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		issue.setUriToProblem(org.eclipse.emf.ecore.util.EcoreUtil.getURI(action));
		issue.setOffset(offset);
		return issue;
	}

	/**
	 * Where the marker's finding starts now: a marker keeps the offset of the last build until the
	 * file is saved, while an open editor's annotation model moves it with the text typed above it.
	 */
	private static int currentStart(IFile file, IMarker marker) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null && buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel model) {
			Position position = model.getMarkerPosition(marker);
			if (position != null && !position.isDeleted()) {
				return position.getOffset();
			}
		}
		return marker.getAttribute(IMarker.CHAR_START, -1);
	}

	private record Resolution(URI uri, QuickFix fix) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			try {
				DocumentEdits.apply(java.util.Map.of(uri, fix.edits()));
			} catch (Exception e) {
				CsiUiPlugin.log("Cannot apply the quick fix '" + fix.label() + "'", e);
			}
		}

		@Override
		public String getDescription() {
			return fix.edits().isEmpty() ? null : "Inserts:\n" + fix.edits().get(0).text().strip();
		}

		@Override
		public Image getImage() {
			return CsiUiPlugin.image(CsiUiPlugin.ICON_PLAN);
		}
	}
}
