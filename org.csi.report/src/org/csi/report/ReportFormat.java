package org.csi.report;

import java.util.Locale;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;

/**
 * The report formats: the registry of their ids (as users name them), file suffixes and renderers.
 * A new format is one line here and one {@link ReportRenderer}; the CLI's and the generator's
 * lists of formats come from here.
 */
public enum ReportFormat {
	HTML("html", ".html", HtmlReportRenderer::new), MARKDOWN("md", ".md", MarkdownReportRenderer::new),
	JSON("json", ".json", JsonReportRenderer::new), CSV("csv", ".register.csv", CsvRegisterRenderer::new);

	private static final java.util.regex.Pattern WINDOWS_DEVICES = java.util.regex.Pattern.compile("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	private final String id;
	private final String suffix;
	private final java.util.function.Supplier<ReportRenderer> renderer;

	ReportFormat(String id, String suffix, java.util.function.Supplier<ReportRenderer> renderer) {
		this.id = id;
		this.suffix = suffix;
		this.renderer = renderer;
	}

	public String id() {
		return id;
	}

	/** A renderer of this format. */
	public ReportRenderer renderer() {
		return renderer.get();
	}

	/** Every format's id, as a list for people: "html, md, json or csv". */
	public static String ids(String lastSeparator) {
		java.util.List<String> ids = java.util.Arrays.stream(values()).map(ReportFormat::id).toList();
		return String.join(", ", ids.subList(0, ids.size() - 1)) + lastSeparator + ids.get(ids.size() - 1);
	}

	/** The ids, for the command line's completion and help. */
	public static final class Ids implements Iterable<String> {

		@Override
		public java.util.Iterator<String> iterator() {
			return java.util.Arrays.stream(values()).map(ReportFormat::id).iterator();
		}
	}

	/**
	 * The file name of this format's report for a plan. A name that Windows reserves for a device
	 * (CON, NUL, COM1 ..., also with any extension: {@code con.Plan.html}) gets a leading
	 * underscore, so that the reports can be checked out and opened everywhere.
	 */
	public String fileName(String planQualifiedName) {
		boolean device = WINDOWS_DEVICES.matcher(planQualifiedName.split("\\.", 2)[0]).matches();
		return (device ? "_" : "") + planQualifiedName + suffix;
	}

	/** The formats named by ids such as "html", "md"; throws with a message for the user on an unknown one. */
	public static java.util.Set<ReportFormat> parse(java.util.List<String> ids) {
		java.util.Set<ReportFormat> formats = java.util.EnumSet.noneOf(ReportFormat.class);
		for (String id : ids) {
			ReportFormat format = byId(id.strip());
			if (format == null) {
				throw new IllegalArgumentException("unknown report format '" + id.strip() + "' (expected " + ids(" or ") + ")");
			}
			formats.add(format);
		}
		return formats;
	}

	/**
	 * The formats {@code csi.properties} asks for (every format when it names none).
	 *
	 * @throws CsiConfigurationReader.ConfigurationException at the line of {@code report.formats}
	 *             when it names a format that does not exist
	 */
	public static java.util.Set<ReportFormat> of(CsiConfiguration.Reports reports) throws CsiConfigurationReader.ConfigurationException {
		if (reports.formats().isEmpty()) {
			return java.util.EnumSet.allOf(ReportFormat.class);
		}
		try {
			return parse(reports.formats());
		} catch (IllegalArgumentException e) {
			throw new CsiConfigurationReader.ConfigurationException(reports.formatsLine(), e.getMessage());
		}
	}

	/** The format with this id, or null. */
	public static ReportFormat byId(String id) {
		for (ReportFormat format : values()) {
			if (format.id.equals(id.toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		return null;
	}
}
