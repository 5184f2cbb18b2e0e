package org.csi.dsl.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.csi.dsl.csi.CsiPackage;
import org.csi.dsl.csi.Element;
import org.csi.dsl.csi.Goal;
import org.csi.dsl.csi.ItsmProcess;
import org.csi.dsl.csi.PlanFile;
import org.csi.dsl.csi.Quantity;
import org.csi.dsl.csi.Role;
import org.csi.dsl.csi.Service;
import org.csi.dsl.csi.CriticalSuccessFactor;
import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.csi.Source;
import org.csi.dsl.csi.Step;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.csi.dsl.services.CsiGrammarAccess;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineCodeCommentReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;

import com.google.inject.Inject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;

/**
 * The one canonical layout of a plan: the header line of an element first, then each of its
 * clauses on a line of its own, indented by four spaces; one space between tokens; no space
 * before commas or a percent sign; a blank line between elements, except inside a run of
 * one-line declarations of the same kind (goals, roles, services). Comments stay where
 * they are.
 */
public class CsiFormatter extends AbstractJavaFormatter {

	private static final CsiPackage P = CsiPackage.eINSTANCE;

	/** The keywords that open a clause on its own line, per kind of element. */
	private static final Map<EClass, String[]> CLAUSES = Map.ofEntries(
			Map.entry(P.getPlan(), new String[] { "period", "owner", "description" }),
			Map.entry(P.getVision(), new String[] { "description" }),
			Map.entry(P.getStrategy(), new String[] { "description" }),
			Map.entry(P.getTacticalGoal(), new String[] { "description" }),
			Map.entry(P.getOperationalGoal(), new String[] { "description" }),
			Map.entry(P.getService(), new String[] { "description" }),
			Map.entry(P.getItsmProcess(), new String[] { "description" }),
			Map.entry(P.getShouldMeasure(), new String[] { "serves", "kpi", "kind", "unit", "target", "tolerance", "every", "per",
					"baseline", "benchmark", "trend", "minimum", "changed", "description" }),
			Map.entry(P.getSource(), new String[] { "owner", "description", "data" }),
			Map.entry(P.getGather(), new String[] { "how", "check" }),
			Map.entry(P.getProcessing(), new String[] { "compute", "query" }),
			Map.entry(P.getPresentation(), new String[] { "feeds" }),
			Map.entry(P.getAction(), new String[] { "addresses", "owner", "raised", "due", "completed", "priority", "size", "type", "status",
					"justification", "outcome" }),
			Map.entry(P.getGapAcceptance(), new String[] { "until", "because" }));

	private static final String INDENTATION = "    ";

	@Inject
	private CsiGrammarAccess grammar;

