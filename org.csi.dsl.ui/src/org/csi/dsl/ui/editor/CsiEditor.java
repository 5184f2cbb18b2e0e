package org.csi.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.highlighting.HighlightedRange;
import org.csi.dsl.ide.navigation.Location;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.outline.OutlineNode;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.builder.CsiNature;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The editor of CSI plans: a text editor of the platform with the language's colouring, findings
 * as you type, content assist, hover, hyperlinks, quick fixes, folding, an outline and the
 * occurrences of the element under the cursor. All language work runs off the UI thread.
 */
public class CsiEditor extends TextEditor {

	public static final String ID = "org.csi.dsl.ui.editor";

	public static final String OCCURRENCE = "org.csi.dsl.ui.occurrences";

	/** How long typing must pause before the text is checked. */
	public static final int RECONCILE_DELAY_MS = 50;

	private final AtomicInteger reconcileCount = new AtomicInteger();

	private final List<TextEdit> pendingEdits = new ArrayList<>();

	private final IDocumentListener editRecorder = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			synchronized (pendingEdits) {
				pendingEdits.add(new TextEdit(event.getOffset(), event.getLength(), event.getText() == null ? "" : event.getText()));
			}
		}
	};

	private volatile PlanSnapshot snapshot = PlanSnapshot.EMPTY;

	private URI uri;

	private PlanWorkspace workspace;

	private IDocument recordedDocument;

	private CsiOutlinePage outlinePage;

	private ProjectionSupport projectionSupport;

	private final Map<Position, ProjectionAnnotation> folds = new HashMap<>();

	private Annotation[] occurrenceAnnotations = new Annotation[0];

	private Job occurrencesJob;

	private CsiReconciler reconciler;

	/** When the builder read changed plans of this editor's project, the text is checked again. */
	private final java.util.function.Consumer<IProject> projectChanged = project -> {
		IFile file = uri == null ? null : ProjectPlans.fileOf(uri);
		CsiReconciler current = reconciler;
		if (file != null && file.getProject().equals(project) && current != null) {
			current.checkNow();
		}
	};

	void setReconciler(CsiReconciler reconciler) {
		this.reconciler = reconciler;
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new CsiSourceViewerConfiguration(this, getPreferenceStore()));
		setEditorContextMenuId("#CsiEditorContext");
		setRulerContextMenuId("#CsiRulerContext");
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { "org.csi.dsl.ui.editorScope" });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.addSummarizableAnnotationType(CsiAnnotation.ERROR);
		projectionSupport.addSummarizableAnnotationType(CsiAnnotation.WARNING);
		projectionSupport.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		((ITextViewerExtension4) viewer).addTextPresentationListener(this::applySemanticHighlighting);
		if (viewer instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(event -> markOccurrences());
		}
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		releaseInput();
		super.doSetInput(input);
		IFile file = input.getAdapter(IFile.class);
		ProjectPlans plans = CsiUiPlugin.getDefault().getPlans();
		if (file != null) {
			uri = ProjectPlans.uriOf(file);
			workspace = plans.of(file.getProject());
			plans.claim(uri);
			addNatureLater(file.getProject());
		} else {
			// a file outside the workspace: checked on its own
			uri = input instanceof IURIEditorInput uriInput ? URI.createURI(uriInput.getURI().toString()) : URI.createURI("memory:/plan.csi");
			workspace = CsiUiPlugin.getDefault().getInjector().getInstance(PlanWorkspace.class);
		}
		plans.removeListener(projectChanged);
		plans.addListener(projectChanged);
		recordedDocument = getDocumentProvider().getDocument(input);
		if (recordedDocument != null) {
			recordedDocument.addDocumentListener(editRecorder);
		}
	}

	private void addNatureLater(IProject project) {
		try {
			if (project.hasNature(CsiNature.ID)) {
				return;
			}
		} catch (CoreException e) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Adding CSI plan checking to " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				CsiNature.addTo(project);
				return Status.OK_STATUS;
			}
		};
		job.setRule(project.getWorkspace().getRoot()); // a nature changes the project description
		job.schedule();
	}

	private void releaseInput() {
		if (recordedDocument != null) {
			recordedDocument.removeDocumentListener(editRecorder);
			recordedDocument = null;
		}
		if (uri == null) {
			return;
		}
		ProjectPlans plans = CsiUiPlugin.getDefault().getPlans();
		IFile file = ProjectPlans.fileOf(uri);
		if (plans.isClaimed(uri) && file != null) {
			plans.release(uri);
			PlanWorkspace released = workspace;
			URI releasedUri = uri;
			// the editor may close without saving: the plan is what is on disk again
			Job job = Job.create("Reloading " + file.getName(), monitor -> {
				if (file.exists()) {
					released.setText(releasedUri, plans.readPlan(file));
				} else {
					released.remove(releasedUri);
				}
			});
			job.setSystem(true);
			job.schedule();
		}
		uri = null;
	}

	@Override
	public void dispose() {
		CsiUiPlugin.getDefault().getPlans().removeListener(projectChanged);
		releaseInput();
		if (occurrencesJob != null) {
			occurrencesJob.cancel();
		}
		super.dispose();
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outlinePage == null) {
				outlinePage = new CsiOutlinePage(this);
			}
			return type.cast(outlinePage);
		}
		return super.getAdapter(type);
	}

	public URI getPlanUri() {
		return uri;
	}

	public PlanWorkspace getWorkspace() {
		return workspace;
	}

	/** The source viewer, for the editor's helpers and for tests. */
	public ISourceViewer getViewer() {
		return getSourceViewer();
	}

	public IDocument getDocument() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	/**
	 * Runs {@code work} on this editor's plan as it is typed now, under the workspace's lock (the
	 * workspace's copy is brought up to the editor's text first).
	 */
	public <T> T withCurrentPlan(java.util.function.Function<org.eclipse.xtext.resource.XtextResource, T> work) {
		String text = getDocument().get();
		PlanReconciler reconciler = CsiUiPlugin.getDefault().getInjector().getInstance(PlanReconciler.class);
		return workspace.write(set -> work.apply(reconciler.synchronize(workspace, uri, List.of(), text)));
	}

	/** The named element declared or referenced at an offset of the text now, or null. */
	public org.eclipse.emf.ecore.EObject elementAt(int offset) {
		Navigation navigation = CsiUiPlugin.getDefault().getInjector().getInstance(Navigation.class);
		return withCurrentPlan(resource -> navigation.elementAt(resource, offset));
	}

	/** What the last reconcile found. */
	public PlanSnapshot getSnapshot() {
		return snapshot;
	}

	/** How many times the text was checked since the editor opened; tests wait for it to grow. */
	public int getReconcileCount() {
		return reconcileCount.get();
	}

	/** Checks the text as it is now. Called by the reconciler, off the UI thread. */
	void reconcile(CancelIndicator cancel) {
		if (getDocumentProvider() == null) {
			return; // closed meanwhile
		}
		IDocument document = getDocument();
		if (document == null || workspace == null) {
			return;
		}
		List<TextEdit> edits;
		String text;
		// The document's lock first, then the edits': the order in which a change of the document
		// takes them (it records its edit while holding the document's lock).
		Object documentLock = document instanceof ISynchronizable synchronizable && synchronizable.getLockObject() != null
				? synchronizable.getLockObject()
				: new Object();
		synchronized (documentLock) {
			synchronized (pendingEdits) {
				edits = List.copyOf(pendingEdits);
				pendingEdits.clear();
				text = document.get();
			}
		}
		PlanReconciler reconciler = CsiUiPlugin.getDefault().getInjector().getInstance(PlanReconciler.class);
		PlanSnapshot result = reconciler.reconcile(workspace, uri, edits, text, cancel);
		if (cancel.isCanceled() || !text.equals(document.get())) {
			return;
		}
		snapshot = result;
		updateAnnotations(result.issues());
		reconcileCount.incrementAndGet();
		Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			ISourceViewer viewer = getSourceViewer();
			if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || snapshot != result) {
				return;
			}
			viewer.invalidateTextPresentation();
			updateFolding(result.outline());
			if (outlinePage != null) {
				outlinePage.update(result.outline());
			}
		});
	}

	private void updateAnnotations(List<Issue> issues) {
		var provider = getDocumentProvider();
		IAnnotationModel model = provider == null ? null : provider.getAnnotationModel(getEditorInput());
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		List<Annotation> old = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (annotation instanceof CsiAnnotation) {
				old.add(annotation);
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() == null || issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.IGNORE) {
				continue;
			}
			boolean fixable = org.csi.dsl.ide.quickfix.QuickFixes.isFixable(issue.getCode());
			added.put(new CsiAnnotation(issue, fixable), new Position(issue.getOffset(), Math.max(0, issue.getLength())));
		}
		extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
	}

	private void applySemanticHighlighting(TextPresentation presentation) {
		PlanSnapshot current = snapshot;
		IDocument document = getDocument();
		if (current.text() == null || document == null || !current.text().equals(document.get())) {
			return; // typed since: wait for the next reconcile rather than colour the wrong ranges
		}
		org.eclipse.jface.text.IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		for (HighlightedRange range : current.highlights()) {
			if (range.end() <= start || range.offset() >= end) {
				continue;
			}
			var attribute = CsiColors.of(range.style());
			StyleRange style = new StyleRange(range.offset(), range.length(), attribute.getForeground(), null, attribute.getStyle());
			presentation.mergeStyleRange(style);
		}
	}

	private void updateFolding(List<OutlineNode> outline) {
		ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		IDocument document = getDocument();
		if (model == null || document == null) {
			return;
		}
		Map<Position, ProjectionAnnotation> wanted = new HashMap<>();
		for (OutlineNode node : outline) {
			if (node.endLine() <= node.startLine()) {
				continue;
			}
			try {
				int start = document.getLineOffset(node.startLine() - 1);
				int endLine = node.endLine() - 1;
				int end = endLine + 1 < document.getNumberOfLines() ? document.getLineOffset(endLine + 1)
						: document.getLength();
				Position position = new Position(start, end - start);
				ProjectionAnnotation existing = folds.get(position);
				wanted.put(position, existing != null ? existing : new ProjectionAnnotation());
			} catch (org.eclipse.jface.text.BadLocationException e) {
				// the text changed since: the next reconcile folds it
			}
		}
		List<Annotation> deleted = new ArrayList<>();
		folds.forEach((position, annotation) -> {
			if (wanted.get(position) != annotation) {
				deleted.add(annotation);
			}
		});
		Map<ProjectionAnnotation, Position> added = new HashMap<>();
		wanted.forEach((position, annotation) -> {
			if (folds.get(position) != annotation) {
				added.put(annotation, position);
			}
		});
		model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
		folds.clear();
		folds.putAll(wanted);
	}

	/** Highlights the declaration and the references in this file of the element under the cursor. */
	private void markOccurrences() {
		if (!(getSelectionProvider().getSelection() instanceof ITextSelection selection) || workspace == null) {
			return;
		}
		int offset = selection.getOffset();
		String text = snapshot.text();
		IDocument document = getDocument();
		if (occurrencesJob != null) {
			occurrencesJob.cancel();
		}
		if (text == null || document == null || !text.equals(document.get())) {
			return;
		}
		URI planUri = uri;
		PlanWorkspace plans = workspace;
		occurrencesJob = Job.create("Marking occurrences", monitor -> {
			Navigation navigation = CsiUiPlugin.getDefault().getInjector().getInstance(Navigation.class);
			List<Location> occurrences = plans.read(set -> {
				var resource = (org.eclipse.xtext.resource.XtextResource) set.getResource(planUri, false);
				if (resource == null || !text.equals(resource.getParseResult().getRootNode().getText())) {
					return List.<Location>of();
				}
				return navigation.occurrences(resource, offset);
			});
			if (monitor.isCanceled()) {
				return;
			}
			showOccurrences(occurrences);
		});
		occurrencesJob.setSystem(true);
		occurrencesJob.schedule();
	}

	private synchronized void showOccurrences(List<Location> occurrences) {
		IAnnotationModel model = getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Location location : occurrences) {
			added.put(new Annotation(OCCURRENCE, false, "Occurrence"), new Position(location.offset(), location.length()));
		}
		extension.replaceAnnotations(occurrenceAnnotations, added);
		occurrenceAnnotations = added.keySet().toArray(Annotation[]::new);
	}

	/** The occurrence annotations shown now, for tests. */
	public synchronized int getOccurrenceCount() {
		return occurrenceAnnotations.length;
	}
}
