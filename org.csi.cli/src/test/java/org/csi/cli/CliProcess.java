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
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
				"-cp", classPath, Main.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
	}
}
