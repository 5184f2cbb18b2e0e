package org.csi.dsl.scoping;

import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.PlanFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The qualified names of a plan's elements, as Xtext's default provider gives them (an object
 * with a name is named by the nearest container with a qualified name, then its own name: in
 * csi, the package, then the element), computed directly: no reflective dispatch, no shared
 * attribute cache for the two parsing threads to contend for, no lookup in a per-file cache that
 * costs as much as the name. It was a tenth of the time of checking a million lines.
 */
@Singleton
public class CsiQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IQualifiedNameConverter converter;

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		String name = nameOf(object);
		if (name == null || name.isEmpty()) {
			return null;
		}
		QualifiedName own = converter.toQualifiedName(name);
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			QualifiedName containers = getFullyQualifiedName(container);
			if (containers != null) {
				return containers.append(own);
			}
		}
		return own;
	}

	/** The names of the model: an element's own (every element with a name is a Named) and a file's package. */
	private static String nameOf(EObject object) {
		if (object instanceof Named named) {
			return named.getName();
		}
		return object instanceof PlanFile file ? file.getName() : null;
	}
}
