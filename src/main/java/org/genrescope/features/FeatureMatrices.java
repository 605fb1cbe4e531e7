package org.genrescope.features;

import org.genrescope.data.TrackTable;

/** Builds feature matrices from loaded tables. */
public final class FeatureMatrices {
    private FeatureMatrices() { }

    /** The table's raw features as a matrix (shares no arrays with the table). */
    public static FeatureMatrix of(TrackTable table) {
        return new FeatureMatrix(table.trackIds(), table.featureNames(), table.features()); // copies them
    }
}
