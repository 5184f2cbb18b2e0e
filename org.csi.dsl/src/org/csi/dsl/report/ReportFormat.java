package org.csi.dsl.report;

import java.util.Locale;

/** The report formats, by the name users give on the command line. */
public enum ReportFormat {
	HTML("html", ".html"), MARKDOWN("md", ".md"), JSON("json", ".json"), CSV("csv", ".register.csv");

	private static final java.util.regex.Pattern WINDOWS_DEVICES = java.util.regex.Pattern.compile("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	private final String id;
	private final String suffix;

	ReportFormat(String id, String suffix) {
		this.id = id;
		this.suffix = suffix;
	}

	public String id() {
		return id;
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
				throw new IllegalArgumentException("unknown report format '" + id.strip() + "' (expected html, md, json or csv)");
			}
			formats.add(format);
		}
		return formats;
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
