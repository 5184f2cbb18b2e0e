package org.csi.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.workspace.PlanReconciler;
import org.csi.dsl.ide.workspace.PlanSnapshot;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.ui.builder.CsiNature;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.dsl.ui.findings.CsiAnnotation;
import org.csi.dsl.ui.findings.FindingAnnotations;
import org.csi.dsl.ui.folding.Folding;
import org.csi.dsl.ui.highlighting.SemanticHighlighting;
import org.csi.dsl.ui.occurrences.Occurrences;
import org.csi.dsl.ui.outline.CsiOutlinePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The editor of CSI plans: a text editor of the platform that assembles the language's features,
 * each in its own package: colours ({@code highlighting}), findings as you type ({@code findings}),
 * folding, occurrences, the outline, content assist, hover, navigation, quick fixes, rename and
 * format. It keeps the plan's text in the project's {@link PlanWorkspace} and checks it off the UI
 * thread ({@link PlanReconciler}); each check's {@link PlanSnapshot} goes to the features that show
 * it ({@link ReconcileListener}). Made by the language's injector (plugin.xml names it through
 * {@code CsiExtensionFactory}).
 */
public class CsiEditor extends TextEditor {

	public static final String ID = "org.csi.dsl.ui.editor";

	/** How long typing must pause before the text is checked. */
	public static final int RECONCILE_DELAY_MS = 50;

	/** The open editors: when one's text changes, the others' findings may change too. */
	private static final List<CsiEditor> OPEN = new CopyOnWriteArrayList<>();

	@Inject
	private PlanReconciler planReconciler;

	@Inject
	private Navigation navigation;

	@Inject
	private Provider<PlanWorkspace> looseWorkspaces;

	@Inject
	private ProjectPlans plans;

	/** Gives the parts that the editor makes (hover, assist, fixes, links) their services. */
	@Inject
	private Injector injector;

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

	private final List<ReconcileListener> listeners = new CopyOnWriteArrayList<>();

	private volatile PlanSnapshot snapshot = PlanSnapshot.EMPTY;

	private URI uri;

	/** The plans of the editor's project, read the first time the text is checked (off the UI thread). */
	private volatile PlanWorkspace workspace;

	private IProject project;

	private IDocument recordedDocument;

	private CsiOutlinePage outlinePage;

	private Occurrences occurrences;

	private CsiReconciler reconciler;

	/** When the builder read changed plans of this editor's project, the text is checked again. */
	private final Consumer<IProject> projectChanged = project -> {
		IFile file = uri == null ? null : ProjectPlans.fileOf(uri);
		if (file != null && file.getProject().equals(project)) {
			checkAgain();
		}
	};

	void setReconciler(CsiReconciler reconciler) {
		this.reconciler = reconciler;
	}

	/** Checks the text again soon, although it did not change: another plan did. */
	public void checkAgain() {
		CsiReconciler current = reconciler;
		if (current != null) {
			current.checkNow();
		}
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
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.addSummarizableAnnotationType(CsiAnnotation.ERROR);
		projection.addSummarizableAnnotationType(CsiAnnotation.WARNING);
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		listeners.add(new FindingAnnotations(this));
		SemanticHighlighting highlighting = new SemanticHighlighting(this);
		((ITextViewerExtension4) viewer).addTextPresentationListener(highlighting);
		listeners.add(highlighting);
		listeners.add(new Folding(this));
		occurrences = new Occurrences(this, navigation);
		if (viewer instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(event -> occurrences.selectionChanged(event.getSelection()));
		}
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		releaseInput();
		super.doSetInput(input);
		IFile file = input.getAdapter(IFile.class);
		if (file != null) {
			uri = ProjectPlans.uriOf(file);
			project = file.getProject();
			workspace = null; // read by the first check, in the reconciler's thread: opening the editor does not wait for it
			plans.claim(uri);
			addNatureLater(file.getProject());
		} else {
			// a file outside the workspace: checked on its own
			uri = input instanceof IURIEditorInput uriInput ? URI.createURI(uriInput.getURI().toString()) : URI.createURI("memory:/plan.csi");
			project = null;
			workspace = looseWorkspaces.get();
		}
		plans.removeListener(projectChanged);
		plans.addListener(projectChanged);
		OPEN.remove(this);
		OPEN.add(this);
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
		IFile file = ProjectPlans.fileOf(uri);
		if (plans.isClaimed(uri) && file != null) {
			plans.release(uri);
			URI releasedUri = uri;
			// the editor may close without saving: the plan is what is on disk again, and the
			// findings of the other open plans are those of that text
			Job job = Job.create("Reloading " + file.getName(), monitor -> {
				PlanWorkspace released = plans.of(file.getProject());
				if (file.exists()) {
					released.setText(releasedUri, plans.readPlan(file));
				} else {
					released.remove(releasedUri);
				}
				othersChanged(released);
			});
			job.setSystem(true);
			job.schedule();
		}
		uri = null;
	}

