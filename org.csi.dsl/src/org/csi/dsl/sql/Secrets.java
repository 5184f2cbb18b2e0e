package org.csi.dsl.sql;

import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything csi prints. A connection's URL may carry a password (in a
 * query parameter, or as {@code user:password@host}); whatever a driver or csi says about a
 * connection goes through {@link #redact} before it becomes a finding, a report or a log line.
 */
public final class Secrets {

	/** {@code password=...}, {@code pwd=...} and the like, up to the next separator. */
	private static final Pattern PARAMETER = Pattern.compile(
			"(?i)\\b(password|passwd|pwd|secret|token|access_?key|api_?key|sslpassword|sslkey)(\\s*[=:]\\s*)([^&;\\s'\",)]+)");

	/** {@code //user:password@host}. */
	private static final Pattern USER_INFO = Pattern.compile("(//[^/@\\s:]*:)([^@/\\s]+)(@)");

	public static final String HIDDEN = "***";

	private Secrets() {
	}

	/** {@code text} with every password-like value replaced by {@value #HIDDEN}, and each of {@code known} too. */
	public static String redact(String text, String... known) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (String secret : known) {
			if (secret != null && !secret.isEmpty()) {
				result = result.replace(secret, HIDDEN);
			}
		}
		result = PARAMETER.matcher(result).replaceAll("$1$2" + HIDDEN);
		return USER_INFO.matcher(result).replaceAll("$1" + HIDDEN + "$3");
	}

	/** Whether a URL written in a plan carries a password, which would then be in git. */
	public static boolean hasPassword(String url) {
		return url != null && !redact(url).equals(url);
	}
}
