package org.genrescope.features;

import java.util.Locale;

/** The scalings a user can choose; each is fit on the data, then applied. */
public enum Scaling {
    /** The study's: tempo min-max to [0, 1], then every row to unit L2 norm (scikit-learn's Normalizer). */
    SEED,
    /** Zero mean, unit (population) standard deviation per feature, as scikit-learn's StandardScaler. */
    STANDARD,
    /** Each feature to [0, 1], as scikit-learn's MinMaxScaler. */
    MINMAX,
    /** Raw values. */
    NONE;

    /**
     * Fits this scaling on the given data. Values near the largest double are scaled correctly by seed,
     * standard and minmax; {@link #NONE} refuses values too large to cluster unscaled.
     *
     * @throws org.genrescope.settings.InvalidSettingException for {@link #NONE} when a value's squared distances
     *                                                         would overflow, naming the track and the feature;
     *                                                         for {@link #SEED} on a single feature
     */
    public FittedScaler fit(FeatureMatrix data) {
        if (this == SEED && data.columns() < 2) {
            // one feature over its own length is its sign: every track at 1 (or 0), and K-Means finds one point
            throw new org.genrescope.settings.InvalidSettingException("--scaling", "the seed scaling divides each "
                    + "track by its length, which with 1 feature leaves only its sign; choose standard or min-max");
        }
        return switch (this) {
            case SEED -> SeedScaler.fit(data);
            case STANDARD -> ColumnAffineScaler.fitStandard(data);
            case MINMAX -> ColumnAffineScaler.fitMinMax(data);
            case NONE -> ColumnAffineScaler.identity(data);
        };
    }

    /** The name used on the command line and in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
