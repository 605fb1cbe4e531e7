package org.genrescope.model.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.genrescope.task.Failures;

/**
 * A fixed set of worker threads that run a loop over [0, n) in contiguous chunks. Callers keep results
 * per index, so the outcome never depends on how the range was split. One thread runs inline, without a pool.
 */
final class ParallelLoop implements AutoCloseable {

    /** Body of a loop over a chunk [from, to). */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final ExecutorService pool;

    ParallelLoop(int threads) {
        this.threads = threads;
        if (threads == 1) {
            pool = null;
        } else {
            int id = POOLS.incrementAndGet();
            AtomicInteger worker = new AtomicInteger();
            pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "projection-" + id + "-" + worker.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** Runs body over [0, n) split into a few chunks per thread (for balance when chunks cost unequal time). */
    void run(int n, Range body) {
        if (pool == null || n < 64) {
            body.run(0, n);
            return;
        }
        int chunks = Math.min(n, threads * 8);
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            futures.add(pool.submit(() -> body.run(from, to)));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw Failures.unwrap(e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
