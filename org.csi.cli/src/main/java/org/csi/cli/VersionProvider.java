package org.csi.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar's manifest by the build. */
public class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "csi " + version() };
	}

	/** The build's version, or "development build" when run from classes rather than the jar. */
	static String version() {
		String version = Main.class.getPackage().getImplementationVersion();
		return version == null ? "development build" : version;
	}
}
