package org.csi.headless;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs one task per index on all cores and waits for all of them; the first failure is
 * rethrown on the caller's thread as it was thrown, and a worker that dies without a word (out of
 * memory even for that) never leaves the caller waiting. Work is handed out index by index, so
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
		AtomicInteger done = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread[] workers = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			workers[t] = new Thread(() -> {
				try {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						task.accept(i);
						done.incrementAndGet();
					}
				} catch (Throwable e) {
					failure.compareAndSet(null, e);
					next.set(count); // stop the others early
				}
			}, "csi-worker");
			workers[t].setDaemon(true);
			workers[t].start();
		}
		for (Thread worker : workers) {
			try {
				worker.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				next.set(count);
				throw new IllegalStateException("interrupted", e);
			}
		}
		Throwable cause = failure.get();
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		if (cause != null) {
			throw new IllegalStateException(cause);
		}
		if (done.get() < count) {
			// a worker died without even recording why: only running out of memory does that
			throw new OutOfMemoryError("a worker thread ran out of memory");
		}
	}
}
