package org.csi.dsl.ui.search;

import java.util.List;

import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.eclipse.xtext.resource.XtextResource;

/** Finds every reference to one element in the plans of its project, for the Search view. */
public class ReferencesQuery implements ISearchQuery {

	private final PlanWorkspace workspace;
	private final EObject target;
	private final String name;
	private final ReferencesResult result = new ReferencesResult(this);

	private final Navigation navigation;

	public ReferencesQuery(Navigation navigation, PlanWorkspace workspace, EObject target, String name) {
		this.navigation = navigation;
		this.workspace = workspace;
		this.target = target;
		this.name = name;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		result.removeAll();
		List<Location> locations = workspace.read(set -> navigation.references(target, set));
		for (Location location : locations) {
			IFile file = ProjectPlans.fileOf(location.uri());
			if (file == null) {
				continue;
			}
			String lineText = workspace.read(set -> {
				XtextResource resource = (XtextResource) set.getResource(location.uri(), false);
				String text = resource.getParseResult().getRootNode().getText();
				int start = text.lastIndexOf('\n', Math.max(0, location.offset() - 1)) + 1;
				int end = text.indexOf('\n', location.offset());
				return text.substring(start, end < 0 ? text.length() : end);
			});
			Reference reference = new Reference(file, location.line(), lineText);
			result.addMatch(new Match(reference, location.offset(), location.length()));
		}
		return Status.OK_STATUS;
	}

	public String getName() {
		return name;
	}

	@Override
	public String getLabel() {
		return "References to '" + name + "'";
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
