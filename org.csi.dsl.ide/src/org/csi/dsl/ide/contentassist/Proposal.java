package org.csi.dsl.ide.contentassist;

/**
 * One completion proposal: {@code replaceLength} characters at {@code replaceOffset} (the prefix
 * typed so far) become {@code text}. {@code kind} is keyword, reference or template.
 */
public record Proposal(String label, String text, int replaceOffset, int replaceLength, String kind, String description) {

	public static final String KEYWORD = "keyword";
	public static final String REFERENCE = "reference";
	public static final String TEMPLATE = "template";
}
