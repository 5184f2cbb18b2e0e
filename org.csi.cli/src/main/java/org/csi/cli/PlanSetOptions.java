package org.csi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiSettings;
import org.csi.headless.PlanSetCheck;
import org.csi.headless.PlanSetException;

import com.google.inject.Injector;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that checks a plan set: which files, and with which settings. */
public class PlanSetOptions {

	@Parameters(paramLabel = "PATH", arity = "1..*", description = ".csi files or folders (searched recursively)")
	List<Path> paths;

	@Option(names = "--include", paramLabel = "GLOB",
			description = "in folders, take only .csi files whose path relative to the folder matches (repeatable), e.g. 'plans/**'")
	List<String> includes = new ArrayList<>();

	@Option(names = "--exclude", paramLabel = "GLOB",
			description = "in folders, leave out .csi files whose path relative to the folder matches (repeatable), e.g. '**/drafts/**'")
	List<String> excludes = new ArrayList<>();

	@Option(names = "--config", paramLabel = "FILE",
			description = "severity configuration (default: the nearest csi.properties in the first folder or above it, up to the working directory)")
	Path config;

	@Option(names = "--reference-date", paramLabel = "DATE",
			description = "judge overdue actions against this date instead of today, e.g. 2027-01-31 (for reproducible builds)")
	String referenceDate;

	/** The folders of the plan set: those of the paths and of csi.properties. */
	private final List<Path> dataRoots = new ArrayList<>();

	/** What data.allow in csi.properties narrows the data folders to. */
	private final List<Path> dataAllowNarrowing = new ArrayList<>();

	/** The settings of this run: csi.properties, then the flags. */
	private CsiSettings settings = CsiSettings.DEFAULT;

	/** Reads csi.properties and the flags into this run's settings. */
	void configure(Injector injector) throws PlanSetException {
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			dataRoots.add(Files.isDirectory(absolute) || absolute.getParent() == null ? absolute : absolute.getParent());
		}
		Path file = config != null ? config : ConfigurationLocator.locate(paths, Paths.get(""));
		if (file != null) {
			try {
				CsiConfiguration configuration = injector.getInstance(CsiConfigurationReader.class).read(file);
				settings = settings.with(configuration);
				Path folder = file.toAbsolutePath().normalize().getParent();
				dataRoots.add(folder);
				dataAllowNarrowing.addAll(configuration.dataAllowIn(folder));
			} catch (CsiConfigurationReader.ConfigurationException e) {
				throw new PlanSetException(e.getMessage());
			}
		}
		if (referenceDate != null) {
			settings = settings.withReferenceDate(parseDate("--reference-date", referenceDate));
		}
	}

	/** After {@link #configure}: the check run of these files with this run's settings, validating, without data. */
	PlanSetCheck.Request request() {
		return PlanSetCheck.Request.validate(paths, settings).withFiles(includes, excludes);
	}

	/** After {@link #configure}: the plan set's folders. */
	List<Path> dataRoots() {
		return List.copyOf(dataRoots);
	}

	/** After {@link #configure}: the folders data.allow in csi.properties narrows reading to, if any. */
	List<Path> dataAllowNarrowing() {
		return List.copyOf(dataAllowNarrowing);
	}

	static LocalDate parseDate(String option, String value) throws PlanSetException {
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new PlanSetException(option + " must be a date such as 2027-01-31, found '" + value + "'");
		}
	}
}
