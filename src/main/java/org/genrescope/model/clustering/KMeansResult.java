package org.genrescope.model.clustering;

import java.util.Arrays;
import java.util.Objects;

/**
 * The best of a K-Means fit's restarts. Immutable: the arrays are copied on the way in and on the way out
 * (use {@link #label(int)} and {@link #centroid(int, int)} in hot loops).
 *
 * @param labels      cluster of each point, in 0..k-1
 * @param centroids   k x d, row-major: centroid c, feature f at {@code c * d + f}
 * @param k           number of clusters
 * @param inertia     sum over points of the squared Euclidean distance to their centroid
 * @param iterations  Lloyd iterations the winning restart ran
 * @param bestRestart index (from 0) of the winning restart; ties in inertia go to the lowest index
 */
public record KMeansResult(int[] labels, double[] centroids, int k, double inertia, int iterations,
                           int bestRestart) {

    public KMeansResult {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(centroids, "centroids");
        if (k < 1 || centroids.length % k != 0) {
            throw new IllegalArgumentException("centroids has " + centroids.length + " entries, not a multiple of k = " + k);
        }
        labels = labels.clone();
        centroids = centroids.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public double[] centroids() {
        return centroids.clone();
    }

    /** Number of features of each centroid. */
    public int dimensions() {
        return centroids.length / k;
    }

    public int label(int point) {
        return labels[point];
    }

    public double centroid(int cluster, int feature) {
        return centroids[cluster * dimensions() + feature];
    }

    /** Points in each cluster. */
    public int[] clusterSizes() {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KMeansResult that
                && k == that.k && iterations == that.iterations && bestRestart == that.bestRestart
                && Double.compare(inertia, that.inertia) == 0
                && Arrays.equals(labels, that.labels) && Arrays.equals(centroids, that.centroids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(labels), Arrays.hashCode(centroids), k, inertia, iterations, bestRestart);
    }

    @Override
    public String toString() {
        return "KMeansResult[k=" + k + ", points=" + labels.length + ", inertia=" + inertia
                + ", iterations=" + iterations + ", bestRestart=" + bestRestart + "]";
    }
}
