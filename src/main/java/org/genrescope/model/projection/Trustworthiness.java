package org.genrescope.model.projection;

import java.util.Objects;

/**
 * How far a low-dimensional layout keeps only true neighbours (Venna and Kaski), as scikit-learn's
 * {@code sklearn.manifold.trustworthiness} with Euclidean distances:
 * T(k) = 1 - 2 / (n k (2n - 3k - 1)) * sum_i sum_{j in N_k^low(i)} max(0, r(i, j) - k), where r(i, j) is j's rank
 * among i's neighbours in the input space (1 = nearest). 1 means every layout neighbour is an input neighbour.
 * Ties are broken by the lower index. Costs O(n^2 k) time and O(n) memory: subsample large data.
 */
public final class Trustworthiness {

    private Trustworthiness() {
    }

    /**
     * @param high row-major n x d input points
     * @param low  row-major n x 2 (or any width: its length decides) layout
     * @param k    neighbours, below n / 2 as scikit-learn requires
     */
    public static double of(double[] high, int n, int d, double[] low, int k) {
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        if (high.length != (long) n * d) {
            throw new IllegalArgumentException("high has " + high.length + " values, expected " + n + " x " + d);
        }
        if (n == 0 || low.length % n != 0) {
            throw new IllegalArgumentException("low has " + low.length + " values, not a multiple of " + n);
        }
        if (k < 1 || k >= n / 2.0) {
            throw new IllegalArgumentException("k must be at least 1 and below n / 2 = " + n / 2.0 + ", got " + k);
        }
        int lowD = low.length / n;
        double[] highDistance = new double[n];
        int[] neighbour = new int[k];
        double[] neighbourDistance = new double[k];
        double penalty = 0;
        for (int i = 0; i < n; i++) {
            nearestInLayout(low, n, lowD, i, k, neighbour, neighbourDistance);
            for (int l = 0; l < n; l++) {
                highDistance[l] = squaredDistance(high, d, i, l);
            }
            for (int m = 0; m < k; m++) {
                int j = neighbour[m];
                double dj = highDistance[j];
                int rank = 1;
                for (int l = 0; l < n; l++) {
                    if (l != i && (highDistance[l] < dj || (highDistance[l] == dj && l < j))) {
                        rank++;
                    }
                }
                penalty += Math.max(0, rank - k);
            }
        }
        return 1 - penalty * (2.0 / ((double) n * k * (2.0 * n - 3.0 * k - 1.0)));
    }

    /** The k nearest other points of point i in the layout, by insertion into a sorted array. */
    private static void nearestInLayout(double[] low, int n, int lowD, int i, int k, int[] index, double[] distance) {
        int size = 0;
        for (int l = 0; l < n; l++) {
            if (l == i) {
                continue;
            }
            double dl = squaredDistance(low, lowD, i, l);
            if (size == k && dl >= distance[k - 1]) {
                continue;
            }
            int slot = size < k ? size++ : k - 1;
            while (slot > 0 && distance[slot - 1] > dl) {
                distance[slot] = distance[slot - 1];
                index[slot] = index[slot - 1];
                slot--;
            }
            distance[slot] = dl;
            index[slot] = l;
        }
    }

    private static double squaredDistance(double[] x, int d, int a, int b) {
        double sum = 0;
        for (int f = 0; f < d; f++) {
            double diff = x[a * d + f] - x[b * d + f];
            sum += diff * diff;
        }
        return sum;
    }
}
