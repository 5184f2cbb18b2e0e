package org.csi.dsl.config;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.csi.dsl.measures.ProcessBehaviour;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The settings a plan set is checked with: severity overrides per issue code and the reference
 * date that decides whether an action is overdue. They belong to one plan set, not to the process:
 * a front end attaches them to the plan set's resource set ({@link #install}) and every check,
 * report and quick fix reads them from the element or resource it works on ({@link #of}). Two
 * Eclipse projects, or two Maven executions, are each checked with their own, at the same time.
 * Immutable; without settings attached, the defaults apply (today, no overrides).
 */
public final class CsiSettings {

	public static final CsiSettings DEFAULT = new CsiSettings(null, Map.of(), ProcessBehaviour.Settings.DEFAULT);

	private final LocalDate referenceDate;
	private final Map<String, String> severities;
	private final ProcessBehaviour.Settings behaviour;

	private CsiSettings(LocalDate referenceDate, Map<String, String> severities, ProcessBehaviour.Settings behaviour) {
		this.referenceDate = referenceDate;
		this.severities = severities;
		this.behaviour = behaviour;
	}

	/** The rules that judge variation: the configured ones ({@code spc.*}), else the usual four with runs of 7 and trends of 6. */
	public ProcessBehaviour.Settings getBehaviour() {
		return behaviour;
	}

	/** The settings of a {@code csi.properties}. */
	public static CsiSettings of(CsiConfiguration configuration) {
		return DEFAULT.with(configuration);
	}

	/** The date overdue actions are judged against: the configured one, else today. */
	public LocalDate getReferenceDate() {
		return referenceDate != null ? referenceDate : LocalDate.now();
	}

	/** Overrides of default severities: issue code to error, warning, info or ignore. */
	public Map<String, String> getSeverities() {
		return severities;
	}

	/** The severity of an issue code in this plan set: the configured one, else the code's default. */
	public String severity(String issueCode) {
		org.csi.dsl.validation.IssueCodeInfo.Rule rule = org.csi.dsl.validation.IssueCodeInfo.get(issueCode);
		return severity(issueCode, rule == null ? "error" : rule.defaultSeverity());
	}

	/**
	 * The severity of a code: as {@code csi.properties} or the editor's settings set it, else
	 * {@code byDefault}. Validation (through Xtext's configurable severities) and the data steps
	 * both ask here.
	 */
	public String severity(String issueCode, String byDefault) {
		String configured = severities.get(issueCode);
		return configured != null ? configured : byDefault;
	}

	/** These settings with a {@code csi.properties}' severities and reference date on top. */
	public CsiSettings with(CsiConfiguration configuration) {
		Map<String, String> merged = new LinkedHashMap<>(severities);
		merged.putAll(configuration.severities());
		return new CsiSettings(configuration.referenceDate() != null ? configuration.referenceDate() : referenceDate, Map.copyOf(merged),
				configuration.behaviour());
	}

	/** These settings with another reference date (from a command line flag). */
	public CsiSettings withReferenceDate(LocalDate date) {
		return new CsiSettings(date, severities, behaviour);
	}

	/** These settings with the severity of one issue code replaced. */
	public CsiSettings withSeverity(String issueCode, String severity) {
		Map<String, String> merged = new LinkedHashMap<>(severities);
		merged.put(issueCode, severity);
		return new CsiSettings(referenceDate, Map.copyOf(merged), behaviour);
	}

	/** Attaches {@code settings} to a plan set's resources, in place of any before. */
	public static void install(ResourceSet resourceSet, CsiSettings settings) {
		synchronized (resourceSet) {
			resourceSet.eAdapters().removeIf(Holder.class::isInstance);
			resourceSet.eAdapters().add(new Holder(settings));
		}
	}

	/** The settings of the plan set {@code element} belongs to. */
	public static CsiSettings of(EObject element) {
		return element == null ? DEFAULT : of(element.eResource());
	}

	/** The settings of the plan set {@code resource} belongs to. */
	public static CsiSettings of(Resource resource) {
		return resource == null ? DEFAULT : of(resource.getResourceSet());
	}

	/** The settings attached to {@code resourceSet}, or the defaults. */
	public static CsiSettings of(ResourceSet resourceSet) {
		if (resourceSet == null) {
			return DEFAULT;
		}
		synchronized (resourceSet) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (adapter instanceof Holder holder) {
					return holder.settings;
				}
			}
		}
		return DEFAULT;
	}

	/** Holds the settings on a resource set. */
	private static final class Holder extends AdapterImpl {

		private final CsiSettings settings;

		Holder(CsiSettings settings) {
			this.settings = settings;
		}
	}
}
