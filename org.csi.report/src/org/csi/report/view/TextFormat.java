package org.csi.report.view;

import java.util.regex.Pattern;

import org.csi.dsl.common.Escape;
import org.csi.dsl.common.Figures;

/**
 * How the views write a value of the plan in one report format. Every text accessor of a view
 * goes through one of these methods: {@link #text} for prose and table cells, {@link #code} for
 * names shown as code, {@link #date} for dates and {@link #number} for figures.
 */
enum TextFormat {

	/** Text and attribute values in HTML, as {@link Escape#html} writes them. */
	HTML {
		@Override
		String text(String plain) {
			return Escape.html(plain);
		}

		@Override
		String code(String plain) {
			return Escape.html(plain);
		}

		@Override
		String date(String plain) {
			return Escape.html(plain);
		}
	},

	/** Paragraphs and table cells of GitHub-flavoured Markdown, as {@link Escape#markdown} writes them. */
	MARKDOWN {
		@Override
		String text(String plain) {
			return Escape.markdown(plain);
		}

		/** Inside a code span: a backtick or a line break would end it, a pipe the table cell. */
		@Override
		String code(String plain) {
			return plain == null ? "" : plain.replace('`', '\'').replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
		}

		/** An ISO date as it is (its leading sign in a far year starts no list); anything else as text. */
		@Override
		String date(String plain) {
			return plain != null && ISO_DATE.matcher(plain).matches() ? plain : text(plain);
		}
	};

	private static final Pattern ISO_DATE = Pattern.compile("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}");

	/** Prose or a table cell; "" for none. */
	abstract String text(String plain);

	/** A name or a position shown as code; "" for none. */
	abstract String code(String plain);

	/** A date (of the plan's period or of a period of data); "" for none. */
	abstract String date(String plain);

	/**
	 * A figure as {@link Figures#number} writes it: digits, a sign and a point (or NaN,
	 * Infinity): nothing in it is markup in either format.
	 */
	String number(Double value) {
		return Figures.number(value);
	}
}
