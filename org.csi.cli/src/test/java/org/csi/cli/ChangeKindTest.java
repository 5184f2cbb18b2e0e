package org.csi.cli;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.csi.cli.output.ChangeKind;
import org.csi.dsl.validation.IssueCodeInfo;
import org.junit.Test;

/** Every csi.diff rule is in one group of the pull-request comment, and only the two that stop a comparison are read first. */
public class ChangeKindTest {

	@Test
	public void everyDiffRuleHasItsGroup() {
		List<String> first = new ArrayList<>();
		for (IssueCodeInfo.Rule rule : IssueCodeInfo.all()) {
			if (rule.code().startsWith("csi.diff.") && ChangeKind.of(rule.code()) == ChangeKind.NOT_COMPARED) {
				first.add(rule.code());
			}
		}
		assertEquals(List.of("csi.diff.settings-changed", "csi.diff.unreadable"), first);
	}
}
