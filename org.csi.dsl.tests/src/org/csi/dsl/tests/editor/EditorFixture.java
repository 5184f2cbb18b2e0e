package org.csi.dsl.tests.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.ide.CsiIdeSetup;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.csi.dsl.tests.PlanSetFixture;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The editor's services as the Eclipse editor uses them, without a UI: an injector of the runtime
 * and ide modules, and a workspace of plans at {@code file:/plans/NAME}.
 */
public final class EditorFixture {

	/** Two plans of two packages that refer to each other, without syntax or linking errors. */
	public static final String SHOP = """
			package shop

			plan Shop "Web shop support"
			    owner Lead

			vision Happy "Happy customers"

			strategy Fast "Fix what blocks a purchase first"
			    supports Happy

			tactical goal Uptime "Keep checkout available"
			    supports Fast

			process Incidents "Incident management"

			role Lead "Support lead"
			    process-owner of Incidents

			should measure Restore "Time to restore checkout"
			    serves Uptime
			    unit minutes
			    every week
			""";

	public static final String OPS = """
			package ops

			import shop.*

			source Logs "Checkout logs"
			    owner Lead
			    provides Restore every week unit minutes

			gather shop.Restore
			    from Logs
			    every week
			""";

	private static Injector injector;

	private EditorFixture() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new CsiIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static URI uri(String name) {
		return URI.createURI("file:/plans/" + name);
	}

	/** A workspace with the plans given as name, text, name, text... judged on the tests' reference date. */
	public static PlanWorkspace workspace(String... namesAndTexts) {
		PlanWorkspace workspace = injector().getInstance(PlanWorkspace.class);
		workspace.setConfiguration(new CsiConfiguration(Map.of(), PlanSetFixture.REFERENCE_DATE, CsiConfiguration.Reports.DEFAULT, List.of()));
		Map<URI, String> texts = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			texts.put(uri(namesAndTexts[i]), namesAndTexts[i + 1]);
		}
		workspace.setTexts(texts, List.of());
		return workspace;
	}

	public static XtextResource resource(PlanWorkspace workspace, String name) {
		return workspace.resource(uri(name));
	}

	/** The findings of one plan as {@code line:column code: message}, in order. */
	public static List<String> findings(PlanWorkspace workspace, String name) {
		List<String> lines = new ArrayList<>();
		for (Issue issue : workspace.validate(uri(name), CancelIndicator.NullImpl)) {
			lines.add(issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getCode() + ": " + issue.getMessage());
		}
		return lines;
	}

	/** The offset of the {@code n}th (from 0) occurrence of {@code part} in {@code text}, plus {@code shift}. */
	public static int offset(String text, String part, int n, int shift) {
		int at = -1;
		for (int i = 0; i <= n; i++) {
			at = text.indexOf(part, at + 1);
			if (at < 0) {
				throw new AssertionError("'" + part + "' occurs fewer than " + (n + 1) + " times");
			}
		}
		return at + shift;
	}
}
