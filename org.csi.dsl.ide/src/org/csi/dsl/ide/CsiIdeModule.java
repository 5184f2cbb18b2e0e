package org.csi.dsl.ide;

/**
 * The UI-free editor services of the language: content assist, highlighting, outline,
 * navigation, quick fixes and rename, used by the Eclipse editor and testable without a UI.
 */
public class CsiIdeModule extends AbstractCsiIdeModule {

	public Class<? extends org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return org.csi.dsl.ide.contentassist.CsiProposalProvider.class;
	}

	public Class<? extends org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return org.csi.dsl.ide.contentassist.CsiCrossrefProposalProvider.class;
	}
}
