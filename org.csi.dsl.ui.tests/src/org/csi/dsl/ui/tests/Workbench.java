package org.csi.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.csi.dsl.ui.CsiUiPlugin;
import org.csi.dsl.ui.builder.Markers;
import org.csi.dsl.ui.editor.CsiEditor;
import org.csi.dsl.ui.findings.CsiAnnotation;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** What the UI tests do in the workbench: make projects, open plans, wait, look. */
public final class Workbench {

	private static final long TIMEOUT_MS = 30_000;

	private Workbench() {
	}

	/** A class of the editor bundle made as plugin.xml makes it: by the bundle's injector. */
	public static <T> T injected(Class<T> type) {
		return CsiUiPlugin.getDefault().getInjector().getInstance(type);
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the UI event loop until the condition holds; fails after 30 seconds. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Lets the UI thread run what is queued for it, for about {@code ms} milliseconds. */
	public static void spin(long ms) {
		long end = System.currentTimeMillis() + ms;
		waitUntil("the UI to settle", () -> System.currentTimeMillis() >= end);
	}

	/** Waits until no build and no job of ours is running or waiting. */
	public static void waitForBuild() {
		spin(50);
		waitUntil("the build", () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0);
	}

	public static IProject project(String name, String... pathsAndTexts) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (int i = 0; i < pathsAndTexts.length; i += 2) {
			write(project.getFile(pathsAndTexts[i]), pathsAndTexts[i + 1]);
		}
		return project;
	}

	/** A project with a copy of every file of a folder of the repository, such as examples. */
	public static IProject projectFrom(String name, Path folder) throws Exception {
		IProject project = project(name);
		try (var files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".csi")).toList()) {
				write(project.getFile(folder.relativize(file).toString()), Files.readString(file));
			}
		}
		return project;
	}

	public static void write(IFile file, String text) throws CoreException {
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, true, null);
			return;
		}
		mkdirs(file.getParent());
		file.create(content, true, null);
	}

	private static void mkdirs(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			mkdirs(folder.getParent());
			folder.create(true, true, null);
		}
	}

	public static String read(IFile file) throws Exception {
		try (var in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Opens a plan with the workbench's default editor for it and waits for its first check. */
	public static CsiEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(page(), file);
		if (!(part instanceof CsiEditor editor)) {
			throw new AssertionError(file + " opened in " + part.getClass().getName() + ", not in the CSI editor");
		}
		waitUntil("the first check of " + file.getName(), () -> editor.getReconcileCount() > 0);
		return editor;
	}

	/** Waits for the editor to check its text again after a change. */
	public static void waitForCheck(CsiEditor editor, int before) {
		waitUntil("a check of " + editor.getTitle(), () -> editor.getReconcileCount() > before
				&& editor.getSnapshot().text().equals(editor.getDocument().get()));
	}

	/** The findings shown in the editor as {@code line:column type: message}. */
	public static List<String> annotations(CsiEditor editor) throws Exception {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<Object[]> found = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof CsiAnnotation csi) {
				found.add(new Object[] { model.getPosition(a), csi });
			}
		});
		found.sort(java.util.Comparator.comparingInt(o -> ((Position) o[0]).getOffset()));
		List<String> lines = new ArrayList<>();
		for (Object[] entry : found) {
			Position position = (Position) entry[0];
			CsiAnnotation annotation = (CsiAnnotation) entry[1];
			int line = editor.getDocument().getLineOfOffset(position.getOffset());
			int column = position.getOffset() - editor.getDocument().getLineOffset(line) + 1;
			lines.add((line + 1) + ":" + column + " " + annotation.getType().substring(annotation.getType().lastIndexOf('.') + 1) + ": "
					+ annotation.getText());
		}
		return lines;
	}

	/** Types or deletes, as a key does, and waits for the editor's check of the new text. */
	public static void type(CsiEditor editor, int offset, int length, String text) throws Exception {
		int before = editor.getReconcileCount();
		editor.getDocument().replace(offset, length, text);
		waitForCheck(editor, before);
	}

	/** The problem markers of a file as {@code line severity: message}, in line order. */
	public static List<String> markers(IResource resource) throws CoreException {
		List<String> lines = new ArrayList<>();
		IMarker[] markers = resource.findMarkers(Markers.TYPE, true, IResource.DEPTH_ZERO);
		java.util.Arrays.sort(markers, java.util.Comparator.comparingInt((IMarker m) -> m.getAttribute(IMarker.LINE_NUMBER, 0))
				.thenComparingInt(m -> m.getAttribute(IMarker.CHAR_START, 0)));
		for (IMarker marker : markers) {
			String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
			case IMarker.SEVERITY_ERROR -> "error";
			case IMarker.SEVERITY_WARNING -> "warning";
			default -> "info";
			};
			lines.add(marker.getAttribute(IMarker.LINE_NUMBER, 0) + " " + severity + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		return lines;
	}

	/** Saves a picture of the workbench window as PNG; returns the file. */
	public static Path screenshot(String name) throws Exception {
		Path folder = Path.of(System.getProperty("csi.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		Display display = Display.getCurrent();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		spin(300);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}
}
