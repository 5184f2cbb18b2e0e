package org.csi.install.smoke;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Checks an IDE that csi was installed into, from the inside: copies the plans of a folder into a
 * project, opens one plan, waits for the build, and writes which editor opened it and the problem
 * markers of the plan into a result file; then takes a screenshot and closes the workbench. Runs
 * only when started with {@code -Dcsi.install.plans=FOLDER -Dcsi.install.open=PATH
 * -Dcsi.install.result=FILE}. Not part of the product: the install test adds it.
 */
public class InstallCheck implements IStartup {

	@Override
	public void earlyStartup() {
		String plans = System.getProperty("csi.install.plans");
		String open = System.getProperty("csi.install.open");
		String result = System.getProperty("csi.install.result");
		if (plans == null || open == null || result == null) {
			return;
		}
		List<String> lines = new ArrayList<>();
		try {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("plans");
			if (!project.exists()) {
				project.create(null);
			}
			project.open(null);
			Path root = Path.of(plans);
			try (var files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".csi") && !f.toString().contains("/target/")).toList()) {
					IFile target = project.getFile(root.relativize(file).toString());
					mkdirs(target.getParent());
					if (!target.exists()) {
						target.create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
					}
				}
			}
			IFile plan = project.getFile(open);
			AtomicReference<String> editor = new AtomicReference<>();
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.syncExec(() -> {
				try {
					IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
					IEditorPart part = IDE.openEditor(page, plan);
					page.showView(IPageLayout.ID_PROBLEM_VIEW);
					page.activate(part);
					editor.set(part.getSite().getId());
				} catch (Exception e) {
					editor.set("failed: " + e);
				}
			});
			lines.add("editor " + editor.get());
			IMarker[] markers = new IMarker[0];
			long end = System.currentTimeMillis() + 120_000;
			while (System.currentTimeMillis() < end) {
				Thread.sleep(500);
				Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
				markers = plan.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
				if (markers.length > 0) {
					break;
				}
			}
			Thread.sleep(1000);
			markers = plan.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
			Arrays.sort(markers, Comparator.comparingInt(m -> m.getAttribute(IMarker.LINE_NUMBER, 0)));
			for (IMarker marker : markers) {
				lines.add("marker " + marker.getType() + " line " + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
						+ marker.getAttribute(IMarker.MESSAGE, ""));
			}
			String screenshot = System.getProperty("csi.install.screenshot");
			if (screenshot != null) {
				display.syncExec(() -> screenshot(display, screenshot));
			}
		} catch (Exception e) {
			lines.add("failed " + e);
		}
		try {
			Files.write(Path.of(result), lines, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			e.printStackTrace();
		} finally {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	private static void mkdirs(IContainer container) throws Exception {
		if (container instanceof IFolder folder && !folder.exists()) {
			mkdirs(folder.getParent());
			folder.create(true, true, null);
		}
	}

	private static void screenshot(Display display, String file) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file, SWT.IMAGE_PNG);
		image.dispose();
	}
}
