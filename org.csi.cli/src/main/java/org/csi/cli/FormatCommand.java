package org.csi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.csi.headless.AtomicFiles;
import org.csi.headless.PlanFormatter;
import org.csi.headless.PlanSet;
import org.csi.headless.PlanSetException;
import org.csi.headless.PlanSetLoader;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code csi format}: gives every plan file the canonical layout, keeping its comments. It
 * rewrites only regular files inside what the user named: never a symbolic link (the link would
 * become a copy) and never a file that a linked folder leads to outside the folders named (a
 * plan set from a pull request could link to any file on the machine).
 */
@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Rewrites .csi files in the canonical layout (comments are kept). A file with syntax errors is left as it is,"
				+ " and so is a symbolic link or a file that a linked folder leads to outside the folders given.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:all files are formatted", "1:--check found unformatted files, or a file is left unformatted (syntax errors, a symbolic link)",
				"2:bad usage, or a file that cannot be read or written", "3:internal error" })
public class FormatCommand extends PlanSetCommand {

	@Parameters(paramLabel = "PATH", arity = "1..*", description = ".csi files or folders (searched recursively)")
	List<Path> paths;

	@Option(names = "--check", description = "change nothing; print a unified diff of each file that is not formatted and exit 1 if there are any")
	boolean check;

	@Override
	protected int run(PrintWriter out, PrintWriter err) throws PlanSetException, IOException {
		Injector injector = Csi.injector();
		PlanSet planSet = injector.getInstance(PlanSetLoader.class).load(paths);
		PlanFormatter formatter = injector.getInstance(PlanFormatter.class);
		Named named = Named.of(paths);
		int unformatted = 0;
		int broken = 0;
		for (Resource resource : planSet.resourceSet().getResources()) {
			Path file = Paths.get(resource.getURI().toFileString());
			String formatted = formatter.format((XtextResource) resource);
			if (formatted == null) {
				err.println(DisplayPaths.display(file) + ": not formatted: it has syntax errors or a repeated clause (see csi validate)");
				broken++;
				continue;
			}
			String current = ((XtextResource) resource).getParseResult().getRootNode().getText();
			if (current.contains("\r\n")) {
				formatted = formatted.replace("\r\n", "\n").replace("\n", "\r\n"); // keep the file's line ends
			}
			if (formatted.equals(current)) {
				continue;
			}
			String refusal = named.refusal(file);
			if (refusal != null) {
				err.println(DisplayPaths.display(file) + ": not formatted: " + refusal);
				broken++;
				continue;
			}
			unformatted++;
			if (check) {
				String name = DisplayPaths.display(file);
				out.print(UnifiedDiff.diff(name, name + " (formatted)", current, formatted));
			} else if (write(file, current, formatted)) {
				out.println(DisplayPaths.display(file) + ": formatted");
			} else {
				err.println(DisplayPaths.display(file) + ": not formatted: it changed while csi was formatting it; run csi format again");
				broken++;
			}
		}
		return (check && unformatted > 0) || broken > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/**
	 * The real locations of the files and folders named on the command line: a plan file may be
	 * rewritten only if it is not a symbolic link and really lies in one of them.
	 */
	private record Named(List<Path> files, List<Path> folders) {

		static Named of(List<Path> paths) throws IOException {
			List<Path> files = new ArrayList<>();
			List<Path> folders = new ArrayList<>();
			for (Path path : paths) {
				(Files.isDirectory(path) ? folders : files).add(path.toRealPath());
			}
			return new Named(files, folders);
		}

		/** Why the file must be left as it is, in plain words; null when it may be rewritten. */
		String refusal(Path file) throws IOException {
			if (Files.isSymbolicLink(file)) {
				return "it is a symbolic link; format the file it points to instead";
			}
			Path real = file.toRealPath();
			if (files.contains(real) || folders.stream().anyMatch(real::startsWith)) {
				return null;
			}
			return "it lies outside the folders given, in " + DisplayPaths.display(real.getParent())
					+ " (a symbolic link leads there); format it there instead";
		}
	}

	/**
	 * Writes beside the file, then renames over it: an interrupted run never leaves half a plan.
	 * A file that changed since it was read (an editor saved it, another run formatted it) is
	 * left as it is: the text on disk may be newer than the text formatted.
	 */
	static boolean write(Path file, String parsed, String text) throws IOException {
		byte[] original = Files.readAllBytes(file);
		int mark = PlanSetLoader.byteOrderMarkLength(original);
		if (!new String(original, mark, original.length - mark, StandardCharsets.UTF_8).equals(parsed)) {
			return false;
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (mark > 0) {
			byte[] withMark = new byte[bytes.length + 3]; // keep the byte-order mark the file had
			System.arraycopy(original, 0, withMark, 0, 3);
			System.arraycopy(bytes, 0, withMark, 3, bytes.length);
			bytes = withMark;
		}
		AtomicFiles.write(file, bytes);
		return true;
	}
}
