package org.csi.dsl.measures;

import java.nio.file.Path;

import org.csi.dsl.common.Finding;
import org.csi.dsl.config.CsiSettings;
import org.csi.dsl.validation.IssueFindings;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

import com.google.inject.Inject;

/**
 * Turns what the data steps found into findings the way validation findings are made: a
 * diagnostic at the plan clause that declares what went wrong, converted by Xtext's diagnostic
 * converter (the validators' position mapping) and then by {@link IssueFindings}, with the
 * severity the plan set's settings give the code ({@link CsiSettings#severity}, the lookup the
 * validators' severities come from).
 */
public class DataFindings {

	@Inject
	private IDiagnosticConverter converter;

	/** The finding, or null when the plan set's settings ignore the code. */
	public Finding at(EObject element, EStructuralFeature feature, String code, String message) {
		int severity = switch (CsiSettings.of(element).severity(code)) {
		case "ignore" -> -1;
		case "error" -> Diagnostic.ERROR;
		case "warning" -> Diagnostic.WARNING;
		default -> Diagnostic.INFO;
		};
		if (severity < 0) {
			return null;
		}
		Issue[] converted = new Issue[1];
		converter.convertValidatorDiagnostic(new FeatureBasedDiagnostic(severity, message, element, feature,
				ValidationMessageAcceptor.INSIGNIFICANT_INDEX, CheckType.NORMAL, code), issue -> converted[0] = issue);
		return IssueFindings.toFinding(Path.of(element.eResource().getURI().toFileString()), converted[0]);
	}

	/** The first line of a driver's message, ending with a full stop. */
	public static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		String line = message.strip().lines().findFirst().orElse("");
		return line.endsWith(".") ? line : line + ".";
	}
}
