package org.csi.data;

import org.csi.dsl.sql.Secrets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The databases a plan may name, kept outside the plan, the way dbt keeps credentials in its
 * profiles and out of models. A plan says {@code data connection "warehouse" table "incidents"};
 * the connection's URL, user and password come from
 * <ol>
 * <li>the environment: {@code CSI_CONNECTION_WAREHOUSE_URL}, {@code _USER}, {@code _PASSWORD} (the
 * name in upper case, '-' as '_'), which CI fills from its secrets; else</li>
 * <li>the user's connections file, {@code warehouse.url}, {@code warehouse.user},
 * {@code warehouse.password}: the file given with {@code --connections}, else {@code $CSI_CONNECTIONS},
 * else {@code ~/.config/csi/connections.properties}. It is never read from the plan set.</li>
 * </ol>
 */
public final class ConnectionProfiles {

	/** A named connection: where, and as whom. */
	public record Profile(String name, String url, String user, String password) {

		@Override
		public String toString() {
			return "Profile[" + name + ", " + Secrets.redact(url, password) + ", " + user + "]";
		}
	}

	/** No connection: for runs that name none, and for the editor without settings. */
	public static final ConnectionProfiles NONE = new ConnectionProfiles(Map.of(), Map.of(), null);

	private final Map<String, String> environment;
	private final Map<String, String> file;
	private final Path fileName;

	private ConnectionProfiles(Map<String, String> environment, Map<String, String> file, Path fileName) {
		this.environment = environment;
		this.file = file;
		this.fileName = fileName;
	}

	/**
	 * The connections of the environment and of the connections file ({@code explicitFile}, else
	 * the one the environment names, else the user's default one, when it exists).
	 *
	 * @throws IllegalArgumentException when a connections file that was named cannot be read
	 */
	public static ConnectionProfiles load(Map<String, String> environment, Path explicitFile, Path home) {
		Path named = explicitFile != null ? explicitFile
				: environment.get("CSI_CONNECTIONS") != null ? Path.of(environment.get("CSI_CONNECTIONS")) : null;
		Path path = named != null ? named : defaultFile(environment, home);
		Map<String, String> values = new LinkedHashMap<>();
		if (path != null && (named != null || Files.isRegularFile(path))) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				properties.load(reader);
			} catch (IOException | IllegalArgumentException e) {
				throw new IllegalArgumentException("the connections file " + path + " cannot be read (" + e.getMessage() + ")");
			}
			properties.stringPropertyNames().forEach(key -> values.put(key.strip(), properties.getProperty(key).strip()));
		}
		Map<String, String> variables = new LinkedHashMap<>();
		environment.forEach((key, value) -> {
			if (key.startsWith("CSI_CONNECTION_")) {
				variables.put(key, value);
			}
		});
		return new ConnectionProfiles(Map.copyOf(variables), Map.copyOf(values), path);
	}

	private static Path defaultFile(Map<String, String> environment, Path home) {
		String config = environment.get("XDG_CONFIG_HOME");
		if (config != null && !config.isBlank()) {
			return Path.of(config, "csi", "connections.properties");
		}
		return home == null ? null : home.resolve(".config").resolve("csi").resolve("connections.properties");
	}

	/** The connection called {@code name}, or null when none is set up. */
	public Profile get(String name) {
		String prefix = "CSI_CONNECTION_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
		String url = environment.get(prefix + "URL");
		if (url != null) {
			return new Profile(name, url, environment.get(prefix + "USER"), environment.get(prefix + "PASSWORD"));
		}
		url = file.get(name + ".url");
		if (url != null) {
			return new Profile(name, url, file.get(name + ".user"), file.get(name + ".password"));
		}
		return null;
	}

	/** Every password known here: none of them may appear in anything csi prints. */
	public String[] passwords() {
		return java.util.stream.Stream.concat(environment.entrySet().stream().filter(e -> e.getKey().endsWith("_PASSWORD")).map(Map.Entry::getValue),
				file.entrySet().stream().filter(e -> e.getKey().endsWith(".password")).map(Map.Entry::getValue))
				.filter(p -> p != null && !p.isEmpty()).toArray(String[]::new);
	}

	/** How to set up the connection {@code name}, for a message. */
	String howToSetUp(String name) {
		String prefix = "CSI_CONNECTION_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
		return "set " + prefix + "_URL (and _USER, _PASSWORD) in the environment, or " + name + ".url in "
				+ (fileName != null ? fileName.toString() : "the connections file (--connections)");
	}
}
