package org.genrescope.analysis;

import java.util.Locale;

/** The clustering algorithms a user can choose. */
public enum ClusteringAlgorithm {
    KMEANS,
    DBSCAN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

}
