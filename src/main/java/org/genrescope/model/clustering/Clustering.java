package org.genrescope.model.clustering;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the rest of the pipeline needs from any clustering, whichever algorithm made it. Immutable: arrays are
 * copied on the way in and out.
 *
 * @param labels           cluster of each point in 0..clusterCount-1, or {@link ClusteringLabels#NOISE}
 * @param clusterCount     number of clusters (noise is not a cluster)
 * @param centroidsOrNull  clusterCount x d row-major centroids, or null when the algorithm has none (DBSCAN)
 * @param inertiaOrNaN     sum of squared distances to the own centroid, or NaN without centroids
 * @param noiseCount       points labelled noise (always 0 for K-Means)
 */
public record Clustering(int[] labels, int clusterCount, double[] centroidsOrNull, double inertiaOrNaN,
                         int noiseCount) {

    public Clustering {
        Objects.requireNonNull(labels, "labels");
        if (clusterCount < 0) {
            throw new IllegalArgumentException("clusterCount must be >= 0, got " + clusterCount);
        }
        if (centroidsOrNull != null && (clusterCount == 0 || centroidsOrNull.length % clusterCount != 0)) {
            throw new IllegalArgumentException("centroids has " + centroidsOrNull.length
                    + " entries, not a multiple of clusterCount = " + clusterCount);
        }
        labels = labels.clone();
        centroidsOrNull = centroidsOrNull == null ? null : centroidsOrNull.clone();
    }

    /** A K-Means result: centroids and inertia, no noise. */
    public static Clustering from(KMeansResult result) {
        return new Clustering(result.labels(), result.k(), result.centroids(), result.inertia(), 0);
    }

    /** A clustering without centroids, such as DBSCAN's. */
    public static Clustering from(ClusteringLabels result) {
        return new Clustering(result.labels(), result.clusterCount(), null, Double.NaN, result.noiseCount());
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public double[] centroidsOrNull() {
        return centroidsOrNull == null ? null : centroidsOrNull.clone();
    }

    public boolean hasCentroids() {
        return centroidsOrNull != null;
    }

    public int label(int point) {
        return labels[point];
    }

    public int size() {
        return labels.length;
    }

    /** Points in each cluster (noise not counted). */
    public int[] clusterSizes() {
        int[] sizes = new int[clusterCount];
        for (int label : labels) {
            if (label >= 0) {
                sizes[label]++;
            }
        }
        return sizes;
    }

    /** Clusters that hold at least one point: fewer than {@link #clusterCount} when K-Means left some empty. */
    public int nonEmptyClusterCount() {
        int count = 0;
        for (int size : clusterSizes()) {
            if (size > 0) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clustering that && clusterCount == that.clusterCount
                && noiseCount == that.noiseCount && Double.compare(inertiaOrNaN, that.inertiaOrNaN) == 0
                && Arrays.equals(labels, that.labels) && Arrays.equals(centroidsOrNull, that.centroidsOrNull);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(labels), clusterCount, Arrays.hashCode(centroidsOrNull), inertiaOrNaN,
                noiseCount);
    }

    @Override
    public String toString() {
        return "Clustering[points=" + labels.length + ", clusters=" + clusterCount + ", noise=" + noiseCount
                + ", inertia=" + inertiaOrNaN + "]";
    }
}
