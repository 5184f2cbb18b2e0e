package org.csi.dsl.config;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.PreferenceKey;

/**
 * Feeds Xtext's configurable severities from the {@link CsiSettings} of the plan set the resource
 * belongs to, so that a code set to {@code ignore} in csi.properties is never reported and any
 * other value replaces the default severity.
 */
public class CsiPreferenceValuesProvider implements IPreferenceValuesProvider {

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		CsiSettings settings = CsiSettings.of(context);
		return new IPreferenceValues() {
			@Override
			public String getPreference(PreferenceKey key) {
				return settings.severity(key.getId(), key.getDefaultValue());
			}
		};
	}
}
