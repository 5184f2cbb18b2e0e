package org.csi.dsl.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.dsl.common.Finding;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.headless.PlanSetDiff;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.headless.PlanVersion;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.CoreException;

import com.google.inject.Inject;

/**
 * The semantic changes of one plan file against an earlier state of it, as {@code csi diff}
 * computes them ({@link PlanSetDiff}): the project's plan set as it is on disk, against the same
 * plan set with that file's earlier text. The project's csi.properties applies to both.
 */
public class PlanChanges {

	@Inject
	private PlanSetDiff diff;

	/** The changes, and the two texts of the file for the text compare. */
	public record Result(List<Finding> changes, String before, String now) {
	}

	public Result compare(IFile file, IFileState earlier) throws CoreException, PlanSetException {
		String before = text(file, earlier.getContents());
		Map<Path, String> now = new LinkedHashMap<>();
		for (IFile plan : ProjectPlans.planFiles(file.getProject())) {
			now.put(path(plan), text(plan, plan.getContents(true)));
		}
		Map<Path, String> then = new LinkedHashMap<>(now);
		then.put(path(file), before);
		IFile properties = file.getProject().getFile(CsiConfigurationReader.FILE_NAME);
		String settings = properties.exists() ? text(properties, properties.getContents(true)) : null;
		Path settingsAt = properties.exists() ? path(properties) : null;
		String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
				java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(earlier.getModificationTime()), java.time.ZoneId.systemDefault()));
		PlanVersion previous = new PlanVersion("the local history of " + stamp, then, List.of(), settings, settingsAt);
		PlanVersion current = new PlanVersion("the file as saved", now, List.of(), settings, settingsAt);
		PlanSetDiff.Result result = diff.diff(previous, current, LocalDate.now());
		return new Result(result.changes(), before, now.get(path(file)));
	}

	private static Path path(IFile file) {
		return Path.of(file.getLocation().toOSString()).toAbsolutePath().normalize();
	}

	/** A plan's text as csi reads every plan: UTF-8, a byte-order mark dropped, anything else refused. */
	private static String text(IFile file, InputStream in) throws CoreException, PlanSetException {
		try (in) {
			return PlanSetLoader.text(path(file), in.readAllBytes());
		} catch (IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getName() + ": " + e.getMessage(), e));
		}
	}
}
