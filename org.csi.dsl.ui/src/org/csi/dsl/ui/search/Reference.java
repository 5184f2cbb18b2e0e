package org.csi.dsl.ui.search;

import org.eclipse.core.resources.IFile;

/** One reference found: its file, line and the text of that line, as the Search view lists it. */
public record Reference(IFile file, int line, String lineText) {

	@Override
	public String toString() {
		return file.getProjectRelativePath() + ":" + line + ": " + lineText.strip();
	}
}
