package org.csi.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.csi.data.ConnectionProfiles;
import org.csi.data.DataAccess;
import org.csi.data.DataRunner;
import org.csi.dsl.measures.DataStep;
import org.csi.headless.PlanSetException;

import picocli.CommandLine.Option;

/**
 * What a run that reads data may read and spend. Only the command line and the environment set
 * it: the plan set (plans and csi.properties) comes from a pull request and may only narrow it.
 */
public class DataOptions {

	@Option(names = "--data-allow", paramLabel = "DIR",
			description = "also read data files in this folder (repeatable); also " + DataAccess.ALLOW_VARIABLE
					+ " (folders separated by ':'). csi.properties cannot widen what a plan set reads")
	List<Path> allow = new ArrayList<>();

	@Option(names = "--connections", paramLabel = "FILE",
			description = "the database connections file (default: $CSI_CONNECTIONS, else ~/.config/csi/connections.properties);"
					+ " CSI_CONNECTION_<NAME>_URL, _USER and _PASSWORD in the environment come first")
	Path connections;

	@Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "300",
			description = "the whole run's time for reading data; measures left when it is used up are findings (default: ${DEFAULT-VALUE})")
	int budget;

	@Option(names = "--data-memory", paramLabel = "SIZE", defaultValue = "2GB",
			description = "DuckDB's memory limit; a query over it fails as a finding, nothing spills to disk (default: ${DEFAULT-VALUE})")
	String memory;

	/** The data steps of this run, reading what {@link #access} allows. */
	DataStep step(PlanSetOptions plans, com.google.inject.Injector injector) throws PlanSetException {
		return injector.getInstance(DataRunner.class).step(access(plans));
	}

	/** The access of this run: the plan set's folders, the trusted ones, narrowed by csi.properties. */
	DataAccess access(PlanSetOptions plans) throws PlanSetException {
		return access(plans.dataRoots(), plans.dataAllowNarrowing());
	}

	/** The data steps over a plan set in {@code roots}, narrowed to {@code narrowing} when it is not empty. */
	DataStep step(List<Path> roots, List<Path> narrowing, com.google.inject.Injector injector) throws PlanSetException {
		return injector.getInstance(DataRunner.class).step(access(roots, narrowing));
	}

	private DataAccess access(List<Path> roots, List<Path> narrowing) throws PlanSetException {
		List<Path> trusted = new ArrayList<>(roots);
		allow.forEach(folder -> trusted.add(folder.toAbsolutePath().normalize()));
		trusted.addAll(DataAccess.allowedByEnvironment(System.getenv()));
		try {
			DataAccess.Limits limits = DataAccess.Limits.DEFAULT.withBudget(budget).withMemory(memory);
			return new DataAccess(DataAccess.folders(trusted.stream().distinct().toList(), narrowing),
					ConnectionProfiles.load(System.getenv(), connections, Path.of(System.getProperty("user.home"))), limits);
		} catch (IllegalArgumentException e) {
			throw new PlanSetException(e.getMessage());
		}
	}
}
