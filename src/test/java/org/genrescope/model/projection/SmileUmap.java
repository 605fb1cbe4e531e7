package org.genrescope.model.projection;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.Failures;
import org.genrescope.task.ProgressListener;
import smile.manifold.UMAP;
import smile.math.MathEx;

/**
 * Smile 3.1.1's UMAP, kept in the test sources only as the peer the projection benchmarks were measured against
 * (docs/benchmarks.md: {@code TsneScaleBenchmark umap}, {@code ProjectionBenchmark}); the workbench and the command
 * line use {@link UmapEmbedding}, whose duplicate handling is the only one (this peer gives exact duplicates to
 * Smile as they are).
 *
 * <ul>
 *   <li>Smile embeds only the largest connected component of its k-nearest-neighbour graph, and also leaves
 *       out a few points inside a component, apparently those no other point has among its neighbours (10 of
 *       600 points of one Gaussian blob in 10-D; 15 of the 12,584 FMA tracks). Every other point
 *       is placed at (a small seeded jitter around) the layout position of its nearest input-space neighbour
 *       that Smile did place, and flagged in {@link Projection2D#approximated()}: no point is lost.</li>
 *   <li>Smile has no cancellation hook, so it runs on a thread of its own while the caller polls the token every
 *       {@value #POLL_MILLIS} ms; on cancel the abandoned run goes on, unseen, on its daemon thread, never
 *       interrupted; the native libraries are loaded before it starts ({@link SmileNatives}, ADR 0010). Runs are
 *       serialised (see {@link #SMILE}).</li>
 *   <li>Smile draws its random numbers from {@code MathEx}'s thread-local generator, which is seeded on that
 *       worker thread before the run.</li>
 * </ul>
 */
public final class SmileUmap {
    static final long POLL_MILLIS = 20;
    /** Approximated points are spread around their neighbour by this fraction of the layout's extent. */
    private static final double JITTER = 0.005;
    /**
     * Smile's UMAP calls ARPACK (Fortran with static state), so two runs must never overlap: an abandoned run and
     * a new one side by side crashed the test JVM
     * (observed once; none since they are serialised). One daemon thread runs them in turn; a new run waits (still
     * cancellable) until an abandoned one has finished.
     */
    private static final ExecutorService SMILE = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "smile-umap");
        thread.setDaemon(true);
        return thread;
    });

    private SmileUmap() {
    }

    /**
     * Embeds n points of d features in the plane.
     *
     * @param x        row-major n x d values (not modified)
     * @param progress receives stage "umap": 0 of 1 when Smile starts (it reports nothing while it runs), 1 of 1
     *                 when done
     * @param cancel   polled every {@value #POLL_MILLIS} ms while Smile runs
     * @throws org.genrescope.model.natives.NativeLibraryException when OpenBLAS or ARPACK cannot be loaded (one
     *                                                             sentence saying what to do)
     * @throws CancelledException when cancelled; an abandoned run goes on, unseen, on Smile's thread
     */
    public static Projection2D fit(double[] x, int n, int d, UmapOptions options, ProgressListener progress,
                                   CancellationToken cancel) {
        ProjectionInput.check("UMAP", x, n, d, options, progress, cancel);
        if (n <= options.neighbours()) {
            throw new IllegalArgumentException("--umap-neighbours must be below the number of points (" + n
                    + "), got " + options.neighbours());
        }
        cancel.throwIfCancelled();
        return embed(x, n, d, options, progress, cancel);
    }

    /** Smile's UMAP. */
    private static Projection2D embed(double[] x, int n, int d, UmapOptions options, ProgressListener progress,
                                      CancellationToken cancel) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOfRange(x, i * d, (i + 1) * d);
        }
        // Loaded here, on a thread no cancel interrupts, never by the thread that runs Smile (ADR 0010).
        SmileNatives.OPENBLAS_AND_ARPACK.await(progress, cancel);
        int epochs = options.epochsFor(n);
        progress.progress("umap", 0, 1, "Smile UMAP, " + epochs + " epochs");
        UMAP umap = runAbandonably(() -> {
            MathEx.setSeed(options.seed());
            return UMAP.of(rows, options.neighbours(), 2, epochs, options.learningRate(), options.minDist(),
                    options.spread(), options.negativeSamples(), options.repulsionStrength());
        }, cancel);
        Projection2D projection = mapBack(x, n, d, umap.index, umap.coordinates, options.seed(), epochs);
        progress.progress("umap", 1, 1, "UMAP placed " + (n - projection.approximatedCount()) + " of " + n
                + " points");
        return projection;
    }

    private static UMAP runAbandonably(java.util.concurrent.Callable<UMAP> work, CancellationToken cancel) {
        Future<UMAP> task = SMILE.submit(work);
        try {
            while (true) {
                try {
                    return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    if (cancel.isCancelled()) {
                        // Abandoned, never interrupted: an interrupt inside JavaCPP breaks its libraries for good.
                        task.cancel(false);
                        throw new CancelledException();
                    }
                }
            }
        } catch (InterruptedException e) {
            task.cancel(false);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw Failures.unwrap(e);
        }
    }

    /**
     * Places Smile's coordinates back at their input rows, and each point Smile dropped next to its nearest kept
     * neighbour (in the input space), flagged.
     */
    static Projection2D mapBack(double[] x, int n, int d, int[] kept, double[][] coordinates, long seed,
                                int epochs) {
        double[] xy = new double[2 * n];
        boolean[] placed = new boolean[n];
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < kept.length; m++) {
            int i = kept[m];
            xy[2 * i] = coordinates[m][0];
            xy[2 * i + 1] = coordinates[m][1];
            placed[i] = true;
            minX = Math.min(minX, xy[2 * i]);
            maxX = Math.max(maxX, xy[2 * i]);
            minY = Math.min(minY, xy[2 * i + 1]);
            maxY = Math.max(maxY, xy[2 * i + 1]);
        }
        if (kept.length == n) {
            return new Projection2D(xy, null, "umap", Double.NaN, epochs);
        }
        if (kept.length == 0) {
            throw new IllegalStateException("UMAP placed no point");
        }
        double jitter = JITTER * Math.max(Math.max(maxX - minX, maxY - minY), 1e-12);
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] approximated = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (placed[i]) {
                continue;
            }
            int nearest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int j : kept) {
                double sum = 0;
                for (int f = 0; f < d; f++) {
                    double diff = x[i * d + f] - x[j * d + f];
                    sum += diff * diff;
                }
                if (sum < best) {
                    best = sum;
                    nearest = j;
                }
            }
            double angle = 2 * Math.PI * random.nextDouble();
            double radius = jitter * Math.sqrt(random.nextDouble());
            xy[2 * i] = xy[2 * nearest] + radius * Math.cos(angle);
            xy[2 * i + 1] = xy[2 * nearest + 1] + radius * Math.sin(angle);
            approximated[i] = true;
        }
        return new Projection2D(xy, approximated, "umap", Double.NaN, epochs);
    }
}
