package org.csi.dsl.measures;

import java.time.LocalDate;

import org.csi.dsl.csi.Action;

/**
 * A known change to a measure's process: stated on the measure ({@code changed on <date>}), or the
 * completion of an action that addresses the measure, one of its gaps or a goal it serves. The
 * process limits are computed afresh from the first period that starts on or after the date.
 *
 * @param cause  "process changed: new triage" or "action 'FasterTriage' completed", for people
 * @param action the completed action, or null for a change stated on the measure
 */
public record Change(LocalDate date, String cause, Action action) {
}
