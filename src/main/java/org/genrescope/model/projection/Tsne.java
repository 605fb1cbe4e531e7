package org.genrescope.model.projection;

import java.util.SplittableRandom;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Barnes-Hut t-SNE (van der Maaten 2014) to two dimensions, following scikit-learn 1.2's schedule so results
 * can be compared with it: sparse input affinities over the 3 x perplexity nearest neighbours, PCA
 * initialisation scaled to standard deviation 1e-4, early exaggeration with momentum 0.5, then momentum 0.8,
 * delta-bar-delta gains (+0.2 / x0.8, at least 0.01) and the "auto" learning rate.
 *
 * <p>Differences from scikit-learn: everything is in double precision (scikit-learn keeps the embedding in
 * float32), the PCA is exact rather than randomised (so axes may differ in sign), and all iterations run (no
 * early stop on a small gradient or on lack of progress, which scikit-learn checks every 50 iterations).
 *
 * <p>Deterministic: the same input and options give the same layout bit for bit, whatever the thread count.
 */
public final class Tsne {
    private static final double INITIAL_SCALE = 1e-4;
    private static final double MOMENTUM_EARLY = 0.5;
    private static final double MOMENTUM_LATE = 0.8;
    private static final double MIN_GAIN = 0.01;
    /** scikit-learn clamps p and q at float32's smallest normal number inside the KL logarithm. */
    private static final double TINY = 1.1754943508222875e-38;

    private Tsne() {
    }

    /**
     * Embeds n points of d features (d at least 2) in the plane.
     *
     * @param x        row-major n x d values (not modified)
     * @param progress receives stage "tsne" after every iteration (done / total iterations) and "tsne-affinities"
     *                 once the input affinities are ready
     * @param cancel   polled every iteration; cancellation throws {@link org.genrescope.task.CancelledException}
     * @return the layout, its final KL divergence (computed on the sparse P against Barnes-Hut's Q, as
     *         scikit-learn's {@code kl_divergence_}) and the iterations run
     */
    public static Projection2D fit(double[] x, int n, int d, TsneOptions options, ProgressListener progress,
                                   CancellationToken cancel) {
        return fit(x, n, d, options, progress, LayoutListener.NONE, cancel);
    }

    /**
     * As above, handing the layout as it forms to {@code layouts} (n x 2 copies, at most every
     * 400 ms, on this thread; the returned layout is the same bit for bit).
     * {@code cancel} is also polled before every chunk of every parallel loop, so a cancel is answered within a
     * fraction of an iteration.
     */
    public static Projection2D fit(double[] x, int n, int d, TsneOptions options, ProgressListener progress,
                                   LayoutListener layouts, CancellationToken cancel) {
        return fit(x, n, d, options, progress, layouts, LayoutSnapshots.INTERVAL_MILLIS * 1_000_000L, cancel);
    }

    /** As above, a layout handed over at most every {@code intervalNanos} (0: every iteration, for tests). */
    static Projection2D fit(double[] x, int n, int d, TsneOptions options, ProgressListener progress,
                            LayoutListener layouts, long intervalNanos, CancellationToken cancel) {
        java.util.Objects.requireNonNull(layouts, "layouts");
        ProjectionInput.check("t-SNE", x, n, d, options, progress, cancel);
        if (d < 2 && options.initialisation() == TsneOptions.Initialisation.PCA) {
            throw new IllegalArgumentException("t-SNE's PCA initialisation needs at least 2 features, got " + d);
        }
        if (n < 3) {
            throw new IllegalArgumentException("t-SNE needs at least 3 points, got " + n);
        }
        if (options.perplexity() >= n) {
            throw new IllegalArgumentException("--perplexity must be below the number of points (" + n + "), got "
                    + options.perplexity());
        }
        try (ParallelLoop loop = new ParallelLoop(options.threads(), cancel)) {
            InputAffinities p = InputAffinities.compute(x, n, d, options.perplexity(), options.neighboursFor(n), loop,
                    cancel);
            progress.progress("tsne-affinities", 1, 1, "input affinities over " + options.neighboursFor(n)
                    + " neighbours");
            cancel.throwIfCancelled();
            double[] y = initialLayout(x, n, d, options);
            Optimiser optimiser = new Optimiser(p, y, options, loop);
            LayoutSnapshots snapshots = new LayoutSnapshots(layouts, intervalNanos);
            int total = options.iterations();
            int early = Math.min(options.exaggerationIterations(), total);
            for (int iteration = 0; iteration < total; iteration++) {
                boolean exaggerated = iteration < early;
                optimiser.step(exaggerated ? options.earlyExaggeration() : 1,
                        exaggerated ? MOMENTUM_EARLY : MOMENTUM_LATE);
                progress.progress("tsne", iteration + 1, total,
                        (exaggerated ? "early exaggeration, " : "") + "iteration " + (iteration + 1) + " of " + total);
                cancel.throwIfCancelled();
                snapshots.offer(optimiser.y, iteration + 1, total);
            }
            return new Projection2D(optimiser.y, null, "tsne", optimiser.klDivergence(), total);
        }
    }

