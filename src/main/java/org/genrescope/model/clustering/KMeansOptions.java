package org.genrescope.model.clustering;

/**
 * Every knob of {@link KMeans#fit}, validated on construction.
 *
 * @param k             number of clusters, at least 1 (and at most the number of points, checked by {@code fit})
 * @param restarts      independent k-means++ seedings; the run with the lowest inertia wins (scikit-learn's
 *                      {@code n_init}; the seed recipe uses 100)
 * @param maxIterations Lloyd iterations per restart, at least 1 (scikit-learn's default is 300)
 * @param tolerance     convergence threshold relative to the data: a restart stops when the summed squared
 *                      centroid shift is at most {@code tolerance} times the mean per-feature variance, as in
 *                      scikit-learn ({@code tol}, default 1e-4); 0 means "only when no label changes"
 * @param seed          drives every random choice; equal seeds give bit-identical results on one machine
 * @param threads       worker threads for the restarts, at least 1; the result does not depend on it
 */
public record KMeansOptions(int k, int restarts, int maxIterations, double tolerance, long seed, int threads) {

    /** scikit-learn's default {@code max_iter}. */
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    /** scikit-learn's default {@code tol}. */
    public static final double DEFAULT_TOLERANCE = 1e-4;

    public KMeansOptions {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /**
     * scikit-learn's defaults (300 iterations, tolerance 1e-4) with the given k, restarts and seed, on as many
     * threads as there are processors.
     */
    public static KMeansOptions of(int k, int restarts, long seed) {
        return new KMeansOptions(k, restarts, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, seed,
                Runtime.getRuntime().availableProcessors());
    }

    /** The same options on a different number of threads (which never changes the result). */
    public KMeansOptions withThreads(int newThreads) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed, newThreads);
    }

    /** Checks the parts that depend on the data: k may not exceed the number of points. */
    void checkAgainst(int n) {
        if (k > n) {
            throw new IllegalArgumentException("k must be between 1 and " + n + " (the number of points), got " + k);
        }
    }
}
