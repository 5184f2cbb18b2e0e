package org.csi.report.view;

/**
 * A part of a report as a template reads it: a value of the report model and the format whose
 * escaping every text accessor of the view applies ({@link TextFormat}).
 *
 * @param <T> the report model's value
 */
abstract class View<T> {

	final T value;

	final TextFormat format;

	View(T value, TextFormat format) {
		this.value = value;
		this.format = format;
	}
}
