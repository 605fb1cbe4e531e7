package org.genrescope.model.projection;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Our own UMAP to two dimensions (McInnes, Healy and Melville 2018) with umap-learn 0.5's defaults, in place of
 * Smile's, whose neighbour search is quadratic and single-threaded (ADR 0007): exact k nearest neighbours by the
 * KD-tree, the fuzzy simplicial set ({@link FuzzySimplicialSet}), a and b fitted from min_dist and spread
 * ({@link UmapCurve}), a PCA start scaled to [0, 10] on each axis (umap-learn's default start is spectral; PCA is
 * cheaper and keeps separate groups apart, where a spectral start of a disconnected graph needs extra care), then
 * the sampled-edge optimisation ({@link UmapOptimizer}) on the given number of threads. Every point is embedded
 * (no component is dropped); exact duplicates are embedded once and drawn on their twin, as umap-learn's
 * unique=True. Deterministic for a seed, whatever the thread count.
 */
public final class UmapEmbedding {
    /** At most this many distinct points are laid out by PCA (too few for a neighbour graph). */
    static final int MIN_POINTS = 3;

    private UmapEmbedding() {
    }

    /**
     * Embeds n points of d features in the plane.
     *
     * @param x        row-major n x d values (not modified)
     * @param threads  worker threads (at least 1); the result does not depend on it
     * @param progress stage "umap-neighbours" (0 then 1 of 1), then "umap", one unit per epoch
     * @param cancel   polled every 256 points during the neighbour search and every epoch
     * @return n x 2 layout; nothing approximated; its iterations are the epochs run
     * @throws IllegalArgumentException when the shape is wrong, a value is not finite, or k is not below n
     * @throws org.genrescope.task.CancelledException when cancelled
     */
    public static Projection2D fit(double[] x, int n, int d, UmapOptions options, int threads,
                                   ProgressListener progress, CancellationToken cancel) {
        return fit(x, n, d, options, threads, progress, LayoutListener.NONE, cancel);
    }

    /**
     * As above, handing the layout of all n points as it forms to {@code layouts} (copies, at most every
     * 400 ms, on this thread; exact duplicates drawn on their twin; the returned
     * layout is the same bit for bit). {@code cancel} is also polled before every chunk of every epoch.
     */
    public static Projection2D fit(double[] x, int n, int d, UmapOptions options, int threads,
                                   ProgressListener progress, LayoutListener layouts, CancellationToken cancel) {
        return fit(x, n, d, options, threads, progress, layouts, LayoutSnapshots.INTERVAL_MILLIS * 1_000_000L, cancel);
    }

    /** As above, a layout handed over at most every {@code intervalNanos} (0: every epoch, for tests). */
    static Projection2D fit(double[] x, int n, int d, UmapOptions options, int threads, ProgressListener progress,
                            LayoutListener layouts, long intervalNanos, CancellationToken cancel) {
        java.util.Objects.requireNonNull(layouts, "layouts");
        ProjectionInput.check("UMAP", x, n, d, options, progress, cancel);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (n <= options.neighbours()) {
            throw new IllegalArgumentException("--umap-neighbours must be below the number of points (" + n
                    + "), got " + options.neighbours());
        }
        cancel.throwIfCancelled();
        DuplicateRows duplicates = DuplicateRows.of(x, n, d);
        if (!duplicates.any()) {
            return embed(x, n, d, options, threads, progress, new LayoutSnapshots(layouts, intervalNanos), cancel);
        }
        int u = duplicates.count();
        Projection2D distinct;
        if (u == 1) {
            distinct = new Projection2D(new double[2], null, "umap", Double.NaN, 0);
        } else if (u <= MIN_POINTS) {
            progress.progress("umap", 0, 1, "only " + u + " distinct points: PCA layout of them");
            distinct = Projections.pca(duplicates.unique(), u, d);
        } else {
            UmapOptions forDistinct = u <= options.neighbours() ? options.withNeighbours(u - 1) : options;
            LayoutListener expanded = layouts == LayoutListener.NONE ? LayoutListener.NONE
                    : (xy, iteration, iterations) -> layouts.formed(duplicates.expand(xy), iteration, iterations);
            distinct = embed(duplicates.unique(), u, d, forDistinct, threads, progress,
                    new LayoutSnapshots(expanded, intervalNanos), cancel);
        }
        double[] uniqueXy = new double[2 * u];
        for (int m = 0; m < u; m++) {
            uniqueXy[2 * m] = distinct.x(m);
            uniqueXy[2 * m + 1] = distinct.y(m);
        }
        return new Projection2D(duplicates.expand(uniqueXy), null, "umap", Double.NaN, distinct.iterations());
    }

    /**
     * How many distinct input points the projection would embed: below n when some are exact duplicates, which
     * are then drawn on their twin (for a note to the user).
     */
    public static int distinctPoints(double[] x, int n, int d) {
        return DuplicateRows.of(x, n, d).count();
    }

    /** UMAP on distinct points, more of them than neighbours. */
    private static Projection2D embed(double[] x, int n, int d, UmapOptions options, int threads,
                                      ProgressListener progress, LayoutSnapshots layouts, CancellationToken cancel) {
        int epochs = options.epochsFor(n);
        UmapCurve curve = UmapCurve.fit(options.spread(), options.minDist());
        try (ParallelLoop loop = new ParallelLoop(threads, cancel)) {
            progress.progress("umap-neighbours", 0, 1, "UMAP: " + options.neighbours() + " nearest neighbours of "
                    + n + " points");
            FuzzySimplicialSet graph = FuzzySimplicialSet.compute(x, n, d, options.neighbours(), loop, cancel);
            progress.progress("umap-neighbours", 1, 1, "UMAP: fuzzy simplicial set of " + graph.edges() + " edges");
            double[] y = start(x, n, d);
            UmapOptimizer.optimise(graph, y, curve, epochs, options.learningRate(), options.negativeSamples(),
                    options.repulsionStrength(), options.seed(), loop, progress, layouts, cancel);
            return new Projection2D(y, null, "umap", Double.NaN, epochs);
        }
    }

    /**
     * The first two principal components, each scaled to [0, 10] (umap-learn rescales every start so); an axis of no
     * spread stays at 0.
     */
    static double[] start(double[] x, int n, int d) {
        double[] y = d >= 2 ? Pca.fit(x, n, d).transform(x, n, d, 2) : twoColumns(x, n);
        for (int axis = 0; axis < 2; axis++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, y[2 * i + axis]);
                max = Math.max(max, y[2 * i + axis]);
            }
            double scale = max > min ? 10 / (max - min) : 0;
            for (int i = 0; i < n; i++) {
                y[2 * i + axis] = (y[2 * i + axis] - min) * scale;
            }
        }
        return y;
    }

    /** One feature: it is the first axis, the second starts flat. */
    private static double[] twoColumns(double[] x, int n) {
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            y[2 * i] = x[i];
        }
        return y;
    }
}
