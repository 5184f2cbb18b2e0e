package org.csi.dsl.ui.builder;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** A project with CSI plans: its nature installs the plan builder. */
public class CsiNature implements IProjectNature {

	public static final String ID = "org.csi.dsl.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		for (ICommand command : description.getBuildSpec()) {
			if (CsiBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand[] old = description.getBuildSpec();
		ICommand[] commands = new ICommand[old.length + 1];
		System.arraycopy(old, 0, commands, 0, old.length);
		ICommand command = description.newCommand();
		command.setBuilderName(CsiBuilder.ID);
		commands[old.length] = command;
		description.setBuildSpec(commands);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(java.util.Arrays.stream(description.getBuildSpec())
				.filter(command -> !CsiBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	/** Adds the nature, and with it the builder, to a project that has plans but not the nature yet. */
	public static void addTo(IProject project) throws CoreException {
		if (!project.isAccessible() || project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = description.getNatureIds();
		String[] added = java.util.Arrays.copyOf(natures, natures.length + 1);
		added[natures.length] = ID;
		description.setNatureIds(added);
		project.setDescription(description, null);
	}
}
