package org.genrescope.model.projection;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.genrescope.model.spatial.KdTree;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * A projection of more points than fit in the time budget: a seeded sample is embedded by the method itself, and
 * every other point is placed at a weighted mean of the layout positions of its k nearest sampled neighbours (in
 * the input space). The placed points are flagged in {@link Projection2D#approximated()}.
 *
 * <p>Weights are inverse distances: point i with sampled neighbours j at input distances r_j lands at
 * sum(y_j / r_j) / sum(1 / r_j); when some r_j is 0 (an exact duplicate of a sampled point) it lands at the mean
 * of those at distance 0. Neighbour ties go to the lower sample position, so the result depends on the seed only,
 * not on the thread count.
 */
public final class SampledProjection {
    /** Sampled neighbours each other point is placed by. */
    public static final int NEIGHBOURS = 10;
    private static final int POLL_EVERY = 256;

    private SampledProjection() {
    }

    /** Embeds the m sampled rows (row-major m x d) and returns their layout. */
    @FunctionalInterface
    public interface Embedder {
        Projection2D embed(double[] sample, int m);
    }

    /**
     * The sampled projection of n points.
     *
     * @param x        row-major n x d values (not modified)
     * @param m        sample size, 2 to n; when m equals n the method embeds every point and nothing is placed
     * @param seed     chooses the sample ({@link #seededSample})
     * @param progress receives stage "place" (0 of 1 and 1 of 1) around the placement
     * @param cancel   polled every {@value #POLL_EVERY} placed points
     * @return the layout of all n points: sampled points where the method put them (their own approximated flags
     *         kept), the others placed and flagged; the method's name, KL divergence (of the sample) and iterations
     */
    public static Projection2D fit(double[] x, int n, int d, int m, long seed, int threads, Embedder embedder,
                                   ProgressListener progress, CancellationToken cancel) {
        if (m < 2 || m > n) {
            throw new IllegalArgumentException("the sample must hold 2 to " + n + " points, got " + m);
        }
        int[] sample = seededSample(n, m, seed);
        double[] rows = new double[m * d];
        for (int s = 0; s < m; s++) {
            System.arraycopy(x, sample[s] * d, rows, s * d, d);
        }
        Projection2D sampled = embedder.embed(rows, m);
        cancel.throwIfCancelled();
        progress.progress("place", 0, 1, String.format(Locale.ROOT, "placing %,d points by their %d nearest "
                + "sampled neighbours", n - m, Math.min(NEIGHBOURS, m)));
        Projection2D all = place(x, n, d, sample, sampled, Math.min(NEIGHBOURS, m), threads, cancel);
        progress.progress("place", 1, 1, "placed");
        return all;
    }

    /**
     * m distinct indices of [0, n), sorted: the first m of a Fisher-Yates shuffle driven by
     * {@code SplittableRandom(seed)}.
     */
    public static int[] seededSample(int n, int m, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < m; s++) {
            int pick = s + random.nextInt(n - s);
            int swap = order[s];
            order[s] = order[pick];
            order[pick] = swap;
        }
        int[] sample = Arrays.copyOf(order, m);
        Arrays.sort(sample);
        return sample;
    }

    /**
     * Places every point not in {@code sample} by its k nearest sampled neighbours (see the class comment).
     *
     * @param sample  sorted distinct row indices whose layout is {@code sampled} (sample position s at row
     *                sample[s])
     * @param k       neighbours, 1 to sample.length
     */
    static Projection2D place(double[] x, int n, int d, int[] sample, Projection2D sampled, int k, int threads,
                              CancellationToken cancel) {
        int m = sample.length;
        double[] xy = new double[2 * n];
        boolean[] approximated = new boolean[n];
        boolean[] inSample = new boolean[n];
        for (int s = 0; s < m; s++) {
            int i = sample[s];
            inSample[i] = true;
            xy[2 * i] = sampled.x(s);
            xy[2 * i + 1] = sampled.y(s);
            approximated[i] = sampled.isApproximated(s);
        }
        if (m < n) {
            double[] rows = new double[m * d];
            for (int s = 0; s < m; s++) {
                System.arraycopy(x, sample[s] * d, rows, s * d, d);
            }
            // KdTree.nearest asks for fewer neighbours than points; with k = m every sampled point is a neighbour.
            KdTree tree = m > 1 ? new KdTree(rows, m, d) : null;
            int[] others = new int[n - m];
            int o = 0;
            for (int i = 0; i < n; i++) {
                if (!inSample[i]) {
                    others[o++] = i;
                }
            }
            try (ParallelLoop loop = new ParallelLoop(threads)) {
                loop.run(others.length, (from, to) -> {
                    int[] neighbours = new int[k];
                    double[] squared = new double[k];
                    KdTree.Nearest search = k < m ? tree.nearest(k) : null;
                    for (int t = from; t < to; t++) {
                        if (t % POLL_EVERY == 0) {
                            cancel.throwIfCancelled();
                        }
                        int i = others[t];
                        if (search != null) {
                            search.findNear(x, i * d, neighbours, squared, 0);
                        } else {
                            allOf(x, i, d, rows, m, neighbours, squared);
                        }
                        weightedMean(neighbours, squared, k, sampled, xy, 2 * i);
                        approximated[i] = true;
                    }
                });
            }
        }
        return new Projection2D(xy, approximated, sampled.method(), sampled.klDivergence(), sampled.iterations());
    }

    /** Every sampled point as a neighbour (k = m, too few sampled points for a k-nearest search). */
    private static void allOf(double[] x, int i, int d, double[] rows, int m, int[] neighbours, double[] squared) {
        for (int s = 0; s < m; s++) {
            double sum = 0;
            for (int f = 0; f < d; f++) {
                double diff = rows[s * d + f] - x[i * d + f];
                sum += diff * diff;
            }
            neighbours[s] = s;
            squared[s] = sum;
        }
    }

    /** Inverse-distance weighted mean of the neighbours' layout positions, written to out[at], out[at + 1]. */
    private static void weightedMean(int[] neighbours, double[] squared, int k, Projection2D sampled, double[] out,
                                     int at) {
        double weights = 0;
        double sumX = 0;
        double sumY = 0;
        int duplicates = 0;
        for (int j = 0; j < k; j++) {
            if (squared[j] == 0) {
                duplicates++;
            }
        }
        for (int j = 0; j < k; j++) {
            double w;
            if (duplicates > 0) {
                w = squared[j] == 0 ? 1 : 0;
            } else {
                w = 1 / Math.sqrt(squared[j]);
            }
            weights += w;
            sumX += w * sampled.x(neighbours[j]);
            sumY += w * sampled.y(neighbours[j]);
        }
        out[at] = sumX / weights;
        out[at + 1] = sumY / weights;
    }

    /**
     * The sentence the plot and the report carry, e.g. "t-SNE of a seeded sample of 60,000 points; the other 40,000
     * points placed by their 10 nearest neighbours".
     */
    public static String note(String methodName, int sampled, int placed) {
        return String.format(Locale.ROOT, "%s of a seeded sample of %,d points; the other %,d points placed by "
                + "their %d nearest neighbours", methodName, sampled, placed, Math.min(NEIGHBOURS, sampled));
    }

    /** True for a sentence {@link #note} made. */
    public static boolean isNote(String text) {
        return text.contains(" of a seeded sample of ") && text.contains(" nearest neighbours");
    }
}
