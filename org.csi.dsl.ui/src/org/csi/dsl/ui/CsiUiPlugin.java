package org.csi.dsl.ui;

import org.csi.dsl.ide.CsiIdeSetup;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The editor bundle: holds the language's injector (runtime and UI-free editor services, the same
 * classes the CLI runs) and the plans of every project.
 */
public class CsiUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.csi.dsl.ui";

	/** Icons by name: the plan file and one per step of the cycle. */
	public static final String ICON_PLAN = "csi";
	public static final String ICON_STRATEGY = "strategy";
	public static final String ICON_SHOULD = "should";
	public static final String ICON_CAN = "can";
	public static final String ICON_DATA = "data";
	public static final String ICON_ACTION = "action";
	public static final String ICON_ELEMENT = "element";

	private static CsiUiPlugin instance;

	private volatile Injector injector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static CsiUiPlugin getDefault() {
		return instance;
	}

	/**
	 * The language's injector with what the editor bundle adds: the one {@link ProjectPlans} of the
	 * running workbench. The classes plugin.xml names are made by it ({@link CsiExtensionFactory}).
	 */
	public synchronized Injector getInjector() {
		if (injector == null) {
			Injector language = new CsiIdeSetup().createInjectorAndDoEMFRegistration();
			ProjectPlans plans = new ProjectPlans(language);
			injector = language.createChildInjector(binder -> binder.bind(ProjectPlans.class).toInstance(plans));
		}
		return injector;
	}

	/** The plans of every project, as the editors and the builder see them. */
	public ProjectPlans getPlans() {
		return getInjector().getInstance(ProjectPlans.class);
	}

	public static Image image(String name) {
		return getDefault().getImageRegistry().get(name);
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		for (String name : new String[] { ICON_PLAN, ICON_STRATEGY, ICON_SHOULD, ICON_CAN, ICON_DATA, ICON_ACTION, ICON_ELEMENT }) {
			registry.put(name, ImageDescriptor.createFromURL(getBundle().getEntry("icons/" + name + ".png")));
		}
	}

	public static void log(String message, Throwable error) {
		ILog.of(CsiUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
