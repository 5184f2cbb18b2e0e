package org.csi.dsl.common;

import java.util.List;

/**
 * A small streaming JSON writer: keys come out in the order they are written, two-space
 * indentation, no trailing spaces, so the same report is always the same bytes.
 */
public final class JsonWriter {

	private final StringBuilder out = new StringBuilder(16 * 1024);
	private int depth;
	private boolean first = true;

	public JsonWriter beginObject() {
		value("{");
		depth++;
		first = true;
		return this;
	}

	public JsonWriter endObject() {
		return close('}');
	}

	public JsonWriter beginArray() {
		value("[");
		depth++;
		first = true;
		return this;
	}

	public JsonWriter endArray() {
		return close(']');
	}

	/** A member {@code name} whose value is an array with what {@code item} writes for each of {@code items}. */
	public <T> JsonWriter array(String name, Iterable<T> items, java.util.function.Consumer<T> item) {
		name(name).beginArray();
		items.forEach(item);
		return endArray();
	}

	private JsonWriter close(char bracket) {
		depth--;
		if (!first) {
			newline();
		}
		out.append(bracket);
		first = false;
		return this;
	}

	public JsonWriter name(String name) {
		separator();
		out.append(Escape.json(name)).append(": ");
		pendingName = true;
		return this;
	}

	private boolean pendingName;

	private void value(String literal) {
		if (pendingName) {
			pendingName = false;
		} else {
			separator();
		}
		out.append(literal);
		first = false;
	}

	private void separator() {
		if (!first) {
			out.append(',');
		}
		if (depth > 0) {
			newline();
		}
		first = false;
	}

	private void newline() {
		out.append('\n');
		for (int i = 0; i < depth; i++) {
			out.append("  ");
		}
	}

	public JsonWriter string(String value) {
		value(Escape.json(value));
		return this;
	}

	public JsonWriter number(long value) {
		value(Long.toString(value));
		return this;
	}

	/** A decimal number as written, without exponent; null for a value that JSON cannot hold. */
	public JsonWriter number(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			value("null");
		} else {
			value(java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
		}
		return this;
	}

	public JsonWriter bool(boolean value) {
		value(Boolean.toString(value));
		return this;
	}

	public JsonWriter field(String name, String value) {
		return name(name).string(value);
	}

	public JsonWriter field(String name, long value) {
		return name(name).number(value);
	}

	public JsonWriter field(String name, boolean value) {
		return name(name).bool(value);
	}

	public JsonWriter strings(String name, List<String> values) {
		name(name).beginArray();
		for (String value : values) {
			string(value);
		}
		return endArray();
	}

	@Override
	public String toString() {
		return out.toString() + "\n";
	}
}
