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

    /**
     * Clusters that received at least one point. Below {@link #k} when the data has fewer distinct points than
     * k (duplicates): then several centroids coincide and the points go to the first of them.
     */
    public int distinctClusters() {
        int count = 0;
        for (int size : clusterSizes()) {
            if (size > 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * scikit-learn's {@code ConvergenceWarning} for this case ("Number of distinct clusters (3) found smaller
     * than n_clusters (5). Possibly due to duplicate points in X."), in words, naming the empty clusters; empty
     * when every cluster holds a point.
     */
    public java.util.Optional<String> fewerClustersWarning() {
        int distinct = distinctClusters();
        if (distinct == k) {
            return java.util.Optional.empty();
        }
        int[] sizes = clusterSizes();
        java.util.List<Integer> empty = new java.util.ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (sizes[c] == 0) {
                empty.add(c);
            }
        }
        return java.util.Optional.of(fewerClustersWarning(distinct, k, empty));
    }

    /**
     * {@link #fewerClustersWarning()}'s sentence for {@code distinct} clusters of {@code k} with the clusters
     * {@code empty} (their numbers, in any order; said in ascending order): also for the same result shown under
     * other cluster numbers.
     */
    public static String fewerClustersWarning(int distinct, int k, java.util.Collection<Integer> empty) {
        java.util.List<String> names = empty.stream().sorted().map(String::valueOf).toList();
        return "K-Means found only " + distinct + " distinct clusters for k = " + k
                + " (the data has fewer distinct points than k, or duplicate points); cluster"
                + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + (names.size() == 1 ? " is" : " are")
                + " empty";
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
