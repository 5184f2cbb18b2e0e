package org.csi.dsl.ui.hover;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.common.Escape;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.editor.CsiSourceViewerConfiguration;
import org.csi.dsl.ui.findings.CsiAnnotation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Hover over plan text: the findings at that place, then what the element there is: its
 * description and, for a measure, its gap status (the language's documentation provider).
 * Plain text (see {@link CsiSourceViewerConfiguration#getInformationControlCreator}), control
 * characters shown as {@code <U+001B>}.
 */
public class CsiTextHover implements ITextHover {

	@Inject
	private Navigation navigation;

	@Inject
	private IEObjectDocumentationProvider documentation;

	private final CsiEditor editor;

	public CsiTextHover(CsiEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return hoverText(region.getOffset());
	}

	/** The hover text at an offset of the editor, or null; public for tests. */
	public String hoverText(int offset) {
		List<String> parts = new ArrayList<>();
		List<CsiAnnotation> findings = new ArrayList<>();
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		if (model != null) {
			model.getAnnotationIterator().forEachRemaining(annotation -> {
				Position position = model.getPosition(annotation);
				if (annotation instanceof CsiAnnotation && position != null && position.getOffset() <= offset
						&& offset <= position.getOffset() + position.getLength()) {
					findings.add((CsiAnnotation) annotation);
				}
			});
			findings.sort(java.util.Comparator.comparingInt((CsiAnnotation a) -> a.getIssue().getOffset()).thenComparing(CsiAnnotation::getText));
			findings.forEach(finding -> parts.add(finding.getText()));
		}
		PlanSnapshot snapshot = editor.getSnapshot();
		if (snapshot.text() != null && snapshot.text().equals(editor.getDocument().get())) {
			String text = editor.getWorkspace().read(set -> {
				XtextResource resource = (XtextResource) set.getResource(editor.getPlanUri(), false);
				if (resource == null) {
					return null;
				}
				EObject element = navigation.elementAt(resource, offset);
				return element == null ? null : documentation.getDocumentation(element);
			});
			if (text != null) {
				parts.add(text);
			}
		}
		return parts.isEmpty() ? null : Escape.visible(String.join("\n\n", parts));
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		int start = offset;
		int end = offset;
		while (start > 0 && isNamePart(text.charAt(start - 1))) {
			start--;
		}
		while (end < text.length() && isNamePart(text.charAt(end))) {
			end++;
		}
		return new Region(start, end - start);
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
	}
}
