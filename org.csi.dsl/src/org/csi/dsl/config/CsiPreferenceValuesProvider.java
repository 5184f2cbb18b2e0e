package org.csi.dsl.config;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.PreferenceKey;

import com.google.inject.Inject;

/**
 * Feeds Xtext's configurable severities from {@link CsiSettings}, so that a code set to
 * {@code ignore} in csi.properties is never reported and any other value replaces the
 * default severity.
 */
public class CsiPreferenceValuesProvider implements IPreferenceValuesProvider {

	@Inject
	private CsiSettings settings;

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		return new IPreferenceValues() {
			@Override
			public String getPreference(PreferenceKey key) {
				String configured = settings.getSeverities().get(key.getId());
				return configured != null ? configured : key.getDefaultValue();
			}
		};
	}
}
