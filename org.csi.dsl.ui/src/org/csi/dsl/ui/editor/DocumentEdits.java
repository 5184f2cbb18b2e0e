package org.csi.dsl.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Applies text edits to documents and files. A file open in an editor gets the edits in the
 * editor (which becomes dirty, and the user saves); a file that is not open is changed on disk.
 */
public final class DocumentEdits {

	private DocumentEdits() {
	}

	public static void apply(IDocument document, List<TextEdit> edits) throws BadLocationException {
		for (TextEdit edit : edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList()) {
			document.replace(edit.offset(), edit.length(), edit.text());
		}
	}

	/** Applies the edits of every file; returns how many files changed. */
	public static int apply(Map<URI, List<TextEdit>> edits) throws CoreException, BadLocationException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		int changed = 0;
		for (Map.Entry<URI, List<TextEdit>> entry : edits.entrySet()) {
			IFile file = ProjectPlans.fileOf(entry.getKey());
			if (file == null) {
				continue;
			}
			boolean open = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
			manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				apply(buffer.getDocument(), entry.getValue());
				if (!open) {
					buffer.commit(new NullProgressMonitor(), true);
				}
				changed++;
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			}
		}
		return changed;
	}
}
