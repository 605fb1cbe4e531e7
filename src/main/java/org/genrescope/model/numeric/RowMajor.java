package org.genrescope.model.numeric;

/**
 * The small loops every model package runs over flat row-major matrices ({@code double[]}, row i and column f
 * at {@code i * d + f}), written once so that clustering, embedding, metrics and projection sum in the same
 * order and a fix reaches them all (ADR 0012). Arguments are not checked: callers validate shapes once,
 * these run in hot loops.
 */
public final class RowMajor {
    private RowMajor() {
    }

    /** The mean of each of the d columns of the n x d matrix x (summed in row order); n must be at least 1. */
    public static double[] columnMeans(double[] x, int n, int d) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            int row = i * d;
            for (int f = 0; f < d; f++) {
                mean[f] += x[row + f];
            }
        }
        for (int f = 0; f < d; f++) {
            mean[f] /= n;
        }
        return mean;
    }

    /**
     * The mean over columns of each column's population variance, in the squared units of x: numpy's
     * {@code np.var(x, axis=0).mean()}, two passes for accuracy. It is also the mean squared error of predicting
     * every row by the column means.
     */
    public static double meanColumnVariance(double[] x, int n, int d) {
        double[] mean = columnMeans(x, n, d);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int row = i * d;
            for (int f = 0; f < d; f++) {
                double diff = x[row + f] - mean[f];
                sum += diff * diff;
            }
        }
        return sum / ((double) n * d);
    }

    /**
     * The squared Euclidean distance between row i of a and row j of b, both with d columns, summed over the
     * columns in order.
     */
    public static double squaredDistance(double[] a, int i, double[] b, int j, int d) {
        int ai = i * d;
        int bj = j * d;
        double sum = 0;
        for (int f = 0; f < d; f++) {
            double diff = a[ai + f] - b[bj + f];
            sum += diff * diff;
        }
        return sum;
    }
}
