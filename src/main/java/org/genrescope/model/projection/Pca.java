package org.genrescope.model.projection;

import java.util.Objects;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.numeric.RowMajor;

/**
 * Principal component analysis by eigendecomposition of the d x d sample covariance matrix (commons-math3). For
 * the feature counts this project sees (d up to a few hundred, n in the tens of thousands) building the
 * covariance is O(n d^2) and the decomposition O(d^3): milliseconds, no native library needed.
 *
 * <p>Conventions match scikit-learn's {@code PCA} where it matters for comparing numbers: the data are centred,
 * variances use the n - 1 denominator, components are sorted by decreasing variance. Each eigenvector's sign is
 * arbitrary, so it is fixed the way scikit-learn's {@code svd_flip(u_based_decision=False)} does: the entry with
 * the largest absolute value (the first such on ties) is made positive.
 */
public final class Pca {

    private Pca() {
    }

    /** Fits on the values of a feature matrix. */
    public static FittedPca fit(FeatureMatrix features) {
        return fit(features.values(), features.rows(), features.columns());
    }

    /**
     * Fits all d components.
     *
     * @param x row-major n x d values, n at least 2
     */
    public static FittedPca fit(double[] x, int n, int d) {
        Objects.requireNonNull(x, "x");
        if (n < 2 || d < 1) {
            throw new IllegalArgumentException("PCA needs at least 2 points and 1 feature, got " + n + " x " + d);
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("x has " + x.length + " values, expected " + n + " x " + d);
        }
        double[] mean = RowMajor.columnMeans(x, n, d);
        double[][] covariance = covariance(x, n, d, mean);
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(covariance, false));

        Integer[] order = new Integer[d];
        double[] eigenvalues = eigen.getRealEigenvalues();
        for (int c = 0; c < d; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(eigenvalues[b], eigenvalues[a]));

        double totalVariance = 0;
        for (int f = 0; f < d; f++) {
            totalVariance += covariance[f][f];
        }
        double[] components = new double[d * d];
        double[] variance = new double[d];
        double[] ratio = new double[d];
        for (int c = 0; c < d; c++) {
            RealVector vector = eigen.getEigenvector(order[c]);
            double sign = signFlip(vector);
            for (int f = 0; f < d; f++) {
                components[c * d + f] = sign * vector.getEntry(f);
            }
            // Round-off can leave a zero eigenvalue slightly negative; a variance cannot be.
            variance[c] = Math.max(0, eigenvalues[order[c]]);
            ratio[c] = totalVariance > 0 ? variance[c] / totalVariance : 0;
        }
        return new FittedPca(d, mean, components, variance, ratio);
    }

    private static double signFlip(RealVector vector) {
        int largest = 0;
        for (int f = 1; f < vector.getDimension(); f++) {
            if (Math.abs(vector.getEntry(f)) > Math.abs(vector.getEntry(largest))) {
                largest = f;
            }
        }
        return vector.getEntry(largest) < 0 ? -1 : 1;
    }

    /** Sample covariance (n - 1 denominator) of the centred data; two passes for accuracy. */
    private static double[][] covariance(double[] x, int n, int d, double[] mean) {
        double[] sums = new double[d * d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            int row = i * d;
            for (int f = 0; f < d; f++) {
                centred[f] = x[row + f] - mean[f];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                int offset = a * d;
                for (int b = a; b < d; b++) {
                    sums[offset + b] += ca * centred[b];
                }
            }
        }
        double[][] covariance = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double value = sums[a * d + b] / (n - 1);
                covariance[a][b] = value;
                covariance[b][a] = value;
            }
        }
        return covariance;
    }
}