	@Override
	public void dispose() {
		OPEN.remove(this);
		plans.removeListener(projectChanged);
		releaseInput();
		if (occurrences != null) {
			occurrences.dispose();
		}
		super.dispose();
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outlinePage == null) {
				outlinePage = new CsiOutlinePage(this);
				listeners.add(outlinePage);
			}
			return type.cast(outlinePage);
		}
		return super.getAdapter(type);
	}

	/** {@code part}, made by the editor for itself, with its services injected. */
	public <T> T injected(T part) {
		injector.injectMembers(part);
		return part;
	}

	public URI getPlanUri() {
		return uri;
	}

	public PlanWorkspace getWorkspace() {
		PlanWorkspace current = workspace;
		if (current == null && project != null) {
			current = plans.of(project);
			workspace = current;
		}
		return current;
	}

	/** The source viewer, for the editor's features and for tests. */
	public ISourceViewer getViewer() {
		return getSourceViewer();
	}

	/** The text, or null once the editor is closed. */
	public IDocument getDocument() {
		var provider = getDocumentProvider();
		return provider == null ? null : provider.getDocument(getEditorInput());
	}

	/** The annotations of the text, or null once the editor is closed. */
	public IAnnotationModel getAnnotationModel() {
		var provider = getDocumentProvider();
		return provider == null ? null : provider.getAnnotationModel(getEditorInput());
	}

	/**
	 * Runs {@code work} on this editor's plan as it is typed now, under the workspace's lock (the
	 * workspace's copy is brought up to the editor's text first).
	 */
	public <T> T withCurrentPlan(Function<XtextResource, T> work) {
		String text = getDocument().get();
		PlanWorkspace plans = getWorkspace();
		return plans.write(set -> work.apply(planReconciler.synchronize(plans, uri, List.of(), text)));
	}

	/** The named element declared or referenced at an offset of the text now, or null. */
	public EObject elementAt(int offset) {
		return withCurrentPlan(resource -> navigation.elementAt(resource, offset));
	}

	/** What the last check found. */
	public PlanSnapshot getSnapshot() {
		return snapshot;
	}

	/** How many times the text was checked since the editor opened; tests wait for it to grow. */
	public int getReconcileCount() {
		return reconcileCount.get();
	}

	/** How many occurrences of the element under the cursor are highlighted, for tests. */
	public int getOccurrenceCount() {
		return occurrences == null ? 0 : occurrences.count();
	}

	/** Checks the text as it is now. Called by the reconciler, off the UI thread. */
	void reconcile(CancelIndicator cancel) {
		if (getDocumentProvider() == null) {
			return; // closed meanwhile
		}
		IDocument document = getDocument();
		PlanWorkspace workspace = getWorkspace();
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
		PlanSnapshot before = snapshot;
		PlanSnapshot result = planReconciler.reconcile(workspace, uri, edits, text, cancel);
		if (!edits.isEmpty() || before.text() == null || !before.text().equals(text)) {
			othersChanged(workspace); // even when this check is dropped: the workspace has the new text
		}
		if (cancel.isCanceled() || !text.equals(document.get())) {
			return;
		}
		snapshot = result;
		for (ReconcileListener listener : listeners) {
			listener.reconciled(result);
		}
		reconcileCount.incrementAndGet();
	}

	/** The other open editors of plans of {@code changed} check their texts again. */
	private void othersChanged(PlanWorkspace changed) {
		for (CsiEditor other : OPEN) {
			if (other != this && other.getWorkspace() == changed) {
				other.checkAgain();
			}
		}
	}
}
