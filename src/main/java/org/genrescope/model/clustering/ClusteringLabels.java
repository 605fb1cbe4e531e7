package org.genrescope.model.clustering;

import java.util.Arrays;
import java.util.Objects;

/**
 * Labels of a clustering without centroids (such as DBSCAN's). Immutable: the array is copied on the way in
 * and out (use {@link #label(int)} in hot loops).
 *
 * @param labels       cluster of each point in 0..clusterCount-1, or {@link #NOISE}
 * @param clusterCount number of clusters (noise is not a cluster)
 * @param noiseCount   number of points labelled {@link #NOISE}
 */
public record ClusteringLabels(int[] labels, int clusterCount, int noiseCount) {

    /** Label of a point that belongs to no cluster, as in scikit-learn. */
    public static final int NOISE = -1;

    public ClusteringLabels {
        Objects.requireNonNull(labels, "labels");
        labels = labels.clone();
        int noise = 0;
        for (int label : labels) {
            if (label == NOISE) {
                noise++;
            } else if (label < 0 || label >= clusterCount) {
                throw new IllegalArgumentException("label " + label + " outside 0.." + (clusterCount - 1) + " and not noise");
            }
        }
        if (noise != noiseCount) {
            throw new IllegalArgumentException("noiseCount is " + noiseCount + " but " + noise + " labels are noise");
        }
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    public int label(int point) {
        return labels[point];
    }

    public int size() {
        return labels.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClusteringLabels that && clusterCount == that.clusterCount
                && noiseCount == that.noiseCount && Arrays.equals(labels, that.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(labels) + clusterCount;
    }

    @Override
    public String toString() {
        return "ClusteringLabels[points=" + labels.length + ", clusters=" + clusterCount + ", noise=" + noiseCount + "]";
    }
}
