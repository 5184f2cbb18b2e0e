package org.csi.fuzz;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every input the fuzzer ever broke the tools with (src/test/resources/regressions), checked as
 * the fuzzer checks its inputs: they must all pass now.
 */
public class RegressionTest {

	@BeforeClass
	public static void setUp() throws Exception {
		FuzzTest.setUp();
	}

	@Test
	public void everyInputThatOnceFailedPasses() throws Exception {
		Path folder = Path.of("src/test/resources/regressions");
		List<Path> inputs;
		try (Stream<Path> files = Files.list(folder)) {
			inputs = files.filter(f -> f.toString().endsWith(".csi")).sorted().toList();
		}
		assertEquals(6, inputs.size());
		for (Path input : inputs) {
			assertEquals(input.getFileName().toString(), null, FuzzTest.check(Files.readString(input, StandardCharsets.UTF_8), null, true));
		}
	}
}
