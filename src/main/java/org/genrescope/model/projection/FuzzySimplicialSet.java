package org.genrescope.model.projection;

import org.genrescope.model.spatial.KdTree;
import org.genrescope.task.CancellationToken;

/**
 * UMAP's fuzzy simplicial set of n points (McInnes, Healy and Melville 2018, section 3.1; umap-learn's defaults:
 * Euclidean, local connectivity 1, set operation mix ratio 1): a symmetric sparse graph whose weight on the edge
 * i-j is the fuzzy union w_ij + w_ji - w_ij w_ji of the directed memberships
 * w_ij = exp(-max(0, d_ij - rho_i) / sigma_i) over each point's k - 1 exact nearest other points (k counts the point
 * itself, as umap-learn's n_neighbors), where rho_i is the distance to the nearest other point at a positive
 * distance and sigma_i solves sum_j exp(-max(0, d_ij - rho_i) / sigma_i) = log2(k) by bisection (smooth kNN
 * distances). Stored as compressed rows, columns ascending within a row; both directions of every edge are stored.
 */
final class FuzzySimplicialSet {
    /** Points between two polls of the cancel: a cancel waits for at most 16 neighbour queries (or rows). */
    private static final int POLL_EVERY = 16;
    private static final int BISECTION_STEPS = 64;
    private static final double TOLERANCE = 1e-5;
    /** sigma never falls below this fraction of the mean neighbour distance (umap-learn's MIN_K_DIST_SCALE). */
    private static final double MIN_SIGMA_SCALE = 1e-3;

    final int n;
    final int[] rowStart;
    final int[] columns;
    final double[] weights;

    private FuzzySimplicialSet(int n, int[] rowStart, int[] columns, double[] weights) {
        this.n = n;
        this.rowStart = rowStart;
        this.columns = columns;
        this.weights = weights;
    }

    /**
     * @param x row-major n x d values
     * @param k neighbours per point counting the point itself (2 to n)
     * @throws org.genrescope.task.CancelledException when cancelled (polled every {@value #POLL_EVERY} points)
     */
    static FuzzySimplicialSet compute(double[] x, int n, int d, int k, ParallelLoop loop, CancellationToken cancel) {
        int m = k - 1;
        int[] neighbours = new int[n * m];
        double[] distances = new double[n * m];
        KdTree tree = new KdTree(x, n, d);
        loop.run(n, (from, to) -> {
            KdTree.Nearest search = tree.nearest(m);
            for (int position = from; position < to; position++) {
                if (position % POLL_EVERY == 0) {
                    cancel.throwIfCancelled();
                }
                int i = tree.pointAt(position);
                search.find(i, neighbours, distances, i * m);
            }
        });
        cancel.throwIfCancelled();
        double total = 0;
        for (int e = 0; e < distances.length; e++) {
            distances[e] = Math.sqrt(distances[e]);
            total += distances[e];
        }
        double meanDistance = total / distances.length;
        double target = Math.log(k) / Math.log(2);
        double[] membership = new double[n * m];
        loop.run(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (i % POLL_EVERY == 0) {
                    cancel.throwIfCancelled();
                }
                memberships(distances, i * m, m, target, meanDistance, membership);
            }
        });
        cancel.throwIfCancelled();
        return union(n, m, neighbours, membership, cancel);
    }

    /**
     * One row's directed memberships w_ij into {@code out[offset..offset + m)} from its m neighbour distances
     * (ascending): rho is the first positive distance, sigma is bisected so the memberships sum to {@code target}.
     */
    static void memberships(double[] distances, int offset, int m, double target, double meanDistance,
                            double[] out) {
        double rho = 0;
        double rowSum = 0;
        for (int j = 0; j < m; j++) {
            double distance = distances[offset + j];
            if (rho == 0 && distance > 0) {
                rho = distance;
            }
            rowSum += distance;
        }
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        double sigma = 1;
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                double excess = distances[offset + j] - rho;
                sum += excess > 0 ? Math.exp(-excess / sigma) : 1;
            }
            if (Math.abs(sum - target) < TOLERANCE) {
                break;
            }
            if (sum > target) {
                high = sigma;
                sigma = (low + high) / 2;
            } else {
                low = sigma;
                sigma = high == Double.POSITIVE_INFINITY ? sigma * 2 : (low + high) / 2;
            }
        }
        // A row of equal distances drives sigma to 0; the floor keeps the memberships finite and smooth.
        double floor = MIN_SIGMA_SCALE * (rho > 0 ? rowSum / m : meanDistance);
        sigma = Math.max(sigma, floor);
        for (int j = 0; j < m; j++) {
            double excess = distances[offset + j] - rho;
            out[offset + j] = excess <= 0 || sigma == 0 ? 1 : Math.exp(-excess / sigma);
        }
    }

    /** The fuzzy union of the directed graph and its transpose, as sorted compressed rows. */
    private static FuzzySimplicialSet union(int n, int m, int[] neighbours, double[] membership,
                                            CancellationToken cancel) {
        int[] degree = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int e = i * m; e < (i + 1) * m; e++) {
                degree[i]++;
                degree[neighbours[e]]++;
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + degree[i];
        }
        int[] fill = start.clone();
        int[] column = new int[start[n]];
        double[] value = new double[start[n]];
        for (int i = 0; i < n; i++) {
            for (int e = i * m; e < (i + 1) * m; e++) {
                int j = neighbours[e];
                column[fill[i]] = j;
                value[fill[i]++] = membership[e];
                column[fill[j]] = i;
                value[fill[j]++] = membership[e];
            }
        }
        // Sort each row by column; a column seen twice holds w_ij and w_ji, merged by the fuzzy union.
        int[] rowStart = new int[n + 1];
        int out = 0;
        for (int i = 0; i < n; i++) {
            if (i % POLL_EVERY == 0) {
                cancel.throwIfCancelled();
            }
            int from = start[i];
            int to = start[i + 1];
            for (int a = from + 1; a < to; a++) {
                int c = column[a];
                double v = value[a];
                int b = a - 1;
                while (b >= from && column[b] > c) {
                    column[b + 1] = column[b];
                    value[b + 1] = value[b];
                    b--;
                }
                column[b + 1] = c;
                value[b + 1] = v;
            }
            rowStart[i] = out;
            for (int a = from; a < to; a++) {
                if (a + 1 < to && column[a + 1] == column[a]) {
                    double p = value[a];
                    double q = value[a + 1];
                    column[out] = column[a];
                    value[out++] = p + q - p * q;
                    a++;
                } else {
                    column[out] = column[a];
                    value[out++] = value[a];
                }
            }
        }
        rowStart[n] = out;
        return new FuzzySimplicialSet(n, rowStart, java.util.Arrays.copyOf(column, out),
                java.util.Arrays.copyOf(value, out));
    }

    /** The weight of edge i-j, 0 when absent. */
    double weight(int i, int j) {
        int position = java.util.Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], j);
        return position >= 0 ? weights[position] : 0;
    }

    int edges() {
        return rowStart[n];
    }
}
