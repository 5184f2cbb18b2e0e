package org.csi.dsl.ide.workspace;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The order in which {@code csi validate} reads the files of a plan set: by path. What depends on
 * the order of the files comes out the same in the editor as on the command line when the editor
 * keeps its plans in this order too, however they were opened, created or restored: which of two
 * elements of the same name a reference finds, which of them a duplicate-name finding names.
 */
final class ReadingOrder {

	/** By path, as {@code java.nio.file.Path} sorts them (a path decoded from its URI). */
	static final Comparator<Resource> BY_PATH = Comparator.comparing(resource -> pathOf(resource.getURI()));

	private ReadingOrder() {
	}

	/** Puts the plans in reading order, moving only when one is out of it (a file added last). */
	static void sort(EList<Resource> resources) {
		List<Resource> snapshot = List.copyOf(resources);
		for (int i = 1; i < snapshot.size(); i++) {
			if (BY_PATH.compare(snapshot.get(i - 1), snapshot.get(i)) > 0) {
				ECollections.sort(resources, BY_PATH);
				return;
			}
		}
	}

	private static String pathOf(URI uri) {
		if (uri.isFile()) {
			return uri.toFileString();
		}
		return uri.path() != null ? URI.decode(uri.path()) : uri.toString();
	}
}
