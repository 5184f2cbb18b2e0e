package org.csi.dsl.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.ui.CsiUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/** The references found, one match per reference. */
public class ReferencesResult extends AbstractTextSearchResult implements IFileMatchAdapter, IEditorMatchAdapter {

	private final ReferencesQuery query;

	public ReferencesResult(ReferencesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return "'" + query.getName() + "' - " + count + (count == 1 ? " reference" : " references") + " in the project's plans";
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return CsiUiPlugin.getDefault().getImageRegistry().getDescriptor(CsiUiPlugin.ICON_PLAN);
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		List<Match> matches = new ArrayList<>();
		for (Object element : getElements()) {
			if (element instanceof Reference reference && reference.file().equals(file)) {
				matches.addAll(List.of(getMatches(element)));
			}
		}
		return matches.toArray(Match[]::new);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof Reference reference ? reference.file() : null;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input && match.getElement() instanceof Reference reference
				&& reference.file().equals(input.getFile());
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input ? computeContainedMatches(result, input.getFile())
				: new Match[0];
	}
}
