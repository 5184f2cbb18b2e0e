package org.csi.dsl.ide.quickfix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csi.dsl.analysis.Labels;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.csi.Action;
import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.Named;
import org.csi.dsl.csi.OperationalGoal;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Strategy;
import org.csi.dsl.csi.TacticalGoal;
import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.scoping.VisibleNames;
import org.csi.dsl.validation.IssueCodes;
import org.csi.dsl.validation.Spelling;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
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
 * date, record the outcome the data shows for a completed action, give a process an owner, correct a reference to a similar name or create the element it
 * names. Every fix inserts text laid out as the formatter would lay it out, and every reference it
 * inserts by the shortest name that resolves from the plan ({@link VisibleNames}).
 */
public class QuickFixes {

	/**
	 * The codes of the findings that may have fixes: the one list that the editor's annotations,
	 * its Ctrl+1 and the Problems view's Quick Fix ask.
	 */
	private static final Set<String> FIXABLE = Set.of(IssueCodes.GAP_NO_SOURCE, IssueCodes.GAP_FREQUENCY, IssueCodes.GAP_UNIT,
			IssueCodes.GAP_BREAKDOWN, IssueCodes.ACTION_NO_OWNER, IssueCodes.ACTION_NO_DUE_DATE, IssueCodes.PROCESS_NO_OWNER,
			IssueCodes.UNRESOLVED, IssueCodes.DATA_ACTION_IMPROVED, IssueCodes.DATA_ACTION_NO_CHANGE, IssueCodes.DATA_ACTION_WORSENED);

	/** The findings from the data that are about an action (the verdicts), which the editor's validation cannot find again. */
	private static final Set<String> VERDICTS = Set.of(IssueCodes.DATA_ACTION_IMPROVED, IssueCodes.DATA_ACTION_NO_CHANGE,
			IssueCodes.DATA_ACTION_WORSENED);

	/** How many similar names are offered for a reference that resolves to nothing. */
	private static final int MAX_SIMILAR_NAMES = 5;

	private static final String INDENT = "    ";

	/** How many roles are offered as owners of an action; more would hide the list. */
	private static final int MAX_OWNER_CHOICES = 5;

	@Inject
	private EObjectAtOffsetHelper offsetHelper;

	@Inject
	private VisibleNames visibleNames;

	/** Whether findings with this code may have fixes; the fixes themselves are computed on demand. */
	public static boolean isFixable(String code) {
		return code != null && FIXABLE.contains(code);
	}

	/** Whether the code is a verdict of the data on an action: its finding is made by a data run, not by validation. */
	public static boolean isVerdict(String code) {
		return code != null && VERDICTS.contains(code);
	}

	/** The codes of the findings that may have fixes. */
	public static Set<String> fixableCodes() {
		return FIXABLE;
	}

