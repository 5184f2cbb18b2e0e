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
