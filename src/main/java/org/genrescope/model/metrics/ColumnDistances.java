package org.genrescope.model.metrics;

/**
 * Squared Euclidean distances from one point to a run of points, with coordinates stored dimension-major so the
 * loop over the run is a plain array loop the JIT vectorises. Direct differences, not the dot-product expansion
 * (which loses accuracy for close points). Shared by the silhouette kernels.
 */
final class ColumnDistances {

    private ColumnDistances() {
    }

    /**
     * row[at + j] = squared distance from point p to point from + j, for j below length (p to itself gives exactly 0).
     *
     * @param c coordinates of n points, dimension-major: dimension m of point p at m * n + p
     */
    static void squared(double[] c, int n, int d, int p, int from, int length, double[] row, int at) {
        int m = 0;
        // Dimensions four at a time keep the running sums in registers instead of re-reading row[].
        if (d >= 4) {
            double x0 = c[p];
            double x1 = c[n + p];
            double x2 = c[2 * n + p];
            double x3 = c[3 * n + p];
            int b0 = from;
            int b1 = n + from;
            int b2 = 2 * n + from;
            int b3 = 3 * n + from;
            for (int j = 0; j < length; j++) {
                double e0 = c[b0 + j] - x0;
                double e1 = c[b1 + j] - x1;
                double e2 = c[b2 + j] - x2;
                double e3 = c[b3 + j] - x3;
                row[at + j] = e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
            }
            m = 4;
        } else {
            double x0 = c[p];
            for (int j = 0; j < length; j++) {
                double e0 = c[from + j] - x0;
                row[at + j] = e0 * e0;
            }
            m = 1;
        }
        for (; m + 4 <= d; m += 4) {
            double x0 = c[m * n + p];
            double x1 = c[(m + 1) * n + p];
            double x2 = c[(m + 2) * n + p];
            double x3 = c[(m + 3) * n + p];
            int b0 = m * n + from;
            int b1 = (m + 1) * n + from;
            int b2 = (m + 2) * n + from;
            int b3 = (m + 3) * n + from;
            for (int j = 0; j < length; j++) {
                double e0 = c[b0 + j] - x0;
                double e1 = c[b1 + j] - x1;
                double e2 = c[b2 + j] - x2;
                double e3 = c[b3 + j] - x3;
                row[at + j] += e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
            }
        }
        for (; m < d; m++) {
            double x0 = c[m * n + p];
            int b0 = m * n + from;
            for (int j = 0; j < length; j++) {
                double e0 = c[b0 + j] - x0;
                row[at + j] += e0 * e0;
            }
        }
    }
}
