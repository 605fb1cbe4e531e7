package org.genrescope.model.projection;

import java.util.Arrays;
import java.util.Objects;

/**
 * A 2-D layout of n points, the common shape of every projection (PCA, t-SNE, UMAP) so the UI and the reports
 * draw them alike. Immutable: arrays are copied on the way in and out.
 *
 * @param xy           n x 2 row-major coordinates, point i at (xy[2i], xy[2i + 1])
 * @param approximated which points were not placed by the method itself but put next to their nearest
 *                     neighbour that was (UMAP drops points outside the largest connected component of its
 *                     neighbour graph); null when every point was placed by the method
 * @param method       short method name: "pca", "tsne" or "umap"
 * @param klDivergence t-SNE's final Kullback-Leibler divergence (as scikit-learn reports it); NaN for others
 * @param iterations   optimisation iterations (epochs for UMAP) run; 0 for PCA
 */
public record Projection2D(double[] xy, boolean[] approximated, String method, double klDivergence,
                           int iterations) {

    public Projection2D {
        Objects.requireNonNull(xy, "xy");
        Objects.requireNonNull(method, "method");
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("xy must hold pairs, got " + xy.length + " values");
        }
        if (approximated != null && approximated.length != xy.length / 2) {
            throw new IllegalArgumentException("approximated has " + approximated.length + " flags for "
                    + xy.length / 2 + " points");
        }
        xy = xy.clone();
        approximated = approximated == null ? null : approximated.clone();
    }

    /** Number of points. */
    public int size() {
        return xy.length / 2;
    }

    /** The first coordinate of point i. */
    public double x(int i) {
        return xy[2 * i];
    }

    /** The second coordinate of point i. */
    public double y(int i) {
        return xy[2 * i + 1];
    }

    /** True when point i was placed next to its nearest neighbour rather than by the method. */
    public boolean isApproximated(int i) {
        return approximated != null && approximated[i];
    }

    /** How many points were approximated. */
    public int approximatedCount() {
        if (approximated == null) {
            return 0;
        }
        int count = 0;
        for (boolean flag : approximated) {
            if (flag) {
                count++;
            }
        }
        return count;
    }

    @Override
    public double[] xy() {
        return xy.clone();
    }

    @Override
    public boolean[] approximated() {
        return approximated == null ? null : approximated.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Projection2D that && Arrays.equals(xy, that.xy)
                && Arrays.equals(approximated, that.approximated) && method.equals(that.method)
                && Double.compare(klDivergence, that.klDivergence) == 0 && iterations == that.iterations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(xy), Arrays.hashCode(approximated), method, klDivergence, iterations);
    }

    @Override
    public String toString() {
        return "Projection2D[method=" + method + ", points=" + size() + ", approximated=" + approximatedCount()
                + ", klDivergence=" + klDivergence + ", iterations=" + iterations + "]";
    }
}
