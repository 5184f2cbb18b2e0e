package org.csi.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.csi.PlanFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/**
 * Adds to the explicit imports of a file an implicit import of its own package, so that
 * the files of one package see each other's elements by simple name, as Java does.
 */
public class CsiImportedNamespaceAwareLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof PlanFile file && file.getName() != null) {
			List<ImportNormalizer> withPackage = new ArrayList<>(resolvers);
			withPackage.add(doCreateImportNormalizer(getQualifiedNameConverter().toQualifiedName(file.getName()), true, ignoreCase));
			return withPackage;
		}
		return resolvers;
	}
}
