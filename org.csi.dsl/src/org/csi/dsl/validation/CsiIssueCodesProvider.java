package org.csi.dsl.validation;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

/**
 * The default severity of every configurable code, from {@link IssueCodeInfo}. A team
 * overrides them in its {@code csi.properties}; the CLI and the Eclipse plugin read the same
 * file.
 */
public class CsiIssueCodesProvider extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		for (IssueCodeInfo.Rule rule : IssueCodeInfo.all()) {
			if (rule.configurable()) {
				acceptor.accept(create(rule.code(), rule.defaultSeverity()));
			}
		}
	}
}
