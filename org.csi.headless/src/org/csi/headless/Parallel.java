package org.csi.headless;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs one task per index on all cores and waits for all of them; the first failure is
 * rethrown on the caller's thread as it was thrown. Work is handed out index by index, so
 * big and small files balance out.
 */
public final class Parallel {

	private Parallel() {
	}

	public static void forEach(int count, IntConsumer task) {
		int threads = Math.min(count, Runtime.getRuntime().availableProcessors());
		if (threads <= 1) {
			for (int i = 0; i < count; i++) {
				task.accept(i);
			}
			return;
		}
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "csi-worker");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Future<?>[] workers = new Future<?>[threads];
			for (int t = 0; t < threads; t++) {
				workers[t] = pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						task.accept(i);
					}
				});
			}
			for (Future<?> worker : workers) {
				try {
					worker.get();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted", e);
				} catch (ExecutionException e) {
					next.set(count); // stop the others early
					if (e.getCause() instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (e.getCause() instanceof Error error) {
						throw error;
					}
					throw new IllegalStateException(e.getCause());
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
