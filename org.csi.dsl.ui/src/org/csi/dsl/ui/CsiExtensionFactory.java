package org.csi.dsl.ui;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;

/**
 * Makes the classes that plugin.xml names ({@code CsiExtensionFactory:org.csi.dsl.ui.x.Y}, or for
 * a {@code <run>} element a parameter {@code class} with the class's name) with
 * the editor bundle's injector, so that they get their services injected. The made object then
 * gets its configuration element, as the platform would have given it.
 */
public class CsiExtensionFactory implements IExecutableExtensionFactory, IExecutableExtension {

	private IConfigurationElement config;

	private String propertyName;

	private String className;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		this.config = config;
		this.propertyName = propertyName;
		this.className = data instanceof String name ? name : data instanceof Map<?, ?> parameters ? (String) parameters.get("class") : null;
	}

	@Override
	public Object create() throws CoreException {
		if (className == null) {
			throw new CoreException(Status.error("csi: " + config.getName() + " names no class after CsiExtensionFactory:"));
		}
		try {
			Object made = CsiUiPlugin.getDefault().getInjector().getInstance(getClass().getClassLoader().loadClass(className));
			if (made instanceof IExecutableExtension extension) {
				extension.setInitializationData(config, propertyName, null);
			}
			return made;
		} catch (ClassNotFoundException e) {
			throw new CoreException(Status.error("csi: no class " + className, e));
		}
	}
}
