package org.csi.cli;

import org.csi.dsl.CsiStandaloneSetup;

import com.google.inject.Injector;

/** The language's injector for one CLI run. */
final class Csi {

	private Csi() {
	}

	static Injector injector() {
		return new CsiStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
