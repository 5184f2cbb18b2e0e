package org.csi.dsl.ui.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
		String before = text(earlier.getContents());
		Map<Path, String> now = new LinkedHashMap<>();
		for (IFile plan : ProjectPlans.planFiles(file.getProject())) {
			now.put(path(plan), text(plan.getContents(true)));
		}
		Map<Path, String> then = new LinkedHashMap<>(now);
		then.put(path(file), before);
		IFile properties = file.getProject().getFile(CsiConfigurationReader.FILE_NAME);
		String settings = properties.exists() ? text(properties.getContents(true)) : null;
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

	private static String text(InputStream in) throws CoreException {
		try (in) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			byte[] all = bytes.toByteArray();
			int start = all.length >= 3 && (all[0] & 0xFF) == 0xEF && (all[1] & 0xFF) == 0xBB && (all[2] & 0xFF) == 0xBF ? 3 : 0;
			return new String(all, start, all.length - start, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read a plan: " + e.getMessage(), e));
		}
	}
}
