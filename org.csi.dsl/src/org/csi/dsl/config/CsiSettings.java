package org.csi.dsl.config;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.inject.Singleton;

/**
 * The settings a plan set is checked with: severity overrides per issue code and the
 * reference date that decides whether an action is overdue. The CLI fills it from
 * {@code csi.properties} and its flags; without them the defaults apply.
 */
@Singleton
public class CsiSettings {

	private LocalDate referenceDate;
	private final Map<String, String> severities = new LinkedHashMap<>();

	/** The date overdue actions are judged against: the configured one, else today. */
	public LocalDate getReferenceDate() {
		return referenceDate != null ? referenceDate : LocalDate.now();
	}

	public void setReferenceDate(LocalDate referenceDate) {
		this.referenceDate = referenceDate;
	}

	/** Overrides of default severities: issue code to error, warning, info or ignore. */
	public Map<String, String> getSeverities() {
		return Collections.unmodifiableMap(severities);
	}

	public void setSeverity(String issueCode, String severity) {
		severities.put(issueCode, severity);
	}

	/** Back to the defaults: today as reference date, no severity overrides. */
	public void reset() {
		referenceDate = null;
		severities.clear();
	}

	public void apply(CsiConfiguration configuration) {
		severities.putAll(configuration.severities());
		if (configuration.referenceDate() != null) {
			referenceDate = configuration.referenceDate();
		}
	}
}
