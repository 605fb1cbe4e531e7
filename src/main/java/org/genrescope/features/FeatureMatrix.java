package org.genrescope.features;

import java.util.List;
import java.util.Objects;

/**
 * Track ids, feature names and values in one flat row-major {@code double[]} (row i, column j at
 * {@code i * columns + j}). Flat arrays keep the hot loops of clustering and metrics cache friendly.
 *
 * <p>Immutable: the constructor copies the arrays it is given and {@link #trackIds()} and {@link #values()}
 * return copies, so a caller can hand the arrays to an algorithm that writes into them. Each copy costs
 * O(rows x columns): take one per use, outside loops; {@link #get}, {@link #trackId} and {@link #column} read
 * without copying the whole matrix.
 */
public record FeatureMatrix(long[] trackIds, List<String> featureNames, double[] values) {

    /**
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code values} does not hold rows x columns entries
     */
    public FeatureMatrix {
        trackIds = Objects.requireNonNull(trackIds, "trackIds").clone();
        featureNames = List.copyOf(featureNames);
        values = Objects.requireNonNull(values, "values").clone();
        if (values.length != (long) trackIds.length * featureNames.size()) {
            throw new IllegalArgumentException("values has " + values.length + " entries, expected "
                    + trackIds.length + " rows x " + featureNames.size() + " columns");
        }
    }

    /** A copy of the track ids, one per row. */
    @Override
    public long[] trackIds() {
        return trackIds.clone();
    }

    /** A copy of the values, row-major. */
    @Override
    public double[] values() {
        return values.clone();
    }

    public int rows() {
        return trackIds.length;
    }

    public int columns() {
        return featureNames.size();
    }

    /** The track id of one row. */
    public long trackId(int row) {
        return trackIds[row];
    }

    /** The value at one row and column. */
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

    /** Same ids and names, new values (of the same shape; copied). */
    public FeatureMatrix withValues(double[] newValues) {
        return new FeatureMatrix(trackIds, featureNames, newValues);
    }
}
