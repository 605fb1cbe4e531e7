package org.genrescope.features;

import java.util.List;
import java.util.Objects;

/**
 * Track ids, feature names and values in one flat row-major {@code double[]} (row i, column j at
 * {@code i * columns + j}). Flat arrays keep the hot loops of clustering and metrics cache friendly.
 */
public record FeatureMatrix(long[] trackIds, List<String> featureNames, double[] values) {

    public FeatureMatrix {
        Objects.requireNonNull(trackIds, "trackIds");
        featureNames = List.copyOf(featureNames);
        Objects.requireNonNull(values, "values");
        if (values.length != (long) trackIds.length * featureNames.size()) {
            throw new IllegalArgumentException("values has " + values.length + " entries, expected "
                    + trackIds.length + " rows x " + featureNames.size() + " columns");
        }
    }

    public int rows() {
        return trackIds.length;
    }

    public int columns() {
        return featureNames.size();
    }

    public double get(int row, int column) {
        return values[row * columns() + column];
    }

    /** A copy of one column. */
    public double[] column(int column) {
        int d = columns();
        double[] out = new double[rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i * d + column];
        }
        return out;
    }

    /** Same ids and names, new values (of the same shape). */
    public FeatureMatrix withValues(double[] newValues) {
        return new FeatureMatrix(trackIds, featureNames, newValues);
    }
}
