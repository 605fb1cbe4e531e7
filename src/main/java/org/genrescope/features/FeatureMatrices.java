package org.genrescope.features;

import org.genrescope.data.TrackTable;

/** Builds feature matrices from loaded tables. */
public final class FeatureMatrices {
    private FeatureMatrices() { }

    /**
     * The table's raw features as a matrix over the table's own arrays: a table's arrays are never written after it
     * is built, and a copy would double the largest thing the pipeline holds (441 MB at FMA's full shape).
     */
    public static FeatureMatrix of(TrackTable table) {
        return FeatureMatrix.adopt(table.trackIds(), table.featureNames(), table.features());
    }
}