	/** The fixes for {@code issue}, a finding of {@code resource}; empty when none is clear. */
	public List<QuickFix> fixes(XtextResource resource, Issue issue) {
		List<QuickFix> fixes = new ArrayList<>();
		String code = issue.getCode();
		if (code == null) {
			return fixes;
		}
		if (code.equals(IssueCodes.UNRESOLVED)) {
			fixReference(resource, issue, fixes);
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
			} else if (isVerdict(code) && action.getOutcome() == null) {
				String outcome = code.equals(IssueCodes.DATA_ACTION_IMPROVED) ? "succeeded" : "failed";
				fixes.add(new QuickFix("Record the outcome the data shows: 'outcome " + outcome + "'",
						List.of(appendClause(action, "outcome " + outcome))));
			}
		} else if (element instanceof ItsmProcess process && code.equals(IssueCodes.PROCESS_NO_OWNER)) {
			String role = process.getName() + "Owner";
			fixes.add(new QuickFix("Add role '" + role + "', process owner of '" + process.getName() + "'",
					List.of(insertAfter(process, "role " + role + " \"Owner of " + escape(titleOf(process)) + "\" process-owner of "
							+ nameOf(process, process, CsiPackage.Literals.ROLE__PROCESS)))));
		}
		return fixes;
	}

	private QuickFix addSource(ShouldMeasure measure) {
		String name = measure.getName() + "Source";
		StringBuilder text = new StringBuilder("source " + name + " \"Source of " + escape(titleOf(measure)) + "\"\n");
		text.append(INDENT).append("provides ").append(nameOf(measure, measure, CsiPackage.Literals.PROVISION__MEASURE));
		if (org.csi.dsl.analysis.Cadence.of(measure) != null) {
			text.append(" ").append(org.csi.dsl.analysis.Cadence.of(measure).every());
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
				+ "addresses " + kind + " gap of " + nameOf(measure, measure, CsiPackage.Literals.ADDRESSED__ELEMENT) + "\n" + INDENT
				+ "status new";
		return new QuickFix("Raise action '" + name + "' that addresses the " + kind + " gap", List.of(insertAfter(measure, text)));
	}

	private QuickFix acceptGap(ShouldMeasure measure, String kind) {
		String text = "accept " + kind + " gap of " + nameOf(measure, measure, CsiPackage.Literals.GAP_ACCEPTANCE__MEASURE) + "\n" + INDENT
				+ "because \"Why the team lives with this gap\"";
		return new QuickFix("Accept the " + kind + " gap of '" + measure.getName() + "'", List.of(insertAfter(measure, text)));
	}

	/** One fix per role the action may name as its owner, those in reach by a short name first. */
	private void addOwner(Action action, List<QuickFix> fixes) {
		List<VisibleNames.Visible> roles = visibleNames.visible(action, CsiPackage.Literals.ACTION__OWNER);
		for (VisibleNames.Visible role : roles.subList(0, Math.min(MAX_OWNER_CHOICES, roles.size()))) {
			fixes.add(new QuickFix("Set owner to '" + role.shortest() + "'", List.of(appendClause(action, "owner " + role.shortest()))));
		}
	}

	/** A reference that resolves to nothing: the similar names it may have meant, then the element it names, created. */
	private void fixReference(XtextResource resource, Issue issue, List<QuickFix> fixes) {
		INode node = offsetHelper.getCrossReferenceNode(resource, new TextRegion(issue.getOffset(), issue.getLength()));
		if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
			return;
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		EReference reference = owner == null ? null : GrammarUtil.getReference(crossReference, owner.eClass());
		if (reference == null) {
			return;
		}
		String typed = NodeModelUtils.getTokenText(node);
		similarNames(owner, reference, typed).forEach(name -> fixes.add(
				new QuickFix("Change to '" + name + "'", List.of(new TextEdit(node.getOffset(), node.getLength(), name)))));
		if (!typed.matches("\\^?[A-Za-z_][A-Za-z0-9_]*")) {
			return; // a qualified name belongs to another package: creating it would guess the file
		}
		String text = resource.getParseResult().getRootNode().getText();
		for (EClass kind : kindsToCreate(owner, reference.getEReferenceType())) {
			String declaration = declaration(kind, typed, owner);
			if (declaration != null) {
				boolean run = followsInARun(resource, kind);
				String separator = text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? (run ? "" : "\n") : run ? "\n" : "\n\n";
				fixes.add(new QuickFix("Create " + Labels.kindOf(kind) + " '" + typed + "'",
						List.of(new TextEdit(text.length(), 0, separator + declaration + "\n"))));
			}
		}
	}

	/**
	 * Whether a one-line declaration of {@code kind} at the end joins the last element's run, as
	 * the formatter keeps one-line goals together, and one-line services, processes, roles or CSFs
	 * of one kind: then no blank line goes between them.
	 */
	private static boolean followsInARun(XtextResource resource, EClass kind) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanFile file)
				|| file.getElements().isEmpty()) {
			return false;
		}
		CsiPackage p = CsiPackage.eINSTANCE;
		EObject last = file.getElements().get(file.getElements().size() - 1);
		boolean goal = p.getGoal().isSuperTypeOf(kind);
		if (goal || kind == p.getService() || kind == p.getItsmProcess()) {
			Object description = last.eClass().getEStructuralFeature("description") == null ? null
					: last.eGet(last.eClass().getEStructuralFeature("description"));
			return description == null && (goal ? last instanceof Goal : last.eClass() == kind);
		}
		return (kind == p.getRole() || kind == p.getCriticalSuccessFactor()) && last.eClass() == kind;
	}

	/** The shortest names of the elements the reference may name that are spelled like {@code typed}, closest first. */
	private List<String> similarNames(EObject owner, EReference reference, String typed) {
		String word = typed.toLowerCase(Locale.ROOT);
		int allowed = typed.length() <= 4 ? 1 : 2;
		record Similar(String name, int distance) {
		}
		List<Similar> similar = new ArrayList<>();
		for (VisibleNames.Visible visible : visibleNames.visible(owner, reference)) {
			int distance = visible.names().stream().mapToInt(name -> Spelling.distance(word, name.toLowerCase(Locale.ROOT))).min()
					.orElse(Integer.MAX_VALUE);
			if (distance <= allowed && !visible.names().contains(typed)) {
				similar.add(new Similar(visible.shortest(), distance));
			}
		}
		similar.sort(Comparator.comparingInt(Similar::distance).thenComparing(Similar::name));
		return similar.stream().limit(MAX_SIMILAR_NAMES).map(Similar::name).toList();
	}

	/**
	 * The kinds of element a reference of {@code type} from {@code owner} may name: one, or for a
	 * measure's goal both levels a measure may serve.
	 */
	private static List<EClass> kindsToCreate(EObject owner, EClass type) {
		CsiPackage p = CsiPackage.eINSTANCE;
		if (type == p.getGoal()) {
			if (owner instanceof Strategy) return List.of(p.getVision());
			if (owner instanceof TacticalGoal) return List.of(p.getStrategy());
			if (owner instanceof OperationalGoal) return List.of(p.getTacticalGoal());
			return List.of(p.getTacticalGoal(), p.getOperationalGoal());
		}
		if (type == p.getAddressable()) return List.of(p.getShouldMeasure());
		if (type == p.getSubject()) return List.of(p.getService());
		return List.of(type);
	}

	/**
	 * The least declaration of a {@code kind} named {@code name}: its keyword, name and title; a CSF
	 * also needs what it is for, the first service or process the plan can name (null when there is none).
	 */
	private String declaration(EClass kind, String name, EObject owner) {
		CsiPackage p = CsiPackage.eINSTANCE;
		// the keyword is the kind's name, but for these two
		String keyword = kind == p.getShouldMeasure() ? "should measure" : kind == p.getCriticalSuccessFactor() ? "csf" : Labels.kindOf(kind);
		String head = keyword + " " + name + " \"" + name + "\"";
		if (kind == p.getCriticalSuccessFactor()) {
			List<VisibleNames.Visible> subjects = visibleNames.visible(owner, CsiPackage.Literals.CRITICAL_SUCCESS_FACTOR__SUBJECT);
			return subjects.isEmpty() ? null : head + " for " + subjects.get(0).shortest();
		}
		return head;
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

	/** The shortest name by which a {@code reference} written in {@code context} reaches {@code target}. */
	private String nameOf(Named target, EObject context, EReference reference) {
		String name = visibleNames.shortestName(target, context, reference);
		return name != null ? name : String.valueOf(target.getName());
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
