package org.csi.dsl.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.csi.dsl.measures.ProcessBehaviour;

/**
 * The content of a {@code csi.properties} file, as read by {@link CsiConfigurationReader}.
 * {@code dataAllow} are the folders besides the plan set's own that data files may be read
 * from, as written (relative to the file's folder, or absolute). {@code behaviour} holds the rules
 * that judge variation ({@code spc.*}).
 */
public record CsiConfiguration(Map<String, String> severities, LocalDate referenceDate, Reports reports, List<String> dataAllow,
		ProcessBehaviour.Settings behaviour) {

	/** A configuration with the default rules for variation. */
	public CsiConfiguration(Map<String, String> severities, LocalDate referenceDate, Reports reports, List<String> dataAllow) {
		this(severities, referenceDate, reports, dataAllow, ProcessBehaviour.Settings.DEFAULT);
	}

	/**
	 * Where the Eclipse builder writes the reports of a project, in which formats, and whether it
	 * writes them on every build. The CLI takes these from its options.
	 *
	 * @param formats the ids of the formats as written ({@code html}, {@code md}...), none for every
	 *            format; the report bundle's registry knows which ids exist
	 * @param formatsLine the line of {@code csi.properties} that lists them, 0 when none does
	 */
	public record Reports(String folder, List<String> formats, int formatsLine, boolean onBuild) {

		public static final Reports DEFAULT = new Reports("reports", List.of(), 0, true);
	}

	/** No file: default severities, today as reference date, default report options. */
	public static final CsiConfiguration DEFAULT = new CsiConfiguration(Map.of(), null, Reports.DEFAULT, List.of());

	/** The folders {@code data.allow} names, resolved against the folder that holds {@code csi.properties}. */
	public List<Path> dataAllowIn(Path configurationFolder) {
		return dataAllow.stream().map(folder -> configurationFolder.resolve(folder).normalize()).toList();
	}
}
