package org.csi.dsl.ui.quickfix;

import java.util.List;

import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ide.quickfix.QuickFixes;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.builder.Markers;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.dsl.ui.editor.DocumentEdits;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/** Quick fixes from the Problems view: the same fixes as Ctrl+1 in the editor. */
public class CsiMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Inject
	private QuickFixes quickFixes;

	@Inject
	private ProjectPlans plans;

	@Override
	public boolean hasResolutions(IMarker marker) {
		return QuickFixes.isFixable(marker.getAttribute(Markers.CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		String code = marker.getAttribute(Markers.CODE, null);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		URI uri = ProjectPlans.uriOf(file);
		PlanWorkspace workspace = plans.of(file.getProject());
		List<QuickFix> fixes = workspace.read(set -> {
			XtextResource resource = (XtextResource) set.getResource(uri, false);
			if (resource == null) {
				return List.<QuickFix>of();
			}
			for (Issue issue : workspace.validate(uri, CancelIndicator.NullImpl)) {
				if (code.equals(org.csi.dsl.validation.IssueFindings.codeOf(issue)) && issue.getOffset() != null && issue.getOffset() == start) {
					return quickFixes.fixes(resource, issue);
				}
			}
			return List.<QuickFix>of();
		});
		return fixes.stream().map(fix -> new Resolution(uri, fix)).toArray(IMarkerResolution[]::new);
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
