package org.csi.report;

import org.csi.report.view.Markup;
import org.eclipse.xtend2.lib.StringConcatenationClient;
import org.eclipse.xtend2.lib.StringConcatenationClient.TargetStringConcatenation;

/**
 * The page a report template writes, exactly as the template says it. A template is an Xtend
 * rich string returned as a {@link StringConcatenationClient}; written here (instead of into
 * Xtend's own {@code StringConcatenation}):
 * <ul>
 * <li>every line the template ends ends in {@code \n}, on every platform (not in the platform's
 * line separator);</li>
 * <li>a value is written as it is: line breaks of its own (a description's {@code \r\n}) stay as
 * they are;</li>
 * <li>a line that holds a value ends in a line break even when the value is empty; a line on
 * which nothing was written (an {@code IF} that did not hold, a nested template that ended its own
 * lines) leaves nothing;</li>
 * <li>a {@code SEPARATOR} is written where it comes, right after the text before it.</li>
 * </ul>
 * It takes text, numbers, {@link Markup} and nested templates, and refuses anything else (and
 * indentation, which no report has), so that nothing reaches a page through its
 * {@code toString()}.
 */
final class TemplateText implements TargetStringConcatenation {

	private final StringBuilder text = new StringBuilder(32 * 1024);
	private boolean lineWritten;

	private TemplateText() {
	}

	/** The text of a whole page. */
	static String of(StringConcatenationClient template) {
		TemplateText page = new TemplateText();
		page.append(template);
		return page.text.toString();
	}

	@Override
	public void append(Object value) {
		if (value instanceof StringConcatenationClient template) {
			StringConcatenationClient.appendTo(template, this);
			return;
		}
		if (value instanceof String || value instanceof Integer || value instanceof Markup) {
			text.append(value);
			lineWritten = true;
			return;
		}
		throw new IllegalArgumentException("a report template writes text, numbers, markup or templates, not " + value);
	}

	@Override
	public void append(Object value, String indentation) {
		if (!indentation.isEmpty()) {
			throw new IllegalArgumentException("a report template writes no indentation: '" + indentation + "' before " + value);
		}
		append(value);
	}

	@Override
	public void appendImmediate(Object separator, String indentation) {
		append(separator, indentation);
	}

	@Override
	public void newLine() {
		text.append('\n');
		lineWritten = false;
	}

	@Override
	public void newLineIfNotEmpty() {
		if (lineWritten) {
			newLine();
		}
	}

	@Override
	public int length() {
		return text.length();
	}

	@Override
	public char charAt(int index) {
		return text.charAt(index);
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		return text.subSequence(start, end);
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
