package org.csi.dsl.measures;

import java.util.List;
import java.util.Map;

import org.csi.dsl.csi.ShouldMeasure;
import org.csi.dsl.common.Finding;

/** What reading a plan set's data found: per computed measure its analysis, and the findings. */
public record DataResult(Map<ShouldMeasure, MeasureAnalysis> analyses, List<Finding> findings) {

	public static final DataResult NONE = new DataResult(Map.of(), List.of());
}
