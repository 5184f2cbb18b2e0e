package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.dsl.validation.CsiIssueCodesProvider;
import org.csi.dsl.validation.IssueCodeInfo;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/**
 * Every code in {@link IssueCodes} is described in {@link IssueCodeInfo}, configurable with
 * that default severity, and documented with the same words in docs/issue-codes.md.
 */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class IssueCodesDocumentedTest {

	private static final Pattern ROW = Pattern.compile("^\\| `(csi\\.[a-z.-]+)` \\| (error|warning|info) \\| (.*) \\| (.*) \\|$", Pattern.MULTILINE);

	@Inject
	private CsiIssueCodesProvider provider;

	@Test
	public void everyCodeIsDescribed() throws Exception {
		Set<String> codes = new TreeSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes.add((String) field.get(null));
			}
		}
		Set<String> described = new TreeSet<>();
		IssueCodeInfo.all().forEach(rule -> described.add(rule.code()));
		assertEquals(codes, described);
	}

	@Test
	public void defaultsAreTheConfiguredSeverities() {
		for (IssueCodeInfo.Rule rule : IssueCodeInfo.all()) {
			if (rule.configurable()) {
				assertEquals(rule.code(), rule.defaultSeverity(), provider.getConfigurableIssueCodes().get(rule.code()).getDefaultValue());
			} else {
				assertEquals(rule.code(), null, provider.getConfigurableIssueCodes().get(rule.code()));
			}
		}
	}

	@Test
	public void docsTableSaysTheSame() throws Exception {
		String docs = Files.readString(Paths.get(System.getProperty("csi.repository"), "docs", "issue-codes.md"));
		List<String> documented = new ArrayList<>();
		Matcher row = ROW.matcher(docs);
		while (row.find()) {
			documented.add(String.join(" | ", row.group(1), row.group(2), row.group(3), row.group(4)));
		}
		List<String> expected = new ArrayList<>();
		for (IssueCodeInfo.Rule rule : IssueCodeInfo.all()) {
			expected.add(String.join(" | ", rule.code(), rule.defaultSeverity(), rule.meaning(), rule.fix()));
		}
		assertEquals(String.join("\n", expected), String.join("\n", documented));
	}
}
