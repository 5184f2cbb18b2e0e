package org.csi.dsl.validation;

import java.util.List;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Import;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.ShouldMeasure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** Names are unique across all files of a plan set, so that every reference has one target; imports name something. */
public class NamesValidator extends AbstractCsiCheck {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IQualifiedNameConverter converter;

	@Check
	public void checkUniqueName(Named element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		if (name == null) {
			return;
		}
		List<EObject> sameName = index(element).elementsNamed(name);
		if (sameName.size() < 2) {
			return;
		}
		if (element instanceof ItsmProcess process && ProcessWithoutAs.measureNamedLike(process, index(element), names) != null) {
			addIssue(ProcessWithoutAs.message(process), element, CsiPackage.Literals.NAMED__NAME, IssueCodes.DUPLICATE_NAME, name.toString());
			return;
		}
		if (element instanceof ShouldMeasure measure && ProcessWithoutAs.onlyStepsWithoutAs(measure, sameName)) {
			return; // the process says it: step 4 written without 'as'
		}
		EObject other = sameName.get(0) == element ? sameName.get(1) : sameName.get(0);
		addIssue("Name " + quote(name.toString()) + " is declared more than once: this " + Labels.kindOf(element)
				+ " and the " + Labels.kindOf(other) + " at " + where(other) + ". Rename one of them.",
				element, CsiPackage.Literals.NAMED__NAME, IssueCodes.DUPLICATE_NAME, name.toString());
	}

	/** An import must name an element, or with ".*" a package, that the plan set declares. */
	@Check
	public void checkImportResolves(Import anImport) {
		String imported = anImport.getImportedNamespace();
		if (imported == null) {
			return;
		}
		boolean wildcard = imported.endsWith(".*");
		String namespace = wildcard ? imported.substring(0, imported.length() - 2) : imported;
		if (namespace.isEmpty()) {
			return; // what the parser recovered from a broken import ("import.*"): the syntax error says what is wrong
		}
		QualifiedName name = converter.toQualifiedName(namespace);
		boolean known = wildcard ? index(anImport).isNamespace(name) : !index(anImport).elementsNamed(name).isEmpty();
		if (!known) {
			addIssue("Import " + quote(imported) + " names nothing in this plan set: no " + (wildcard ? "package " + quote(name.toString())
					: "element " + quote(imported)) + " is declared in any of its files.", anImport,
					CsiPackage.Literals.IMPORT__IMPORTED_NAMESPACE, IssueCodes.UNKNOWN_IMPORT, imported);
		}
	}

	private static String where(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String file = element.eResource() == null ? "?" : element.eResource().getURI().lastSegment();
		return node == null ? file : file + ":" + node.getStartLine();
	}
}
