package org.csi.dsl.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changes settings of a {@code csi.properties} text and keeps everything else of it: comments,
 * blank lines, the order of keys, other keys and the line separator. A setting changed to
 * {@code null} is removed (back to its default); a new setting is appended.
 */
public final class CsiConfigurationWriter {

	private CsiConfigurationWriter() {
	}

	public static String update(String text, Map<String, String> changes) {
		String separator = text.contains("\r\n") ? "\r\n" : "\n";
		Map<String, String> pending = new LinkedHashMap<>(changes);
		StringBuilder out = new StringBuilder();
		String[] lines = text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
		int count = lines.length;
		if (count > 0 && lines[count - 1].isEmpty()) {
			count--; // the text ends with a line separator
		}
		for (int i = 0; i < count; i++) {
			String line = lines[i];
			String stripped = line.strip();
			int equals = stripped.indexOf('=');
			if (!stripped.startsWith("#") && equals > 0) {
				String key = stripped.substring(0, equals).strip();
				if (pending.containsKey(key)) {
					String value = pending.remove(key);
					if (value != null) {
						out.append(key).append(" = ").append(value).append(separator);
					}
					continue;
				}
			}
			out.append(line).append(separator);
		}
		pending.forEach((key, value) -> {
			if (value != null) {
				out.append(key).append(" = ").append(value).append(separator);
			}
		});
		return out.toString();
	}
}
