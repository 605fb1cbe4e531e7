package org.genrescope.analysis;

import java.util.List;

/**
 * One cluster described by its members' raw feature values, in each feature's original units (tempo in BPM):
 * what the cluster is, as opposed to where a model put its centre.
 *
 * @param cluster  the cluster's label
 * @param size     its members (0 for a cluster K-Means left empty, which then has no statistics)
 * @param features one entry per feature, in the data's feature order; empty when {@code size} is 0
 */
public record ClusterProfile(int cluster, int size, List<Stats> features) {

    public ClusterProfile {
        features = List.copyOf(features);
    }

    /**
     * A feature's statistics over a cluster's members, as pandas computes them ({@code groupby(...).mean()},
     * {@code .quantile([.25, .5, .75])}, linear interpolation), in the feature's original units.
     *
     * @param feature the feature's full name
     * @param mean    arithmetic mean
     * @param q1      25 % quantile
     * @param median  50 % quantile
     * @param q3      75 % quantile
     */
    public record Stats(String feature, double mean, double q1, double median, double q3) { }
}
