package org.csi.dsl.ide.navigation;

import org.eclipse.emf.common.util.URI;

/** A range of a plan file: where a name is declared or referenced. Lines count from 1. */
public record Location(URI uri, int offset, int length, int line) {
}
