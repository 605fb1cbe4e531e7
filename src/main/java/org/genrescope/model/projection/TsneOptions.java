package org.genrescope.model.projection;

/**
 * Every knob of {@link Tsne}, validated on construction. The defaults follow scikit-learn 1.2's
 * {@code TSNE(method="barnes_hut", init="pca", learning_rate="auto")}.
 *
 * @param perplexity             effective number of neighbours each point's input affinities spread over; must
 *                               also be below the number of points (checked when fitting)
 * @param iterations             gradient steps in all, exaggeration stage included
 * @param theta                  Barnes-Hut accuracy: a quadtree cell of width w at distance r from a point is
 *                               summarised by its centre of mass when w / r is below theta; 0 is exact (O(n^2))
 * @param seed                   drives the random initialisation; the PCA initialisation and the optimisation
 *                               are deterministic, so with {@link Initialisation#PCA} the seed changes nothing
 * @param threads                worker threads; the result does not depend on it (every point's forces are
 *                               computed alone and summed in a fixed order)
 * @param earlyExaggeration      factor on the input affinities during the first stage
 * @param exaggerationIterations length of the first stage (momentum 0.5); the rest run at momentum 0.8
 * @param learningRate           step size, or {@link #AUTO_LEARNING_RATE} for max(n / earlyExaggeration / 4, 50)
 * @param initialisation         where the points start
 * @param gradient               how the repulsive forces are approximated
 */
public record TsneOptions(double perplexity, int iterations, double theta, long seed, int threads,
                          double earlyExaggeration, int exaggerationIterations, double learningRate,
                          Initialisation initialisation, Gradient gradient) {

    /**
     * From this many points on, {@link #forSize} picks openTSNE's large-data method. openTSNE switches at 10,000;
     * here the interpolation took 1.7 times Barnes-Hut's CPU at 20,000 points (47.9 s against 27.5 s, 750
     * iterations each, docs/benchmarks.md) because of its fixed FFT grid, so Barnes-Hut keeps the sizes up to
     * 50,000 (the crossing between 20,000 and 100,000 is not measured yet).
     */
    public static final int INTERPOLATION_FROM = 50_000;

    /** Marks the learning rate scikit-learn calls "auto". */
    public static final double AUTO_LEARNING_RATE = 0;

    /** Starting layouts. */
    public enum Initialisation {
        /** The first two principal components, scaled so the first has standard deviation 1e-4. */
        PCA,
        /** Seeded Gaussian noise with standard deviation 1e-4. */
        RANDOM
    }

    /** Ways to approximate the repulsive forces, whose exact sum over all pairs costs O(n^2). */
    public enum Gradient {
        /** A quadtree, cells summarised by their centre of mass when far enough (theta); O(n log n). */
        BARNES_HUT,
        /**
         * Lagrange interpolation on a grid of intervals and an FFT convolution, as FIt-SNE and openTSNE; O(n) plus
         * the grid's FFT. Theta is not used.
         */
        INTERPOLATION
    }

    public TsneOptions {
        if (!(perplexity > 0) || Double.isInfinite(perplexity)) {
            throw new IllegalArgumentException("--perplexity must be a positive number, got " + perplexity);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("--iterations must be at least 1, got " + iterations);
        }
        if (!(theta >= 0 && theta <= 1)) {
            throw new IllegalArgumentException("--theta must be between 0 and 1, got " + theta);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (!(earlyExaggeration >= 1) || Double.isInfinite(earlyExaggeration)) {
            throw new IllegalArgumentException("--early-exaggeration must be at least 1, got " + earlyExaggeration);
        }
        if (exaggerationIterations < 0) {
            throw new IllegalArgumentException("--exaggeration-iterations must be at least 0, got "
                    + exaggerationIterations);
        }
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("--learning-rate must be positive (or 0 for auto), got "
                    + learningRate);
        }
        if (initialisation == null) {
            throw new IllegalArgumentException("--tsne-init must be pca or random");
        }
        if (gradient == null) {
            throw new IllegalArgumentException("--tsne-gradient must be barnes-hut or interpolation");
        }
    }

    /**
     * scikit-learn 1.2's defaults: perplexity 30, 1,000 iterations, theta 0.5, early exaggeration 12 for 250
     * iterations, automatic learning rate, PCA initialisation.
     */
    public static TsneOptions defaults(long seed, int threads) {
        return new TsneOptions(30, 1000, 0.5, seed, threads, 12, 250, AUTO_LEARNING_RATE, Initialisation.PCA,
                Gradient.BARNES_HUT);
    }

    /**
     * The defaults for n points: below {@link #INTERPOLATION_FROM}, {@link #defaults}; from it on, openTSNE's
     * published defaults (perplexity 30, PCA start, early exaggeration 12 for 250 iterations then 500 more,
     * interpolated gradient, learning rate n / 12 in openTSNE's units, which is this class's automatic n / 48
     * because this gradient carries the factor 4 openTSNE's leaves out).
     */
    public static TsneOptions forSize(int n, long seed, int threads) {
        TsneOptions small = defaults(seed, threads);
        return n < INTERPOLATION_FROM ? small : small.withIterations(750).withGradient(Gradient.INTERPOLATION);
    }

    public TsneOptions withPerplexity(double value) {
        return new TsneOptions(value, iterations, theta, seed, threads, earlyExaggeration, exaggerationIterations,
                learningRate, initialisation, gradient);
    }

    public TsneOptions withIterations(int value) {
        return new TsneOptions(perplexity, value, theta, seed, threads, earlyExaggeration, exaggerationIterations,
                learningRate, initialisation, gradient);
    }

    public TsneOptions withTheta(double value) {
        return new TsneOptions(perplexity, iterations, value, seed, threads, earlyExaggeration,
                exaggerationIterations, learningRate, initialisation, gradient);
    }

    public TsneOptions withThreads(int value) {
        return new TsneOptions(perplexity, iterations, theta, seed, value, earlyExaggeration, exaggerationIterations,
                learningRate, initialisation, gradient);
    }

    public TsneOptions withInitialisation(Initialisation value) {
        return new TsneOptions(perplexity, iterations, theta, seed, threads, earlyExaggeration,
                exaggerationIterations, learningRate, value, gradient);
    }

    public TsneOptions withGradient(Gradient value) {
        return new TsneOptions(perplexity, iterations, theta, seed, threads, earlyExaggeration,
                exaggerationIterations, learningRate, initialisation, value);
    }

    /** The learning rate for n points: the explicit one, or scikit-learn 1.2's "auto". */
    public double learningRateFor(int n) {
        return learningRate == AUTO_LEARNING_RATE ? Math.max(n / earlyExaggeration / 4, 50) : learningRate;
    }

    /** Neighbours kept per point for the input affinities, as scikit-learn: min(n - 1, floor(3 perplexity + 1)). */
    public int neighboursFor(int n) {
        return (int) Math.min(n - 1L, (long) (3 * perplexity + 1));
    }
}
