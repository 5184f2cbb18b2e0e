package org.csi.dsl.ui.findings;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** A finding of the text being typed, shown in the editor like a problem marker. */
public class CsiAnnotation extends Annotation implements IQuickFixableAnnotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Issue issue;
	private boolean fixable;

	public CsiAnnotation(Issue issue, boolean fixable) {
		super(typeOf(issue.getSeverity()), false, issue.getMessage());
		this.issue = issue;
		this.fixable = fixable;
	}

	public Issue getIssue() {
		return issue;
	}

	private static String typeOf(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	@Override
	public void setQuickFixable(boolean state) {
		fixable = state;
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return fixable;
	}
}
