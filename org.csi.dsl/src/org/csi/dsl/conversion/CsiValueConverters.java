package org.csi.dsl.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

/**
 * Numbers become BigDecimal (no binary rounding of targets); dates must be real dates. A
 * singleton: its converter table is built once, not once per parsed file.
 */
@com.google.inject.Singleton
public class CsiValueConverters extends DefaultTerminalConverters {

	@com.google.inject.Inject
	private org.csi.dsl.parser.ReservedWords reservedWords;

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> Number() {
		return new IValueConverter<BigDecimal>() {
			@Override
			public BigDecimal toValue(String string, INode node) {
				if (Strings.isEmpty(string)) {
					throw new ValueConverterException("A number is expected here.", node, null);
				}
				try {
					return new BigDecimal(string.replaceAll("\\s", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is not a number.", node, null);
				}
			}

			@Override
			public String toString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	/**
	 * A quoted text. One whose closing quote is missing on its line keeps what it holds, with an
	 * error at the text itself, so the finding is where the quote opens and the rest still parses.
	 */
	@ValueConverter(rule = "Text")
	public IValueConverter<String> Text() {
		IValueConverter<String> quoted = STRING();
		return new IValueConverter<String>() {
			@Override
			public String toValue(String string, INode node) {
				if (string == null || isClosed(string)) {
					return quoted.toValue(string, node);
				}
				String value = quoted.toValue(string + string.charAt(0), node);
				throw new ValueConverterWithValueException("This text has no closing quote: end it with " + string.charAt(0)
						+ " on the same line (a text is written on one line).", node, value, null);
			}

			@Override
			public String toString(String value) {
				return quoted.toString(value);
			}
		};
	}

	/** Whether a quoted text ends with its opening quote, not with an escaped one. */
	private static boolean isClosed(String text) {
		if (text.length() < 2 || text.charAt(text.length() - 1) != text.charAt(0)) {
			return false;
		}
		int backslashes = 0;
		for (int i = text.length() - 2; i > 0 && text.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 0;
	}

	/** A name as written, without the '^' that lets a reserved word be one (^goal is the name goal). */
	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return names(false);
	}

	/** A breakdown dimension: a name. */
	@ValueConverter(rule = "Dimension")
	public IValueConverter<String> Dimension() {
		return names(false);
	}

	/** A qualified name: names joined by dots, each without its '^', without the space a reference may have around its dots. */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return names(true);
	}

	private IValueConverter<String> names(boolean qualified) {
		return new IValueConverter<String>() {
			@Override
			public String toValue(String string, INode node) {
				if (string == null) {
					return null;
				}
				hyphens(string, node);
				if (plain(string)) {
					return string; // the usual case, without a copy: names are most of a plan's words
				}
				String[] parts = (qualified ? string.replaceAll("\\s", "") : string.strip()).split("\\.", -1);
				for (int i = 0; i < parts.length; i++) {
					parts[i] = parts[i].startsWith("^") ? parts[i].substring(1) : parts[i];
				}
				return String.join(".", parts);
			}

			@Override
			public String toString(String value) {
				if (value == null) {
					return null;
				}
				String[] parts = value.split("\\.", -1);
				for (int i = 0; i < parts.length; i++) {
					parts[i] = reservedWords.isReserved(parts[i]) ? "^" + parts[i] : parts[i];
				}
				return String.join(".", parts);
			}
		};
	}

	/** A word (a unit, an aggregation): Xtext's ID, whose hyphens join parts. */
	@Override
	@ValueConverter(rule = "ID")
	public IValueConverter<String> ID() {
		IValueConverter<String> id = super.ID();
		return new IValueConverter<String>() {
			@Override
			public String toValue(String string, INode node) {
				hyphens(string, node);
				return id.toValue(string, node);
			}

			@Override
			public String toString(String value) {
				return id.toString(value);
			}
		};
	}

	/** A unit: a word, whose hyphens join parts as a name's do, or '%'. */
	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return new IValueConverter<String>() {
			@Override
			public String toValue(String string, INode node) {
				hyphens(string, node);
				return string;
			}

			@Override
			public String toString(String value) {
				return value;
			}
		};
	}

	/** A hyphen joins two parts of a word: IM-03, not IM- or IM--03. */
	private static void hyphens(String text, INode node) {
		if (text != null && (text.endsWith("-") || text.contains("--") || text.contains("-."))) {
			throw new ValueConverterException("'" + text.strip() + "' is not a name: a '-' joins two parts of a name, as in IM-03.", node, null);
		}
	}

	/** Whether a name's text is its value: no '^' and no white space. */
	private static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '^' || Character.isWhitespace(c)) {
				return false;
			}
		}
		return true;
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<String> DATE() {
		return new IValueConverter<String>() {
			@Override
			public String toValue(String string, INode node) {
				try {
					LocalDate.parse(string);
				} catch (DateTimeParseException e) {
					throw new ValueConverterException("'" + string + "' is not a calendar date (expected year-month-day, such as 2027-03-31).", node, null);
				}
				return string;
			}

			@Override
			public String toString(String value) {
				return value;
			}
		};
	}
}
