package org.genrescope.model.projection;

import java.util.Arrays;

import org.genrescope.model.spatial.KdTree;
import org.genrescope.task.CancellationToken;

/**
 * t-SNE's input affinities P, as scikit-learn 1.2 builds them for Barnes-Hut: for each point a Gaussian over its
 * k nearest neighbours (squared Euclidean distances) whose bandwidth is found by bisection so that the
 * distribution's perplexity matches, then P = (P_cond + P_cond^T) / sum. Stored as a symmetric sparse matrix in
 * compressed rows with sorted columns.
 */
final class InputAffinities {
    private static final int BISECTION_STEPS = 100;
    /** Points between two polls of the cancel: a cancel waits for at most 16 neighbour queries (or rows). */
    private static final int POLL_EVERY = 16;
    private static final double ENTROPY_TOLERANCE = 1e-5;
    private static final double MACHINE_EPSILON = Math.ulp(1.0);

    final int n;
    final int[] rowStart;
    final int[] columns;
    final double[] values;

    private InputAffinities(int n, int[] rowStart, int[] columns, double[] values) {
        this.n = n;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /**
     * Polls {@code cancel} every {@value #POLL_EVERY} points (the sorting of the rows too), so a cancel at 100,000
     * points is not kept waiting.
     */
    static InputAffinities compute(double[] x, int n, int d, double perplexity, int k, ParallelLoop loop,
                                   CancellationToken cancel) {
        int[] neighbours = new int[n * k];
        double[] squaredDistances = new double[n * k];
        nearestNeighbours(x, n, d, k, loop, neighbours, squaredDistances, cancel);
        double[] conditional = new double[n * k];
        loop.run(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (i % POLL_EVERY == 0) {
                    cancel.throwIfCancelled();
                }
                conditionalRow(squaredDistances, i * k, k, perplexity, conditional);
            }
        });
        cancel.throwIfCancelled();
        return symmetrise(n, k, neighbours, conditional, cancel);
    }

    /**
     * Row i of the n x k outputs gets point i's k nearest other points, nearest first, exact. Points are queried
     * in the tree's storage order, so consecutive queries in a chunk visit the same nodes (faster than index
     * order); each row is written by one query, so the result does not depend on the split into chunks.
     */
    private static void nearestNeighbours(double[] x, int n, int d, int k, ParallelLoop loop, int[] indices,
                                          double[] squaredDistances, CancellationToken cancel) {
        KdTree tree = new KdTree(x, n, d);
        loop.run(n, (from, to) -> {
            KdTree.Nearest search = tree.nearest(k);
            for (int position = from; position < to; position++) {
                if (position % POLL_EVERY == 0) {
                    cancel.throwIfCancelled();
                }
                int i = tree.pointAt(position);
                search.find(i, indices, squaredDistances, i * k);
            }
        });
    }

    /**
     * Bisection on the Gaussian's precision beta, as scikit-learn's {@code _binary_search_perplexity}. The
     * distances are shifted by their minimum first, which leaves the normalised distribution unchanged but keeps
     * exp from underflowing when every neighbour is far.
     */
    static void conditionalRow(double[] squaredDistances, int offset, int k, double perplexity, double[] out) {
        double desiredEntropy = Math.log(perplexity);
        double minimum = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            minimum = Math.min(minimum, squaredDistances[offset + j]);
        }
        double beta = 1;
        double betaMin = Double.NEGATIVE_INFINITY;
        double betaMax = Double.POSITIVE_INFINITY;
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double p = Math.exp(-(squaredDistances[offset + j] - minimum) * beta);
                out[offset + j] = p;
                sum += p;
            }
            double weighted = 0;
            for (int j = 0; j < k; j++) {
                out[offset + j] /= sum;
                weighted += (squaredDistances[offset + j] - minimum) * out[offset + j];
            }
            double entropyGap = Math.log(sum) + beta * weighted - desiredEntropy;
            if (Math.abs(entropyGap) <= ENTROPY_TOLERANCE) {
                break;
            }
            if (entropyGap > 0) {
                betaMin = beta;
                beta = betaMax == Double.POSITIVE_INFINITY ? beta * 2 : (beta + betaMax) / 2;
            } else {
                betaMax = beta;
                beta = betaMin == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + betaMin) / 2;
            }
        }
    }

    /** P + P^T over the union of both directions' entries, divided by the total. */
    private static InputAffinities symmetrise(int n, int k, int[] neighbour, double[] conditional,
                                              CancellationToken cancel) {
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int e = i * k; e < (i + 1) * k; e++) {
                count[i + 1]++;
                count[neighbour[e] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        int total = count[n];
        int[] fill = Arrays.copyOf(count, n);
        int[] rawColumn = new int[total];
        double[] rawValue = new double[total];
        for (int i = 0; i < n; i++) {
            for (int e = i * k; e < (i + 1) * k; e++) {
                int j = neighbour[e];
                double p = conditional[e];
                rawColumn[fill[i]] = j;
                rawValue[fill[i]++] = p;
                rawColumn[fill[j]] = i;
                rawValue[fill[j]++] = p;
            }
        }
        // Sort each row by column and merge the duplicates (pairs that are neighbours both ways).
        int[] rowStart = new int[n + 1];
        int[] columns = new int[total];
        double[] values = new double[total];
        int out = 0;
        long[] keys = new long[2 * k + 16];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (i % POLL_EVERY == 0) {
                cancel.throwIfCancelled();
            }
            rowStart[i] = out;
            int from = count[i];
            int length = count[i + 1] - from;
            if (keys.length < length) {
                keys = new long[length];
            }
            for (int e = 0; e < length; e++) {
                keys[e] = ((long) rawColumn[from + e] << 32) | e;
            }
            Arrays.sort(keys, 0, length);
            for (int e = 0; e < length; e++) {
                int column = (int) (keys[e] >>> 32);
                double value = rawValue[from + (int) keys[e]];
                if (out > rowStart[i] && columns[out - 1] == column) {
                    values[out - 1] += value;
                } else {
                    columns[out] = column;
                    values[out++] = value;
                }
                sum += value;
            }
        }
        rowStart[n] = out;
        double scale = 1 / Math.max(sum, MACHINE_EPSILON);
        for (int e = 0; e < out; e++) {
            values[e] *= scale;
        }
        return new InputAffinities(n, rowStart, Arrays.copyOf(columns, out), Arrays.copyOf(values, out));
    }
}
