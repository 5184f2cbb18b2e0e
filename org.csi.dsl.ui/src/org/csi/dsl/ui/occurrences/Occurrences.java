package org.csi.dsl.ui.occurrences;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.ui.editor.CsiEditor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Highlights the declaration and the references in this file of the element under the cursor,
 * computed in a job from the last checked text; a newer cursor position cancels the job.
 */
public class Occurrences {

	public static final String TYPE = "org.csi.dsl.ui.occurrences";

	private final CsiEditor editor;

	private final Navigation navigation;

	private Annotation[] shown = new Annotation[0];

	private Job job;

	public Occurrences(CsiEditor editor, Navigation navigation) {
		this.editor = editor;
		this.navigation = navigation;
	}

	/** Called on the UI thread when the cursor came to rest. */
	public void selectionChanged(ISelection selection) {
		PlanWorkspace plans = editor.getWorkspace();
		if (!(selection instanceof ITextSelection text) || plans == null) {
			return;
		}
		if (job != null) {
			job.cancel();
		}
		String checked = editor.getSnapshot().text();
		IDocument document = editor.getDocument();
		if (checked == null || document == null || !checked.equals(document.get())) {
			return;
		}
		int offset = text.getOffset();
		URI planUri = editor.getPlanUri();
		job = Job.create("Marking occurrences", monitor -> {
			List<Location> occurrences = plans.read(set -> {
				XtextResource resource = (XtextResource) set.getResource(planUri, false);
				if (resource == null || !checked.equals(resource.getParseResult().getRootNode().getText())) {
					return List.<Location>of();
				}
				return navigation.occurrences(resource, offset);
			});
			if (!monitor.isCanceled()) {
				show(occurrences);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Stops a pending computation; the editor is closing. */
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
	}

	private synchronized void show(List<Location> occurrences) {
		IAnnotationModel model = editor.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Location location : occurrences) {
			added.put(new Annotation(TYPE, false, "Occurrence"), new Position(location.offset(), location.length()));
		}
		extension.replaceAnnotations(shown, added);
		shown = added.keySet().toArray(Annotation[]::new);
	}

	/** How many occurrences are highlighted now, for tests. */
	public synchronized int count() {
		return shown.length;
	}
}
