package org.csi.dsl.ide.quickfix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.OperationalGoal;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Role;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Strategy;
import org.csi.dsl.csi.TacticalGoal;
import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The fixes offered for a finding, where the fix is clear: make an unmeasurable measure measurable
 * with a source, raise an action that tracks a gap, accept a gap, give an action an owner or a due
 * date, give a process an owner, create an element a reference names but nobody declared. Every
 * fix inserts text laid out as the formatter would lay it out.
 */
public class QuickFixes {

	private static final String INDENT = "    ";

	/**
	 * The codes of the findings that may have fixes: the one list that the editor's annotations,
	 * its Ctrl+1 and the Problems view's Quick Fix ask.
	 */
	private static final Set<String> FIXABLE = Set.of(IssueCodes.GAP_NO_SOURCE, IssueCodes.GAP_FREQUENCY, IssueCodes.GAP_UNIT,
			IssueCodes.GAP_BREAKDOWN, IssueCodes.ACTION_NO_OWNER, IssueCodes.ACTION_NO_DUE_DATE, IssueCodes.PROCESS_NO_OWNER,
			IssueCodes.UNRESOLVED);

	/** How many roles are offered as owners of an action; more would hide the list. */
	private static final int MAX_OWNER_CHOICES = 5;

	@Inject
	private EObjectAtOffsetHelper offsetHelper;

	/** Whether findings with this code may have a fix; the fixes themselves are computed on demand. */
	public static boolean isFixable(String code) {
		return code != null && FIXABLE.contains(code);
	}

	/** The fixes for {@code issue}, a finding of {@code resource}; empty when none is clear. */
	public List<QuickFix> fixes(XtextResource resource, Issue issue) {
		List<QuickFix> fixes = new ArrayList<>();
		String code = issue.getCode();
		if (code == null) {
			return fixes;
		}
		if (code.equals(IssueCodes.UNRESOLVED)) {
			createMissing(resource, issue, fixes);
			return fixes;
		}
		EObject element = issue.getUriToProblem() == null ? null : resource.getEObject(issue.getUriToProblem().fragment());
		if (element instanceof ShouldMeasure measure) {
			switch (code) {
			case IssueCodes.GAP_NO_SOURCE -> {
				fixes.add(addSource(measure));
				fixes.add(raiseAction(measure, "coverage"));
				fixes.add(acceptGap(measure, "coverage"));
			}
			case IssueCodes.GAP_FREQUENCY, IssueCodes.GAP_UNIT, IssueCodes.GAP_BREAKDOWN -> {
				String kind = code.substring(code.lastIndexOf('.') + 1);
				fixes.add(raiseAction(measure, kind));
				fixes.add(acceptGap(measure, kind));
			}
			default -> {
			}
			}
		} else if (element instanceof Action action) {
			if (code.equals(IssueCodes.ACTION_NO_OWNER)) {
				addOwner(action, fixes);
			} else if (code.equals(IssueCodes.ACTION_NO_DUE_DATE)) {
				LocalDate due = CsiSettings.of(action).getReferenceDate().plusDays(30);
				fixes.add(new QuickFix("Add due date " + due + " (30 days from today)", List.of(appendClause(action, "due " + due))));
			}
		} else if (element instanceof ItsmProcess process && code.equals(IssueCodes.PROCESS_NO_OWNER)) {
			String role = process.getName() + "Owner";
			fixes.add(new QuickFix("Add role '" + role + "', process owner of '" + process.getName() + "'",
					List.of(insertAfter(process, "role " + role + " \"Owner of " + escape(titleOf(process)) + "\" process-owner of "
							+ process.getName()))));
		}
		return fixes;
	}

	private QuickFix addSource(ShouldMeasure measure) {
		String name = measure.getName() + "Source";
		StringBuilder text = new StringBuilder("source " + name + " \"Source of " + escape(titleOf(measure)) + "\"\n");
		text.append(INDENT).append("provides ").append(measure.getName());
		if (measure.getFrequency() != null && isSet(measure, CsiPackage.Literals.SHOULD_MEASURE__FREQUENCY)) {
			text.append(" every ").append(measure.getFrequency().getLiteral());
		}
		if (measure.getUnit() != null) {
			text.append(" unit ").append(measure.getUnit());
		}
		if (!measure.getBreakdown().isEmpty()) {
			text.append(" per ").append(String.join(", ", measure.getBreakdown()));
		}
		return new QuickFix("Add source '" + name + "' that provides '" + measure.getName() + "'",
				List.of(insertAfter(measure, text.toString())));
	}

