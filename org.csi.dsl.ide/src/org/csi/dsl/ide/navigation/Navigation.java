package org.csi.dsl.ide.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.PlanFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Where names are declared and used, across every plan of a resource set: go to definition, find
 * references, mark occurrences and rename all start here.
 */
public class Navigation {

	@Inject
	private EObjectAtOffsetHelper offsetHelper;

	/**
	 * The named element at an offset: the one a reference there points to, or the one whose name
	 * is there. Null elsewhere.
	 */
	public EObject elementAt(XtextResource resource, int offset) {
		EObject referenced = offsetHelper.resolveCrossReferencedElementAt(resource, offset);
		if (referenced != null) {
			return referenced.eIsProxy() ? null : referenced;
		}
		EObject element = offsetHelper.resolveContainedElementAt(resource, offset);
		if (element != null) {
			INode name = nameNode(element);
			if (name != null && name.getOffset() <= offset && offset <= name.getEndOffset()) {
				return element;
			}
		}
		return null;
	}

	/** The range of a reference or a declared name at the offset, for hyperlinks. */
	public TextRegion linkRegionAt(XtextResource resource, int offset) {
		INode reference = offsetHelper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference != null) {
			return new TextRegion(reference.getOffset(), reference.getLength());
		}
		return null;
	}

	/** Where an element's name is declared. */
	public Location declaration(EObject element) {
		INode name = nameNode(element);
		INode node = name != null ? name : NodeModelUtils.getNode(element);
		return node == null ? null : location(element.eResource(), node);
	}

	/** Every reference to {@code target} in the plans of {@code resources}, in file and text order. */
	public List<Location> references(EObject target, ResourceSet resources) {
		List<Location> found = new ArrayList<>();
		for (Resource resource : List.copyOf(resources.getResources())) {
			collectReferences(target, resource, found);
		}
		found.sort(Comparator.comparing((Location l) -> l.uri().toString()).thenComparingInt(Location::offset));
		return found;
	}

	/** The declaration and references of the element at an offset, within this file only. */
	public List<Location> occurrences(XtextResource resource, int offset) {
		EObject target = elementAt(resource, offset);
		if (target == null) {
			return List.of();
		}
		List<Location> found = new ArrayList<>();
		if (target.eResource() == resource) {
			found.add(declaration(target));
		}
		collectReferences(target, resource, found);
		found.sort(Comparator.comparingInt(Location::offset));
		return found;
	}

	private void collectReferences(EObject target, Resource resource, List<Location> found) {
		for (var contents = EcoreUtil.<EObject>getAllProperContents(resource, false); contents.hasNext();) {
			EObject source = contents.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> values = (List<EObject>) source.eGet(reference, true);
					for (int i = 0; i < values.size() && i < nodes.size(); i++) {
						if (values.get(i) == target) {
							found.add(location(resource, nodes.get(i)));
						}
					}
				} else if (!nodes.isEmpty() && source.eGet(reference, true) == target) {
					found.add(location(resource, nodes.get(0)));
				}
			}
		}
	}

	/** The node of an element's name (a file's: its package), or null for an element without one. */
	public static INode nameNode(EObject element) {
		EStructuralFeature name = nameFeature(element);
		if (name == null) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** The name of an element that has one (a file's: its package), or null. */
	public static String nameOf(EObject element) {
		if (element instanceof Named named) {
			return named.getName();
		}
		return element instanceof PlanFile file ? file.getName() : null;
	}

	/** The feature that holds an element's name: every named element is a Named; a file is named by its package. */
	public static EStructuralFeature nameFeature(EObject element) {
		if (element instanceof Named) {
			return CsiPackage.Literals.NAMED__NAME;
		}
		return element instanceof PlanFile ? CsiPackage.Literals.PLAN_FILE__NAME : null;
	}

	private static Location location(Resource resource, INode node) {
		return new Location(resource.getURI(), node.getOffset(), node.getLength(), node.getStartLine());
	}
}