	@Override
	protected void initialize(FormatterRequest request) {
		// One canonical layout, whatever the caller's preferences say about indentation.
		MapBasedPreferenceValues values = new MapBasedPreferenceValues(request.getPreferences(),
				Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION));
		request.setPreferences(TypedPreferenceValues.castOrWrap(values));
		super.initialize(request);
	}

	/**
	 * Comments are kept exactly as written; only the space around them is formatted. (Xtext's
	 * replacers would re-indent the lines of a block comment and turn "//    x" into "// x", which
	 * loses the alignment of a commented-out clause.) A line comment at the start of its line
	 * stays there; an indented one is indented with the clauses.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getGrammarElement() == grammar.getML_COMMENTRule()) {
			return new MultilineCommentReplacer(comment, '*') {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		if (comment.getGrammarElement() == grammar.getSL_COMMENTRule()) {
			if (comment.getLineRegions().get(0).getIndentation().getLength() == 0) {
				return new SinglelineCodeCommentReplacer(comment, "//") {
					@Override
					public ITextReplacerContext createReplacements(ITextReplacerContext context) {
						return context;
					}
				};
			}
			return new SinglelineDocCommentReplacer(comment, "//") {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		return super.createCommentReplacer(comment);
	}

	protected void format(PlanFile file, IFormattableDocument doc) {
		boolean first = true;
		for (ISemanticRegion region : allSemanticRegions(file)) {
			if (first) {
				first = false; // the start of the file keeps its header comment, and gets no space
				continue;
			}
			doc.prepend(region, f -> {
				f.oneSpace();
				f.lowPriority();
			});
		}
		for (ISemanticRegion comma : allRegionsFor(file).keywords(",")) {
			doc.prepend(comma, f -> f.noSpace());
		}
		ISemanticRegion packageKeyword = regionFor(file).keyword("package");
		EObject previous = null;
		if (packageKeyword != null) {
			previous = file;
		}
		for (int i = 0; i < file.getImports().size(); i++) {
			int newLines = i == 0 && packageKeyword != null ? 2 : 1;
			doc.prepend(file.getImports().get(i), f -> f.setNewLines(newLines));
			previous = file.getImports().get(i);
		}
		for (Element element : file.getElements()) {
			if (previous != null) {
				int newLines = sameRun(previous, element) ? 1 : 2;
				doc.prepend(element, f -> f.setNewLines(newLines));
			}
			formatElement(element, doc);
			previous = element;
		}
		IEObjectRegion whole = regionForEObject(file);
		if (whole != null && whole.getNextHiddenRegion() != null && !file.getElements().isEmpty()) {
			doc.set(whole.getNextHiddenRegion(), f -> f.setNewLines(1));
		}
	}

	/**
	 * One-line declarations of the same kind stay together without blank lines, and so do
	 * the steps 3-6 of one measure.
	 */
	private static boolean sameRun(EObject previous, Element element) {
		if (previous instanceof Step a && element instanceof Step b) {
			return measureOf(a) != null && measureOf(a).equals(measureOf(b));
		}
		if (!isOneLiner(previous) || !isOneLiner(element)) {
			return false;
		}
		if (previous instanceof Goal && element instanceof Goal) {
			return true;
		}
		return previous.eClass() == element.eClass();
	}

	/** The measure a step is about, as written (resolving it is not the formatter's job). */
	private static String measureOf(Step step) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(step, step.eClass().getEStructuralFeature("measure"));
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static boolean isOneLiner(EObject object) {
		if (object instanceof Goal goal) {
			return goal.getDescription() == null;
		}
		if (object instanceof Service service) {
			return service.getDescription() == null;
		}
		if (object instanceof ItsmProcess process) {
			return process.getDescription() == null;
		}
		return object instanceof Role || object instanceof CriticalSuccessFactor;
	}

	private void formatElement(Element element, IFormattableDocument doc) {
		List<ISemanticRegion> starters = new ArrayList<>();
		String[] clauses = CLAUSES.get(element.eClass());
		if (clauses != null) {
			starters.addAll(regionFor(element).keywords(clauses));
		}
		if (element instanceof ShouldMeasure measure) {
			starters.addAll(regionFor(element).features(P.getShouldMeasure_Direction()));
			starters.addAll(firstRegionsOf(measure.getTriggers()));
		}
		if (element instanceof Source source) {
			starters.addAll(firstRegionsOf(source.getProvides()));
		}
		starters.sort(Comparator.comparingInt(ISemanticRegion::getOffset));
		for (ISemanticRegion starter : starters) {
			doc.prepend(starter, f -> f.newLine());
		}
		if (!starters.isEmpty()) {
			doc.set(starters.get(0).getPreviousHiddenRegion(), regionForEObject(element).getNextHiddenRegion(), f -> f.indent());
		}
		for (EObject child : element.eContents()) {
			if (child instanceof Quantity quantity) {
				formatQuantity(quantity, doc);
			} else {
				for (EObject grandChild : child.eContents()) {
					if (grandChild instanceof Quantity quantity) {
						formatQuantity(quantity, doc);
					}
				}
			}
		}
	}

	/** The first token of each of these clause objects (a source's provisions, a measure's triggers). */
	private List<ISemanticRegion> firstRegionsOf(List<? extends EObject> clauses) {
		List<ISemanticRegion> first = new ArrayList<>();
		for (EObject clause : clauses) {
			IEObjectRegion region = regionForEObject(clause);
			ISemanticRegion semantic = region == null ? null : firstSemanticRegion(region);
			if (semantic != null) {
				first.add(semantic);
			}
		}
		return first;
	}

	private static ISemanticRegion firstSemanticRegion(IEObjectRegion region) {
		for (ISemanticRegion semantic : region.getAllSemanticRegions()) {
			return semantic;
		}
		return null;
	}

	/** "95%" but "4 hours". */
	private void formatQuantity(Quantity quantity, IFormattableDocument doc) {
		if ("%".equals(quantity.getUnit())) {
			ISemanticRegion unit = regionFor(quantity).feature(P.getQuantity_Unit());
			if (unit != null) {
				doc.prepend(unit, f -> f.noSpace());
			}
		}
	}
}
