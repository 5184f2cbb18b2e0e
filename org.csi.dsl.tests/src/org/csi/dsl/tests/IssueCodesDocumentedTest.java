package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.dsl.validation.CsiIssueCodesProvider;
import org.csi.dsl.validation.IssueCodes;
import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** docs/issue-codes.md lists every code with its real default severity, and nothing else. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class IssueCodesDocumentedTest {

	private static final Pattern ROW = Pattern.compile("^\\| `(csi\\.[a-z.-]+)` \\| (error|warning|info) \\|", Pattern.MULTILINE);

	@Inject
	private CsiIssueCodesProvider provider;

	@Test
	public void everyCodeIsDocumentedWithItsDefaultSeverity() throws Exception {
		Map<String, String> expected = new TreeMap<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String code = (String) field.get(null);
				PreferenceKey key = provider.getConfigurableIssueCodes().get(code);
				expected.put(code, key == null ? "error" : key.getDefaultValue());
			}
		}
		String docs = Files.readString(Paths.get(System.getProperty("csi.repository"), "docs", "issue-codes.md"));
		Map<String, String> documented = new TreeMap<>();
		Matcher row = ROW.matcher(docs);
		while (row.find()) {
			documented.put(row.group(1), row.group(2));
		}
		assertEquals(expected, documented);
	}
}
