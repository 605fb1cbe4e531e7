package org.genrescope.model.projection;

import java.util.Arrays;
import java.util.Objects;

/**
 * A fitted PCA: the centre and the principal axes, applied with {@link #transform}. Immutable: arrays are copied
 * on the way in and out.
 *
 * @param dimensions               d, the number of input features (and of components)
 * @param mean                     the centre subtracted before projecting (d)
 * @param components               d x d row-major, component c (a unit vector) at row c, by decreasing variance
 *                                 (scikit-learn's {@code components_})
 * @param explainedVariance        variance along each component, n - 1 denominator ({@code explained_variance_})
 * @param explainedVarianceRatio   each variance over the total variance; 0 for constant data
 */
public record FittedPca(int dimensions, double[] mean, double[] components, double[] explainedVariance,
                        double[] explainedVarianceRatio) {

    public FittedPca {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(explainedVariance, "explainedVariance");
        Objects.requireNonNull(explainedVarianceRatio, "explainedVarianceRatio");
        if (mean.length != dimensions || components.length != dimensions * dimensions
                || explainedVariance.length != dimensions || explainedVarianceRatio.length != dimensions) {
            throw new IllegalArgumentException("array lengths do not match " + dimensions + " dimensions");
        }
        mean = mean.clone();
        components = components.clone();
        explainedVariance = explainedVariance.clone();
        explainedVarianceRatio = explainedVarianceRatio.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] components() {
        return components.clone();
    }

    @Override
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    @Override
    public double[] explainedVarianceRatio() {
        return explainedVarianceRatio.clone();
    }

    /** A copy of component c (a unit vector of length d). */
    public double[] component(int c) {
        return Arrays.copyOfRange(components, c * dimensions, (c + 1) * dimensions);
    }

    /** Total variance of the data (the sum of all explained variances). */
    public double totalVariance() {
        double sum = 0;
        for (double v : explainedVariance) {
            sum += v;
        }
        return sum;
    }

    /**
     * Projects n points of d features on the first {@code dims} components.
     *
     * @return row-major n x dims scores
     */
    public double[] transform(double[] x, int n, int d, int dims) {
        Objects.requireNonNull(x, "x");
        if (d != dimensions) {
            throw new IllegalArgumentException("PCA was fitted on " + dimensions + " features, got " + d);
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("x has " + x.length + " values, expected " + n + " x " + d);
        }
        if (dims < 1 || dims > dimensions) {
            throw new IllegalArgumentException("dims must be between 1 and " + dimensions + ", got " + dims);
        }
        double[] out = new double[n * dims];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                centred[f] = x[i * d + f] - mean[f];
            }
            for (int c = 0; c < dims; c++) {
                double score = 0;
                int axis = c * d;
                for (int f = 0; f < d; f++) {
                    score += centred[f] * components[axis + f];
                }
                out[i * dims + c] = score;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FittedPca that && dimensions == that.dimensions && Arrays.equals(mean, that.mean)
                && Arrays.equals(components, that.components)
                && Arrays.equals(explainedVariance, that.explainedVariance)
                && Arrays.equals(explainedVarianceRatio, that.explainedVarianceRatio);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimensions, Arrays.hashCode(mean), Arrays.hashCode(components),
                Arrays.hashCode(explainedVariance));
    }

    @Override
    public String toString() {
        return "FittedPca[dimensions=" + dimensions + ", explainedVarianceRatio="
                + Arrays.toString(explainedVarianceRatio) + "]";
    }
}
