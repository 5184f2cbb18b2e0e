package org.csi.headless;

import org.csi.dsl.analysis.RepeatedClauses;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a parsed plan file with the language's formatter (the one the editor uses) and
 * returns the new text. A file with syntax errors is not formatted: its meaning is unclear.
 */
public class PlanFormatter {

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	/**
	 * The formatted text, or null when the file has syntax errors, words the parser skipped, or
	 * repeats a clause (which of the two stays would be a guess).
	 */
	public String format(XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return null;
		}
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof org.csi.dsl.csi.PlanFile file
				&& !file.getUnknown().isEmpty()) {
			return null;
		}
		if (!resource.getContents().isEmpty() && RepeatedClauses.anyIn(resource.getContents().get(0))) {
			return null;
		}
		if (resource.getContents().isEmpty()) {
			// an empty file, or one with nothing but comments: nothing to lay out
			return resource.getParseResult().getRootNode() == null ? "" : resource.getParseResult().getRootNode().getText();
		}
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatter.format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