    private static double[] initialLayout(double[] x, int n, int d, TsneOptions options) {
        double[] y;
        if (options.initialisation() == TsneOptions.Initialisation.PCA) {
            y = Pca.fit(x, n, d).transform(x, n, d, 2);
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += y[2 * i];
            }
            mean /= n;
            double variance = 0;
            for (int i = 0; i < n; i++) {
                variance += (y[2 * i] - mean) * (y[2 * i] - mean);
            }
            double std = Math.sqrt(variance / n);
            if (std > 0) {
                double scale = INITIAL_SCALE / std;
                for (int c = 0; c < 2 * n; c++) {
                    y[c] *= scale;
                }
                return y;
            }
            // Constant data: fall through to the random start.
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        y = new double[2 * n];
        for (int c = 0; c < 2 * n; c++) {
            y[c] = INITIAL_SCALE * gaussian(random);
        }
        return y;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The gradient descent state, with every buffer allocated once. */
    private static final class Optimiser {
        private final InputAffinities p;
        private final int n;
        private final ParallelLoop loop;
        private final RepulsiveForces forces;
        private final double learningRate;
        private double[] y;
        private double[] next;
        private final double[] update;
        private final double[] gains;
        private final double[] repulsion;

        Optimiser(InputAffinities p, double[] y, TsneOptions options, ParallelLoop loop) {
            this.p = p;
            this.n = p.n;
            this.loop = loop;
            this.y = y;
            this.next = new double[2 * n];
            this.forces = options.gradient() == TsneOptions.Gradient.INTERPOLATION ? new InterpolatedRepulsion(n)
                    : new BarnesHutTree(n, options.theta());
            this.learningRate = options.learningRateFor(n);
            this.update = new double[2 * n];
            this.gains = new double[2 * n];
            java.util.Arrays.fill(gains, 1);
            this.repulsion = new double[2 * n];
        }

        /** One gradient step: the gradient is 4 (exaggeration x attraction - repulsion / Z). */
        void step(double exaggeration, double momentum) {
            double z = repulse();
            double inverseZ = 1 / z;
            double[] current = y;
            double[] out = next;
            loop.run(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    double xi = current[2 * i];
                    double yi = current[2 * i + 1];
                    double ax = 0;
                    double ay = 0;
                    for (int e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
                        int j = p.columns[e];
                        double dx = xi - current[2 * j];
                        double dy = yi - current[2 * j + 1];
                        double pq = p.values[e] / (1 + dx * dx + dy * dy);
                        ax += pq * dx;
                        ay += pq * dy;
                    }
                    double gx = 4 * (exaggeration * ax - repulsion[2 * i] * inverseZ);
                    double gy = 4 * (exaggeration * ay - repulsion[2 * i + 1] * inverseZ);
                    out[2 * i] = xi + move(2 * i, gx, momentum);
                    out[2 * i + 1] = yi + move(2 * i + 1, gy, momentum);
                }
            });
            next = current;
            y = out;
        }

        /** Delta-bar-delta: grow the gain where the gradient turned against the last move, shrink it otherwise. */
        private double move(int c, double gradient, double momentum) {
            double gain = update[c] * gradient < 0 ? gains[c] + 0.2 : gains[c] * 0.8;
            gain = Math.max(gain, MIN_GAIN);
            gains[c] = gain;
            double step = momentum * update[c] - learningRate * gain * gradient;
            update[c] = step;
            return step;
        }

        /** Fills the repulsion for the current layout and returns Z, the sum of all q_ij. */
        private double repulse() {
            return forces.repel(y, repulsion, loop);
        }

        /** KL(P || Q) over P's non-zero entries, Q normalised by the gradient method's estimate of Z. */
        double klDivergence() {
            double z = repulse();
            double kl = 0;
            for (int i = 0; i < n; i++) {
                for (int e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
                    int j = p.columns[e];
                    double dx = y[2 * i] - y[2 * j];
                    double dy = y[2 * i + 1] - y[2 * j + 1];
                    double q = 1 / (1 + dx * dx + dy * dy) / z;
                    double pij = p.values[e];
                    kl += pij * Math.log(Math.max(pij, TINY) / Math.max(q, TINY));
                }
            }
            return kl;
        }
    }
}
