package org.csi.dsl.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.csi.dsl.measures.ProcessBehaviour;
import org.csi.dsl.validation.CsiIssueCodesProvider;

import com.google.inject.Inject;

/**
 * Reads {@code csi.properties}, the configuration file shared by the CLI and the Eclipse
 * plugin. The format is deliberately small: {@code key = value} lines and {@code #}
 * comments. Keys are issue codes (value: error, warning, info or ignore) and
 * {@code reference-date} (an ISO date), {@code report.*} (the Eclipse builder's reports) and
 * {@code data.allow} (folders, comma-separated, that data files may also be read from) and
 * {@code spc.*} (the rules that judge variation: {@code spc.rules}, {@code spc.run},
 * {@code spc.trend}, {@code spc.baseline}). Unknown
 * keys and bad values are errors with their line, so that a typo never silently turns a rule off.
 */
public class CsiConfigurationReader {

	public static final String FILE_NAME = "csi.properties";
	public static final String REFERENCE_DATE = "reference-date";
	public static final String REPORT_FOLDER = "report.folder";
	public static final String REPORT_FORMATS = "report.formats";
	public static final String REPORT_ON_BUILD = "report.on-build";
	public static final String DATA_ALLOW = "data.allow";
	public static final String SPC_RULES = "spc.rules";
	public static final String SPC_RUN = "spc.run";
	public static final String SPC_TREND = "spc.trend";
	public static final String SPC_BASELINE = "spc.baseline";
	private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "ignore");

	@Inject
	private CsiIssueCodesProvider issueCodes;

	/** Thrown for a line that cannot be read; {@link #getLine()} is 1-based. */
	public static class ConfigurationException extends Exception {
		private static final long serialVersionUID = 1L;
		private final int line;

		public ConfigurationException(int line, String message) {
			super(message);
			this.line = line;
		}

		public int getLine() {
			return line;
		}
	}

	/**
	 * Reads a configuration file. Every problem comes back as one line for the user:
	 * "file: no such file", "file: cannot be read (...)" or "file:line: reason".
	 */
	public CsiConfiguration read(java.nio.file.Path file) throws ConfigurationException {
		String text;
		try {
			text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.nio.file.NoSuchFileException e) {
			throw new ConfigurationException(0, file + ": no such file");
		} catch (java.io.IOException | java.io.UncheckedIOException e) {
			throw new ConfigurationException(0, file + ": cannot be read (" + e.getMessage() + ")");
		}
		try {
			return read(text);
		} catch (ConfigurationException e) {
			throw new ConfigurationException(e.getLine(), file + ":" + e.getLine() + ": " + e.getMessage());
		}
	}

	public CsiConfiguration read(String text) throws ConfigurationException {
		Map<String, String> severities = new LinkedHashMap<>();
		LocalDate referenceDate = null;
		String reportFolder = CsiConfiguration.Reports.DEFAULT.folder();
		java.util.List<String> reportFormats = CsiConfiguration.Reports.DEFAULT.formats();
		int reportFormatsLine = 0;
		boolean reportOnBuild = CsiConfiguration.Reports.DEFAULT.onBuild();
		java.util.List<String> dataAllow = new java.util.ArrayList<>();
		ProcessBehaviour.Settings spc = ProcessBehaviour.Settings.DEFAULT;
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int separator = line.indexOf('=');
			if (separator < 0) {
				throw new ConfigurationException(i + 1, "expected 'key = value', found '" + line + "'");
			}
			String key = line.substring(0, separator).strip();
			String value = line.substring(separator + 1).strip();
			if (REFERENCE_DATE.equals(key)) {
				try {
					referenceDate = LocalDate.parse(value);
				} catch (DateTimeParseException e) {
					throw new ConfigurationException(i + 1, "reference-date must be a date such as 2027-03-31, found '" + value + "'");
				}
			} else if (REPORT_FOLDER.equals(key)) {
				if (value.isEmpty() || value.startsWith("/") || value.contains("..") || value.contains("\\")) {
					throw new ConfigurationException(i + 1, "report.folder must be a folder inside the project such as reports, found '" + value + "'");
				}
				reportFolder = value;
			} else if (REPORT_FORMATS.equals(key)) {
				reportFormats = java.util.Arrays.stream(value.split(",")).map(String::strip).distinct().toList();
				if (reportFormats.contains("")) {
					throw new ConfigurationException(i + 1, "report.formats must list formats separated by commas, such as html, md, found '" + value + "'");
				}
				reportFormatsLine = i + 1; // which ids exist is the report registry's to say (ReportFormat.of)
			} else if (REPORT_ON_BUILD.equals(key)) {
				if (!value.equals("true") && !value.equals("false")) {
					throw new ConfigurationException(i + 1, "report.on-build must be true or false, found '" + value + "'");
				}
				reportOnBuild = Boolean.parseBoolean(value);
			} else if (DATA_ALLOW.equals(key)) {
				for (String folder : value.split(",")) {
					if (folder.isBlank()) {
						throw new ConfigurationException(i + 1, "data.allow must list folders separated by commas, such as ../shared-data, found '" + value + "'");
					}
					dataAllow.add(folder.strip());
				}
			} else if (SPC_RULES.equals(key)) {
				java.util.Set<ProcessBehaviour.Rule> rules = java.util.EnumSet.noneOf(ProcessBehaviour.Rule.class);
				for (String id : value.split(",")) {
					ProcessBehaviour.Rule rule = ProcessBehaviour.Rule.of(id.strip());
					if (rule == null && !value.isBlank()) {
						throw new ConfigurationException(i + 1, "spc.rules must list rules among outside, run, trend and near, separated by commas, found '"
								+ id.strip() + "'");
					}
					if (rule != null) {
						rules.add(rule);
					}
				}
				spc = new ProcessBehaviour.Settings(rules, spc.run(), spc.trend(), spc.baseline());
			} else if (SPC_RUN.equals(key)) {
				spc = new ProcessBehaviour.Settings(spc.rules(), count(key, value, 2, 50, i + 1), spc.trend(), spc.baseline());
			} else if (SPC_TREND.equals(key)) {
				spc = new ProcessBehaviour.Settings(spc.rules(), spc.run(), count(key, value, 2, 50, i + 1), spc.baseline());
			} else if (SPC_BASELINE.equals(key)) {
				spc = new ProcessBehaviour.Settings(spc.rules(), spc.run(), spc.trend(), count(key, value, ProcessBehaviour.MIN_POINTS, 1000, i + 1));
			} else if (issueCodes.getConfigurableIssueCodes().containsKey(key)) {
				String severity = value.toLowerCase(java.util.Locale.ROOT);
				if (!SEVERITIES.contains(severity)) {
					throw new ConfigurationException(i + 1, "severity of '" + key + "' must be error, warning, info or ignore, found '" + value + "'");
				}
				severities.put(key, severity);
			} else if (key.equals(org.csi.dsl.validation.IssueCodes.SYNTAX) || key.equals(org.csi.dsl.validation.IssueCodes.UNRESOLVED)
					|| key.equals(org.csi.dsl.validation.IssueCodes.REPEATED_CLAUSE)) {
				throw new ConfigurationException(i + 1, "'" + key + "' cannot be configured: a plan that cannot be read is always an error");
			} else {
				throw new ConfigurationException(i + 1, "unknown key '" + key + "' (expected an issue code such as csi.measure.no-baseline, reference-date, a report.* option, data.allow or an spc.* rule)");
			}
		}
		return new CsiConfiguration(severities, referenceDate,
				new CsiConfiguration.Reports(reportFolder, reportFormats, reportFormatsLine, reportOnBuild), java.util.List.copyOf(dataAllow), spc);
	}

	/** A whole number from {@code min} to {@code max}, or an error that says so. */
	private static int count(String key, String value, int min, int max, int line) throws ConfigurationException {
		try {
			int count = Integer.parseInt(value);
			if (count >= min && count <= max) {
				return count;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new ConfigurationException(line, key + " must be a whole number from " + min + " to " + max + ", found '" + value + "'");
	}
}