	private QuickFix raiseAction(ShouldMeasure measure, String kind) {
		String name = "Close" + Labels.capitalized(kind) + "GapOf" + measure.getName();
		String text = "action " + name + " \"Close the " + kind + " gap of " + escape(titleOf(measure)) + "\"\n" + INDENT
				+ "addresses " + kind + " gap of " + measure.getName() + "\n" + INDENT + "status new";
		return new QuickFix("Raise action '" + name + "' that addresses the " + kind + " gap", List.of(insertAfter(measure, text)));
	}

	private QuickFix acceptGap(ShouldMeasure measure, String kind) {
		String text = "accept " + kind + " gap of " + measure.getName() + "\n" + INDENT
				+ "because \"Why the team lives with this gap\"";
		return new QuickFix("Accept the " + kind + " gap of '" + measure.getName() + "'", List.of(insertAfter(measure, text)));
	}

	private void addOwner(Action action, List<QuickFix> fixes) {
		List<Role> roles = new ArrayList<>();
		for (Resource resource : action.eResource().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanFile file) {
				file.getElements().stream().filter(Role.class::isInstance).map(Role.class::cast).forEach(roles::add);
			}
		}
		roles.sort((a, b) -> String.valueOf(a.getName()).compareTo(String.valueOf(b.getName())));
		for (Role role : roles.subList(0, Math.min(MAX_OWNER_CHOICES, roles.size()))) {
			String reference = referenceTo(role, action);
			fixes.add(new QuickFix("Set owner to '" + reference + "'", List.of(appendClause(action, "owner " + reference))));
		}
	}

	private void createMissing(XtextResource resource, Issue issue, List<QuickFix> fixes) {
		INode node = offsetHelper.getCrossReferenceNode(resource, new TextRegion(issue.getOffset(), issue.getLength()));
		if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
			return;
		}
		String name = NodeModelUtils.getTokenText(node);
		if (!name.matches("\\^?[A-Za-z_][A-Za-z0-9_]*")) {
			return; // a qualified name belongs to another package: the fix would guess the file
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		EReference reference = GrammarUtil.getReference(crossReference, owner.eClass());
		String keyword = declarationKeyword(owner, reference == null ? null : reference.getEReferenceType());
		if (keyword == null) {
			return;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		String separator = text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
		fixes.add(new QuickFix("Create " + keyword.replace("should measure", "should-measure") + " '" + name + "'",
				List.of(new TextEdit(text.length(), 0, separator + keyword + " " + name + " \"" + name + "\"\n"))));
	}

	/** The keyword that declares an element of the referenced type, or null when none fits. */
	private static String declarationKeyword(EObject owner, EClass type) {
		if (type == null) {
			return null;
		}
		CsiPackage p = CsiPackage.eINSTANCE;
		if (type == p.getGoal()) {
			if (owner instanceof Strategy) return "vision";
			if (owner instanceof TacticalGoal) return "strategy";
			if (owner instanceof OperationalGoal) return "tactical goal";
			return null;
		}
		if (type == p.getShouldMeasure() || type == p.getAddressable()) return "should measure";
		if (type == p.getRole()) return "role";
		if (type == p.getSource()) return "source";
		if (type == p.getService() || type == p.getSubject()) return "service";
		if (type == p.getItsmProcess()) return "process";
		return null;
	}

	/** A new clause on its own line at the end of an element. */
	private static TextEdit appendClause(EObject element, String clause) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return new TextEdit(node.getEndOffset(), 0, "\n" + INDENT + clause);
	}

	/** A new element after {@code element}, separated by a blank line. */
	private static TextEdit insertAfter(EObject element, String text) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return new TextEdit(node.getEndOffset(), 0, "\n\n" + text);
	}

	/** The shortest name that reaches {@code target} from where {@code context} stands. */
	private static String referenceTo(Named target, EObject context) {
		String targetPackage = packageOf(target);
		String name = String.valueOf(target.getName());
		return targetPackage == null || targetPackage.equals(packageOf(context)) ? name : targetPackage + "." + name;
	}

	private static String packageOf(EObject element) {
		EObject root = element;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		return root instanceof PlanFile file ? file.getName() : null;
	}

	private static boolean isSet(EObject element, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
	}

	private static String titleOf(Named element) {
		return element.getTitle() != null ? element.getTitle() : String.valueOf(element.getName());
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
