package org.csi.dsl.tests.editor;

import static org.csi.dsl.tests.editor.EditorFixture.*;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.csi.dsl.ide.highlighting.HighlightedRange;
import org.csi.dsl.ide.highlighting.LexicalHighlighter;
import org.csi.dsl.ide.highlighting.SemanticHighlighter;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.Test;

/** The colours of plan text: by token, and by what the parsed plan says. */
public class HighlightingTest {

	private static final String TEXT = """
			package t
			/* the plan */
			process Pr "Process"
			should measure M "Measure" // step 1
			    target 95% every week
			    baseline 80% as of 2026-01-31
			process M as "count"
			""";

	private static String render(String text, List<HighlightedRange> ranges) {
		return ranges.stream().map(r -> text.substring(r.offset(), r.end()) + "=" + r.style()).collect(Collectors.joining(" | "));
	}

	@Test
	public void tokensAreColouredByKind() {
		assertEquals("package=KEYWORD | /* the plan */=COMMENT | process=KEYWORD | \"Process\"=STRING | should=KEYWORD"
				+ " | measure=KEYWORD | \"Measure\"=STRING | // step 1\n=COMMENT | target=KEYWORD | 95=NUMBER | every=KEYWORD"
				+ " | week=KEYWORD | baseline=KEYWORD | 80=NUMBER | as=KEYWORD | of=KEYWORD | 2026-01-31=DATE | process=KEYWORD"
				+ " | as=KEYWORD | \"count\"=STRING", render(TEXT, new LexicalHighlighter().highlight(TEXT)));
	}

	@Test
	public void theOpeningKeywordTakesTheColourOfItsStep() {
		var workspace = workspace("t.csi", TEXT);
		SemanticHighlighter highlighter = injector().getInstance(SemanticHighlighter.class);
		assertEquals("process=STEP_STRATEGY | Pr=DECLARATION | should=STEP_SHOULD | M=DECLARATION | process=STEP_DATA | M=REFERENCE",
				render(TEXT, highlighter.highlight(resource(workspace, "t.csi"), CancelIndicator.NullImpl)));
	}

	@Test
	public void referencesAcrossFilesAndQualifiedNamesAreReferences() {
		var workspace = workspace("shop.csi", SHOP, "ops.csi", OPS);
		SemanticHighlighter highlighter = injector().getInstance(SemanticHighlighter.class);
		assertEquals("source=STEP_CAN | Logs=DECLARATION | Lead=REFERENCE | Restore=REFERENCE | gather=STEP_DATA | shop.Restore=REFERENCE"
				+ " | Logs=REFERENCE", render(OPS, highlighter.highlight(resource(workspace, "ops.csi"), CancelIndicator.NullImpl)));
	}

	@Test
	public void everyElementOfAnExampleOpensInItsStepColour() throws Exception {
		String text = java.nio.file.Files.readString(
				java.nio.file.Path.of(System.getProperty("csi.repository"), "examples/service-desk/measures.csi"));
		var workspace = workspace("measures.csi", text);
		SemanticHighlighter highlighter = injector().getInstance(SemanticHighlighter.class);
		String steps = highlighter.highlight(resource(workspace, "measures.csi"), CancelIndicator.NullImpl).stream()
				.filter(r -> r.style().name().startsWith("STEP_")).map(r -> text.substring(r.offset(), r.end()) + "=" + r.style())
				.collect(Collectors.joining(" | "));
		assertEquals("should=STEP_SHOULD | should=STEP_SHOULD | should=STEP_SHOULD | source=STEP_CAN | source=STEP_CAN", steps);
	}
}
