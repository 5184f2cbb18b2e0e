package org.csi.dsl.measures;

import java.util.List;
import java.util.Map;

import org.csi.dsl.csi.Trigger;

/**
 * An improvement trigger that fired: the rule (null for the default one), the breakdown value it
 * fired for (empty for the measure as a whole), what it says, and the periods that made it fire.
 *
 * @param condition "missed its target of 85 in 5 of the last 6 periods" style, without the subject
 */
public record FiredTrigger(Trigger rule, Map<String, String> dimensions, String condition, List<PeriodResult> periods) {

	/** A trigger as a plan writes it after 'trigger when': "missed 3 of 6 periods for each service", "below 90%". */
	public static String written(Trigger trigger) {
		String when;
		if (trigger.getThreshold() != null && trigger.getThreshold().getValue() != null) {
			when = trigger.getBound().getLiteral() + " " + JudgementWords.quantity(trigger.getThreshold());
		} else {
			when = "missed " + trigger.getMissed() + (trigger.getWindow() > 0 ? " of " + trigger.getWindow() : "")
					+ (trigger.getMissed() == 1 && trigger.getWindow() <= 0 ? " period" : " periods");
		}
		return when + (trigger.getDimension() == null ? "" : " for each " + trigger.getDimension());
	}

	/** Which trigger this is, for a sentence: "its trigger 'missed 2 periods'", or csi's default. */
	public String which() {
		return rule == null ? "csi's default trigger (missed in " + MeasureAnalyzer.DEFAULT_MISSES + " of the last " + MeasureAnalyzer.DEFAULT_WINDOW
				+ " periods)" : "its trigger 'when " + written(rule) + "'";
	}
}
