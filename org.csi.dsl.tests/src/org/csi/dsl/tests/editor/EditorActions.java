package org.csi.dsl.tests.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.csi.dsl.ide.contentassist.CsiContentAssist;
import org.csi.dsl.ide.contentassist.Proposal;
import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.navigation.Navigation;
import org.csi.dsl.ide.quickfix.QuickFix;
import org.csi.dsl.ide.quickfix.QuickFixes;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.headless.PlanFormatter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * What the user asks the editor for besides typing, done as the Eclipse editor does it on the
 * workspace's copy of the plan: content assist (and taking a proposal), a quick fix, formatting,
 * marking the occurrences of the element under the cursor. What changes the text comes back as the
 * edits the document records.
 */
final class EditorActions {

	private final CsiContentAssist assist = EditorFixture.injector().getInstance(CsiContentAssist.class);

	private final QuickFixes quickFixes = EditorFixture.injector().getInstance(QuickFixes.class);

	private final PlanFormatter formatter = EditorFixture.injector().getInstance(PlanFormatter.class);

	private final Navigation navigation = EditorFixture.injector().getInstance(Navigation.class);

	/** Content assist at {@code offset}; a proposal taken when there is one and {@code take}, else null. */
	RandomTyping.Typed contentAssist(PlanWorkspace workspace, URI uri, String text, int offset, Random random) {
		List<Proposal> proposals = workspace.write(set -> assist.proposals(resource(set, uri), text, offset));
		if (proposals.isEmpty() || random.nextBoolean()) {
			return null;
		}
		Proposal proposal = proposals.get(random.nextInt(proposals.size()));
		TextEdit edit = new TextEdit(proposal.replaceOffset(), proposal.replaceLength(), proposal.text());
		return new RandomTyping.Typed("take the proposal '" + proposal.label() + "' at " + offset, List.of(edit),
				TextEdit.apply(text, List.of(edit)));
	}

	/** One of the quick fixes of the file's findings, or null when there is none. */
	RandomTyping.Typed quickFix(PlanWorkspace workspace, URI uri, String text, Random random) {
		List<QuickFix> fixes = workspace.write(set -> {
			List<QuickFix> all = new ArrayList<>();
			for (Issue issue : workspace.validate(uri, CancelIndicator.NullImpl)) {
				all.addAll(quickFixes.fixes(resource(set, uri), issue));
			}
			return all;
		});
		if (fixes.isEmpty()) {
			return null;
		}
		QuickFix fix = fixes.get(random.nextInt(fixes.size()));
		// as the editor applies them: the last first, so that each offset is still right when its turn comes
		List<TextEdit> edits = fix.edits().stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList();
		String after = text;
		for (TextEdit edit : edits) {
			after = TextEdit.apply(after, List.of(edit));
		}
		return new RandomTyping.Typed("apply the quick fix '" + fix.label() + "'", edits, after);
	}

	/** The file formatted, as one edit of the part that changes; null when it cannot be or already is. */
	RandomTyping.Typed format(PlanWorkspace workspace, URI uri, String text) {
		String formatted = workspace.write(set -> formatter.format(resource(set, uri)));
		if (formatted == null || formatted.equals(text)) {
			return null;
		}
		TextEdit edit = RandomTyping.difference(text, formatted);
		return new RandomTyping.Typed("format", List.of(edit), formatted);
	}

	/** Marks the occurrences of the element at {@code offset}; says how many. */
	String occurrences(PlanWorkspace workspace, URI uri, int offset) {
		int found = workspace.read(set -> navigation.occurrences(resource(set, uri), offset).size());
		return "mark the " + found + " occurrences at " + offset;
	}

	private static XtextResource resource(org.eclipse.emf.ecore.resource.ResourceSet set, URI uri) {
		return (XtextResource) set.getResource(uri, false);
	}
}
