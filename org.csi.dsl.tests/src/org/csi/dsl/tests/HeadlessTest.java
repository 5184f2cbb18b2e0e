package org.csi.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.csi.headless.PlanFileDiscovery;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.csi.headless.PlanSetValidator;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;

import com.google.inject.Inject;

/** Reading plan sets from disk: discovery, encodings, and the bundled examples. */
@RunWith(XtextRunner.class)
@InjectWith(CsiInjectorProvider.class)
public class HeadlessTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Inject
	private PlanSetLoader loader;

	@Inject
	private PlanSetValidator validator;

	@Inject
	private PlanFileDiscovery discovery;

	@Inject
	private PlanSetFixture fixture;

	@Before
	public void reset() {
		fixture.reset();
	}

	@Test
	public void discoversCsiFilesRecursivelyInOrder() throws Exception {
		Path root = folder.getRoot().toPath();
		Files.createDirectories(root.resolve("b/deep"));
		Files.writeString(root.resolve("b/deep/z.csi"), "");
		Files.writeString(root.resolve("a.csi"), "");
		Files.writeString(root.resolve("notes.txt"), "");
		Files.createSymbolicLink(root.resolve("b/deep/loop"), root.resolve("b"));
		assertEquals(List.of(root.resolve("a.csi"), root.resolve("b/deep/z.csi")), discovery.discover(List.of(root)));
	}

	@Test
	public void missingPathIsAnError() {
		assertRefused(List.of(Paths.get("/no/such/plans")), "/no/such/plans: no such file or folder");
	}

	@Test
	public void noPlanFilesIsAnError() throws Exception {
		Path empty = folder.newFolder("empty").toPath();
		assertRefused(List.of(empty), "no .csi files found under " + empty);
	}

	@Test
	public void fileThatIsNotAPlanIsAnError() throws Exception {
		Path notes = folder.newFile("notes.txt").toPath();
		assertRefused(List.of(notes), notes + ": not a .csi file");
	}

	@Test
	public void invalidUtf8IsRefusedWithItsOffset() throws Exception {
		Path file = folder.getRoot().toPath().resolve("latin1.csi");
		Files.write(file, "vision V \"caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1));
		assertRefused(List.of(file), file + ":1:14: not valid UTF-8 (bad byte at offset 13); save the file as UTF-8");
	}

	@Test
	public void byteOrderMarkAndCrlfAreRead() throws Exception {
		Path file = folder.getRoot().toPath().resolve("bom.csi");
		Files.write(file, "\uFEFFpackage p\r\nplan P \"Plan\"\r\nvision V \"v\"\r\n".getBytes(StandardCharsets.UTF_8));
		PlanSet planSet = loader.load(List.of(file));
		assertEquals(List.of(), PlanSetFixture.render(validator.validate(planSet)));
	}

	/** The examples validate with exactly the findings examples/README.md documents. */
	@Test
	public void examplesHaveOnlyTheirDocumentedFindings() throws Exception {
		fixture.setReferenceDate(java.time.LocalDate.of(2026, 12, 1));
		Path examples = Paths.get(System.getProperty("csi.repository"), "examples");
		List<String> findings = PlanSetFixture.render(validator.validate(loader.load(List.of(examples))));
		assertEquals(List.of(
				"plan.csi:48:10 info csi.gap.accepted: Unit gap of 'ApprovalTime' is accepted by 'ChangeOwner' (it is needed in days but can be provided only in hours): Hours convert exactly to days in the processing step",
				"measures.csi:14:9 info csi.gap.accepted: Breakdown gap of 'Availability' is accepted by 'PlatformLead' (it is needed per region but no source provides that breakdown): Only one region is in use until the second data centre opens",
				"measures.csi:14:11 info csi.gap.tracked: Frequency gap of 'P1Restore' is tracked by action 'WeeklyExport': it is needed every week but can be provided only every month.",
				"measures.csi:51:14 warning csi.gap.unused-data: Source 'Tickets' provides \"Chat sessions per day\", which no should-measure needs: data collected without a purpose. Link it to a should-measure or stop collecting it."),
				findings);
	}

	private void assertRefused(List<Path> paths, String message) {
		try {
			loader.load(paths);
			fail("loaded " + paths);
		} catch (PlanSetException e) {
			assertEquals(message, e.getMessage());
		}
	}
}
