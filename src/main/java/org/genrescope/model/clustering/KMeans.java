package org.genrescope.model.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.Failures;
import org.genrescope.task.ProgressListener;

/**
 * K-Means with restarts, following scikit-learn's {@code KMeans(init="k-means++", algorithm="lloyd")}: greedy
 * k-means++ seeding ({@link KMeansPlusPlus}), Lloyd iterations accelerated with Hamerly's bounds
 * ({@link HamerlyLloyd}), the restart with the lowest inertia wins.
 *
 * <p>Determinism: restart r draws from its own {@link SplittableRandom}, the r-th split of one generator
 * seeded with {@link KMeansOptions#seed()}, made up front; a restart runs entirely on one thread, and ties in
 * inertia go to the lowest r. So the result is bit-identical for any number of threads.
 */
public final class KMeans {

    /** Stage name reported to the {@link ProgressListener}. */
    public static final String STAGE = "kmeans";

    private KMeans() {
    }

    /**
     * Clusters n points of d features.
     *
     * @param x        row-major n x d values (not modified)
     * @param progress told "kmeans", restarts done, restarts in total after each restart (from worker threads)
     * @param cancel   polled between Lloyd iterations; cancelling throws
     *                 {@link org.genrescope.task.CancelledException} from this method
     * @throws IllegalArgumentException if the shape does not match, a value is not finite, or k exceeds n
     */
    public static KMeansResult fit(double[] x, int n, int d, KMeansOptions options, ProgressListener progress,
                                   CancellationToken cancel) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        Matrices.checkShape(x, n, d);
        options.checkAgainst(n);

        double absoluteTolerance = options.tolerance() * Matrices.meanColumnVariance(x, n, d);
        SplittableRandom[] randoms = restartRandoms(options.seed(), options.restarts());
        RestartRunner runner = new RestartRunner(x, n, d, options, absoluteTolerance, randoms, progress, cancel);
        int threads = Math.min(options.threads(), options.restarts());
        Best best = threads == 1 ? runner.runAll() : runInParallel(runner, threads);
        return new KMeansResult(best.labels, best.centres, options.k(), best.inertia, best.iterations,
                best.restart);
    }

    /** The generators of every restart, split up front so restart r's stream never depends on scheduling. */
    static SplittableRandom[] restartRandoms(long seed, int restarts) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] randoms = new SplittableRandom[restarts];
        for (int r = 0; r < restarts; r++) {
            randoms[r] = root.split();
        }
        return randoms;
    }

    private static Best runInParallel(RestartRunner runner, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "kmeans-restarts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Best>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(runner::runAll));
            }
            Best best = null;
            for (Future<Best> future : futures) {
                Best candidate = get(future, runner);
                if (candidate != null && candidate.beats(best)) {
                    best = candidate;
                }
            }
            return best;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Best get(Future<Best> future, RestartRunner runner) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            runner.abort();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for K-Means restarts", e);
        } catch (ExecutionException e) {
            runner.abort();
            throw Failures.unwrap(e);
        }
    }

    /** Hands restart indices to workers; each worker keeps its own best. */
    private static final class RestartRunner {
        private final double[] x;
        private final int n;
        private final int d;
        private final KMeansOptions options;
        private final double absoluteTolerance;
        private final SplittableRandom[] randoms;
        private final ProgressListener progress;
        private final CancellationToken cancel;
        private final AtomicInteger nextRestart = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private volatile boolean aborted;

        RestartRunner(double[] x, int n, int d, KMeansOptions options, double absoluteTolerance,
                      SplittableRandom[] randoms, ProgressListener progress, CancellationToken cancel) {
            this.x = x;
            this.n = n;
            this.d = d;
            this.options = options;
            this.absoluteTolerance = absoluteTolerance;
            this.randoms = randoms;
            this.progress = progress;
            this.cancel = cancel;
        }

        /** Lets the other workers stop early when one failed. */
        void abort() {
            aborted = true;
        }

        Best runAll() {
            int k = options.k();
            KMeansPlusPlus seeding = new KMeansPlusPlus(x, n, d, k);
            HamerlyLloyd lloyd = new HamerlyLloyd(x, n, d, k);
            CancellationToken stop = () -> aborted || cancel.isCancelled();
            double[] initialCentres = new double[k * d];
            Best best = null;
            int total = options.restarts();
            for (int r = nextRestart.getAndIncrement(); r < total; r = nextRestart.getAndIncrement()) {
                stop.throwIfCancelled();
                seeding.seed(randoms[r], initialCentres);
                lloyd.run(initialCentres, options.maxIterations(), absoluteTolerance, stop);
                if (best == null || lloyd.inertia() < best.inertia
                        || (lloyd.inertia() == best.inertia && r < best.restart)) {
                    best = new Best(r, lloyd.labels().clone(), lloyd.centres().clone(), lloyd.inertia(),
                            lloyd.iterations());
                }
                int done = finished.incrementAndGet();
                progress.progress(STAGE, done, total, "restart " + done + " of " + total);
            }
            return best;
        }
    }

    private record Best(int restart, int[] labels, double[] centres, double inertia, int iterations) {
        boolean beats(Best other) {
            return other == null || inertia < other.inertia || (inertia == other.inertia && restart < other.restart);
        }
    }
}
