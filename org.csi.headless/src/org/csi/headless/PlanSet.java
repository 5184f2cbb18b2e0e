package org.csi.headless;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;

/** The files of a plan set, loaded together so that references across files resolve. */
public record PlanSet(XtextResourceSet resourceSet, List<Path> files) {
}
