package org.genrescope.features;

import java.util.List;
import java.util.Objects;

/**
 * Track ids, feature names and values in one flat row-major {@code double[]} (row i, column j at
 * {@code i * columns + j}). Flat arrays keep the hot loops of clustering and metrics cache friendly.
 *
 * <p>Immutable: the public constructor copies the arrays it is given and {@link #trackIds()} and {@link #values()}
 * return copies, so a caller can hand the arrays to an algorithm that writes into them. Each copy costs
 * O(rows x columns): take one per use, outside loops; {@link #get}, {@link #trackId} and {@link #column} read
 * without copying the whole matrix.
 *
 * <p>Inside this package a matrix may instead take over an array nobody else writes ({@link #adopt}): the raw
 * matrix shares the loaded table's values and a scaler's output is adopted, not copied again. Code that only reads
 * the values (a trainer, an encoder, the metrics, K-Means, DBSCAN, the projections, the cluster profiles and
 * explanations, {@code assignments.csv}, the genre ceiling) takes {@link #sharedValues()} instead of a copy. At FMA's
 * full shape (106,574 x 518) each copy is 441 MB, and the copies the constructor made, then the autoencoder's input
 * and the feature-space metrics' copies, were what ran a 2 GB heap out of memory or to its edge; with
 * {@code --representation features} the clustered space is the scaled matrix itself, so every reader of the
 * representation shares it too.
 */
public final class FeatureMatrix {
    private final long[] trackIds;
    private final List<String> featureNames;
    private final double[] values;

    /**
     * A matrix of copies of {@code trackIds} and {@code values}.
     *
     * @param trackIds     one per row
     * @param featureNames one per column
     * @param values       rows x columns values, row-major
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code values} does not hold rows x columns entries
     */
    public FeatureMatrix(long[] trackIds, List<String> featureNames, double[] values) {
        this(Objects.requireNonNull(trackIds, "trackIds").clone(), featureNames,
                Objects.requireNonNull(values, "values").clone(), true);
    }

    private FeatureMatrix(long[] trackIds, List<String> featureNames, double[] values, boolean checked) {
        this.trackIds = Objects.requireNonNull(trackIds, "trackIds");
        this.featureNames = List.copyOf(featureNames);
        this.values = Objects.requireNonNull(values, "values");
        if (values.length != (long) trackIds.length * this.featureNames.size()) {
            throw new IllegalArgumentException("values has " + values.length + " entries, expected "
                    + trackIds.length + " rows x " + this.featureNames.size() + " columns");
        }
    }

    /**
     * A matrix over these very arrays, not copies: for arrays that nobody writes after this call (a loaded table's,
     * or a scaler's fresh output).
     *
     * @throws IllegalArgumentException when {@code values} does not hold rows x columns entries
     */
    static FeatureMatrix adopt(long[] trackIds, List<String> featureNames, double[] values) {
        return new FeatureMatrix(trackIds, featureNames, values, true);
    }

    /** A copy of the track ids, one per row. */
    public long[] trackIds() {
        return trackIds.clone();
    }

    /** The feature names, one per column (an unmodifiable list). */
    public List<String> featureNames() {
        return featureNames;
    }

    /** A copy of the values, row-major. */
    public double[] values() {
        return values.clone();
    }

    /**
     * The values themselves, not a copy, row-major: for code that only reads them (this package's scalers, the
     * autoencoder's training and encoding, PCA, the internal metrics, K-Means, DBSCAN and its eps, t-SNE, UMAP, the
     * cluster profiles and explanations, {@code assignments.csv}, the genre ceiling). Read-only by contract: writing
     * into the array would change this matrix for everyone who holds it (a pipeline's cached stages, a result shown
     * in the window, the scaled matrix itself when the features are clustered as they are), so take
     * {@link #values()} to write. Several threads may read it at once (K-Means' restarts, a sweep's cells).
     */
    public double[] sharedValues() {
        return values;
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

    /**
     * The same rows (the track ids shared, not copied) with other columns: {@code columnNames} over
     * {@code freshValues} itself, which the caller hands over and must not write afterwards. For a representation
     * computed from this matrix (an encoding, principal components): at a million tracks and 5 latent
     * dimensions the copies the public constructor made were 37 MB of values and 7 MB of ids, each zeroed in one
     * step that holds every thread's safepoint (docs/benchmarks.md, session 27).
     *
     * @param columnNames one per column of the new matrix
     * @param freshValues rows() x columnNames.size() values, row-major, written by nobody after this call
     * @throws IllegalArgumentException when {@code freshValues} does not hold rows() x columnNames.size() entries
     */
    public FeatureMatrix withFreshColumns(List<String> columnNames, double[] freshValues) {
        return adopt(trackIds, columnNames, freshValues);
    }

    /** Same ids and names over {@code newValues} itself (see {@link #adopt}). */
    FeatureMatrix adoptValues(double[] newValues) {
        return adopt(trackIds, featureNames, newValues);
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rows() + " x " + columns() + "]";
    }
}
