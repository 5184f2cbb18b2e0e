package org.csi.headless;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;


/**
 * One version of a plan set, as {@code csi diff} and {@code csi history} read it: the text of every
 * plan file by the path it has in the working tree (so that findings point where a reviewer looks),
 * the files that could not be read as text, and the text of the csi.properties that applies.
 *
 * @param name       what people call the version: "v1.0 (1a2b3c4)", or a folder
 * @param settings   the text of csi.properties, or null when the version has none
 * @param settingsAt where that csi.properties is (in the working tree), or null
 */
public record PlanVersion(String name, Map<Path, String> sources, List<PlanSetException> unreadable, String settings, Path settingsAt) {
}
