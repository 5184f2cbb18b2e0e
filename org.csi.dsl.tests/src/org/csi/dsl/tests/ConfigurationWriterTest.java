package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.csi.dsl.config.CsiConfigurationWriter;
import org.junit.Test;

/** The settings page changes csi.properties without losing anything a user wrote in it. */
public class ConfigurationWriterTest {

	@Test
	public void keepsCommentsOrderAndOtherKeys() {
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("csi.gap.unit", "error");
		changes.put("reference-date", null);
		changes.put("report.folder", "out/csi");
		assertEquals("""
				# our rules
				csi.gap.unit = error
				   # keep this one quiet
				csi.gap.unused-data = ignore

				report.folder = out/csi
				""", CsiConfigurationWriter.update("""
				# our rules
				csi.gap.unit=warning
				   # keep this one quiet
				csi.gap.unused-data = ignore
				reference-date = 2027-01-01

				""", changes));
	}

	@Test
	public void keepsWindowsLineEndsAndWritesANewFile() {
		assertEquals("# a\r\ncsi.gap.unit = info\r\n", CsiConfigurationWriter.update("# a\r\n", Map.of("csi.gap.unit", "info")));
		assertEquals("csi.gap.unit = info\n", CsiConfigurationWriter.update("", Map.of("csi.gap.unit", "info")));
		assertEquals("", CsiConfigurationWriter.update("", java.util.Collections.singletonMap("csi.gap.unit", null)));
	}
}
