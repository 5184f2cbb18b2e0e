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
}
