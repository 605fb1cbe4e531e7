package org.genrescope.model.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.Failures;

/**
 * A fixed set of worker threads that run a loop over [0, n) in contiguous chunks. Callers keep results
 * per index, so the outcome never depends on how the range was split. One thread runs inline, without a pool.
 * The cancellation token is polled before every chunk, so a cancel is answered within a fraction of one parallel
 * phase (a phase at 100,000 points is split into {@value #CHUNKS_PER_THREAD} chunks a thread) for the cost of one
 * volatile read per chunk.
 */
final class ParallelLoop implements AutoCloseable {

    /** Body of a loop over a chunk [from, to). */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final int CHUNKS_PER_THREAD = 8;

    private final int threads;
    private final ExecutorService pool;
    private final CancellationToken cancel;

    ParallelLoop(int threads) {
        this(threads, CancellationToken.NEVER);
    }

    /**
     * @param cancel polled before every chunk of every {@link #run}; a cancel throws
     *               {@link org.genrescope.task.CancelledException} from {@code run} (chunks already started finish)
     */
    ParallelLoop(int threads, CancellationToken cancel) {
        this.threads = threads;
        this.cancel = cancel;
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
        int chunks = n < 64 ? 1 : Math.min(n, threads * CHUNKS_PER_THREAD);
        if (pool == null || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                cancel.throwIfCancelled();
                body.run((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks));
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            futures.add(pool.submit(() -> {
                cancel.throwIfCancelled();
                body.run(from, to);
            }));
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
            futures.forEach(f -> f.cancel(false)); // chunks not started yet are dropped, not waited for
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
