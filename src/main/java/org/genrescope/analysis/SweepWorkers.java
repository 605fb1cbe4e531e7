package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.Failures;

/**
 * Runs a sweep's independent pieces of work (one cell's K-Means, one cell's scores) on a few threads at once. Each
 * piece is deterministic on its own, so the results do not depend on the number of threads; running whole cells side
 * by side keeps both cores busy where one cell's restarts, split between threads, leave one idle at each cell's end.
 */
final class SweepWorkers {
    private SweepWorkers() { }

    /** One piece of work; it polls {@code stop}, which turns cancelled when the sweep is or another piece failed. */
    @FunctionalInterface
    interface Task<R> {
        R run(CancellationToken stop);
    }

    /**
     * Runs every task on up to {@code threads} threads (inline when 1) and hands each result to {@code inOrder} on
     * the calling thread, in task order, as soon as it and the tasks before it are done.
     *
     * @return the results in task order
     * @throws CancelledException when {@code cancel} was cancelled (the running tasks stop at their next poll)
     * @throws RuntimeException   what a task threw, as it was thrown; the other tasks are stopped
     */
    static <R> List<R> run(List<? extends Task<R>> tasks, int threads, CancellationToken cancel,
                           Consumer<? super R> inOrder) {
        List<R> results = new ArrayList<>(tasks.size());
        if (threads <= 1 || tasks.size() <= 1) {
            for (Task<R> task : tasks) {
                R result = task.run(cancel);
                results.add(result);
                inOrder.accept(result);
            }
            return results;
        }
        AtomicBoolean ended = new AtomicBoolean();
        CancellationToken stop = () -> ended.get() || cancel.isCancelled();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
            Thread thread = new Thread(runnable, "sweep-cells");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(tasks.size());
            for (Task<R> task : tasks) {
                futures.add(pool.submit(() -> task.run(stop)));
            }
            for (Future<R> future : futures) {
                R result = future.get();
                results.add(result);
                inOrder.accept(result);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw Failures.unwrap(e);
        } finally {
            ended.set(true); // stops what still runs after a failure (after a success nothing does)
            pool.shutdownNow();
        }
    }
}
