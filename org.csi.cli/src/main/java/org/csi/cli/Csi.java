package org.csi.cli;

import org.csi.dsl.CsiStandaloneSetup;
import org.csi.dsl.config.CsiSettings;

import com.google.inject.Injector;

/**
 * The language's injector, created once per process: Xtext registers the language's
 * validator in EMF's global registry, so a second injector would run checks wired to the
 * first one's services.
 */
final class Csi {

	private static Injector injector;

	private Csi() {
	}

	/** The injector; a command's settings go with its plan set ({@link CsiSettings#install}). */
	static synchronized Injector injector() {
		if (injector == null) {
			injector = new CsiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
