package org.csi.dsl;

import org.csi.dsl.config.CsiPreferenceValuesProvider;
import org.csi.dsl.conversion.CsiValueConverters;
import org.csi.dsl.scoping.CsiImportedNamespaceAwareLocalScopeProvider;
import org.csi.dsl.scoping.CsiLinkingDiagnosticMessageProvider;
import org.csi.dsl.validation.CsiIssueCodesProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Binds csi's own services into the Xtext runtime. */
public class CsiRuntimeModule extends AbstractCsiRuntimeModule {

	/** Out of memory in a validator stops the run instead of being logged for every element. */
	public Class<? extends org.eclipse.xtext.service.OperationCanceledManager> bindOperationCanceledManager() {
		return org.csi.dsl.validation.FatalErrorsPropagated.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CsiValueConverters.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(CsiImportedNamespaceAwareLocalScopeProvider.class);
	}

	@Override
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return org.csi.dsl.scoping.CsiLinkingResource.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CsiLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return CsiIssueCodesProvider.class;
	}

	public Class<? extends org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return org.csi.dsl.parser.CsiSyntaxErrorMessageProvider.class;
	}

	public Class<? extends org.eclipse.xtext.documentation.IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return org.csi.dsl.documentation.CsiDocumentationProvider.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.naming.IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return org.csi.dsl.scoping.CsiQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
		return org.csi.dsl.parser.CsiWholeTextParser.class;
	}

	/** A plan with syntax errors is parsed again as a whole, not partially ({@link org.csi.dsl.parser.CsiPartialParsingHelper}). */
	@Override
	public Class<? extends org.eclipse.xtext.parser.antlr.IPartialParsingHelper> bindIPartialParserHelper() {
		return org.csi.dsl.parser.CsiPartialParsingHelper.class;
	}

	public Class<? extends org.eclipse.xtext.parser.IAstFactory> bindIAstFactory() {
		return org.csi.dsl.parser.CsiElementFactory.class;
	}

	public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return CsiPreferenceValuesProvider.class;
	}

	/**
	 * Without EMF's generic constraints (multiplicities, proxies, enum literals), which a parsed
	 * plan meets by construction or which Xtext already reports (a syntax error, an unresolved
	 * reference): they walk every object once more, some 3% of checking a million lines.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(Boolean.FALSE);
	}
}
