package org.genrescope.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draws the horizontal bands of one pixel buffer on several threads at once. Each band owns its rows, so no pixel
 * is written by two threads and no locking is needed; a painter that draws every band's points in the one drawing
 * order gives each pixel the same blends in the same order as a single thread would, so the picture does not depend
 * on the number of bands.
 *
 * <p>The calling thread draws the first band itself and then any band no worker has started (a busy machine never
 * leaves it waiting for a queued task), and returns only when every band is done, even when one failed: a worker
 * must never write into a buffer the caller has moved on from.
 */
final class RasterBands {

    /** The most bands a drawing is split into: one per core, at most 4. */
    static final int MOST = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final AtomicInteger WORKERS = new AtomicInteger();
    /** Set while this thread draws without the workers ({@link #alone}). */
    private static final ThreadLocal<Boolean> ALONE = ThreadLocal.withInitial(() -> false);
    private static volatile ExecutorService pool;
    /** This thread's own band workers ({@link #ownWorkers}), started by it; null: it uses the shared ones. */
    private static final ThreadLocal<ExecutorService> OWN = new ThreadLocal<>();

    private RasterBands() {
    }

    /** Draws rows [top, bottom) of a buffer. */
    @FunctionalInterface
    interface Band {
        void draw(int top, int bottom);
    }

    /**
     * Calls {@code band} for rows [edges[i], edges[i + 1]) for every i, the first on this thread, the others on
     * worker threads when there are any, and returns when all are done.
     *
     * @throws RuntimeException the first failure of a band, as itself (an {@link Error} too)
     */
    static void draw(int[] edges, Band band) {
        if (edges.length <= 2 || ALONE.get()) {
            for (int b = 0; b + 1 < edges.length; b++) {
                band.draw(edges[b], edges[b + 1]);
            }
            return;
        }
        List<FutureTask<Void>> others = new ArrayList<>(edges.length - 2);
        for (int b = 1; b + 1 < edges.length; b++) {
            int top = edges[b];
            int bottom = edges[b + 1];
            FutureTask<Void> task = new FutureTask<>(() -> band.draw(top, bottom), null);
            others.add(task);
            workers().execute(task);
        }
        Throwable failure = null;
        try {
            band.draw(edges[0], edges[1]);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        for (FutureTask<Void> task : others) {
            task.run(); // does nothing when a worker has started or finished it
            while (true) {
                try {
                    task.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // wait on: the band is still writing into the buffer
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause();
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    /**
     * Runs {@code work} with every band it draws drawn on the calling thread, none on the workers: for a lowered
     * background thread's drawing, whose bands would otherwise run on the workers at the window's priority.
     */
    static void alone(Runnable work) {
        boolean was = ALONE.get();
        ALONE.set(true);
        try {
            work.run();
        } finally {
            ALONE.set(was);
        }
    }

    /**
     * Starts the band workers now, on the calling thread. On Linux a new thread takes the nice value of the thread that
     * starts it, and the pool would otherwise be started by whichever thread draws first: at a million points in the
     * window that was a race between a frame worker and a lowered warm-up thread, and band workers started by the
     * latter would run at nice 10 while the FX thread waits for them in a drag's frame.
     */
    static void startWorkers() {
        if (pool() instanceof ThreadPoolExecutor executor) {
            executor.prestartAllCoreThreads();
        }
    }

    /**
     * Gives the calling thread band workers of its own, started now by it: they run at its priority (its nice value
     * on Linux), not at the window's as the shared ones do. For a lowered thread whose drawing must still be done on
     * every core when the window leaves them free, but must leave a core to JavaFX's render thread when it needs one
     * (at a million points a background frame's two threads took both cores while the render thread waited 40-54 ms
     * for one; docs/benchmarks.md, session 29). Once per thread; they end after 30 s without a band.
     */
    static void ownWorkers() {
        if (OWN.get() == null && MOST > 1) {
            ThreadPoolExecutor own = newPool();
            // idle ones end, so that a thread that ends leaves none behind; the owner starts them again when it draws
            own.setKeepAliveTime(30, TimeUnit.SECONDS);
            own.allowCoreThreadTimeOut(true);
            own.prestartAllCoreThreads();
            OWN.set(own);
        }
    }

    private static ExecutorService workers() {
        ExecutorService own = OWN.get();
        return own != null ? own : pool();
    }

    private static ThreadPoolExecutor newPool() {
        return (ThreadPoolExecutor) Executors.newFixedThreadPool(Math.max(1, MOST - 1), task -> {
            Thread thread = new Thread(task, "raster-band-" + WORKERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static ExecutorService pool() {
        ExecutorService existing = pool;
        if (existing == null) {
            synchronized (RasterBands.class) {
                existing = pool;
                if (existing == null) {
                    existing = newPool();
                    pool = existing;
                }
            }
        }
        return existing;
    }
}
