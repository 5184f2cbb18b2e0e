package org.csi.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI as a process of its own, for the tests that kill it or run two at once. */
final class CliProcess {

	private CliProcess() {
	}

	/** Starts {@code csi args...} on this JVM's Java with the tests' class path; its output goes to {@code log}. */
	static Process start(Path log, String... args) throws IOException {
		return start(log, java.util.Map.of(), args);
	}

	/** The same, with more variables in its environment. */
	static Process start(Path log, java.util.Map<String, String> environment, String... args) throws IOException {
		return start(log, environment, List.of(), args);
	}

	/** The same, with more options for the JVM. */
	static Process start(Path log, java.util.Map<String, String> environment, List<String> jvm, String... args) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
				"-cp", classPath));
		command.addAll(jvm);
		command.add(Main.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		return builder.redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
	}
}
