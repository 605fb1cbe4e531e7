package org.genrescope.features;

import org.genrescope.settings.InvalidSettingException;

/**
 * Arithmetic on feature values near the largest double (about 1.8e308), where a sum, a difference or a square
 * overflows to infinity. The scalers compute in units of a power of two chosen per column: multiplying by a
 * power of two is exact, so values that do not need it give bit-for-bit the results of the plain formulas.
 */
final class LargeValues {
    /**
     * The largest magnitude whose squared distances over d features still sum to a finite number: clustering
     * and the metrics on unscaled values need (2 * m)^2 * d below {@link Double#MAX_VALUE}.
     */
    static double largestClusterable(int d) {
        return Math.sqrt(Double.MAX_VALUE / (4.0 * Math.max(1, d)));
    }

    private LargeValues() { }

    /**
     * A power of two that brings the largest magnitude of {@code values} to about 1 when that magnitude is so
     * large that sums of n values or squared differences may overflow; 1 otherwise (so results stay identical).
     */
    static double unitFor(double maxAbs, int n) {
        if (maxAbs <= largestClusterable(Math.max(1, n))) {
            return 1.0;
        }
        return Math.scalb(1.0, -Math.getExponent(maxAbs));
    }

    static double maxAbs(double[] column) {
        double max = 0;
        for (double v : column) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The Euclidean norm without overflow (as {@link Math#hypot} does for two values), for any row. */
    static double norm(double[] row) {
        double max = 0;
        for (double v : row) {
            max = Math.max(max, Math.abs(v));
        }
        if (max == 0) {
            return 0;
        }
        double unit = unitFor(max, row.length);
        double ss = 0;
        for (double v : row) {
            double u = v * unit;
            ss += u * u;
        }
        return Math.sqrt(ss) / unit;
    }

    /**
     * Refuses unscaled values too large to cluster (their squared distances overflow), naming the track and the
     * feature, since without a scaling nothing brings them into range.
     *
     * @throws InvalidSettingException naming {@code --scaling}
     */
    static void checkClusterableUnscaled(FeatureMatrix data) {
        int d = data.columns();
        double limit = largestClusterable(d);
        for (int i = 0; i < data.rows(); i++) {
            for (int j = 0; j < d; j++) {
                double v = data.get(i, j);
                if (Math.abs(v) > limit) {
                    throw new InvalidSettingException("--scaling", String.format(java.util.Locale.ROOT,
                            "track %d has %s = %s, too large to cluster unscaled (distances overflow above about "
                                    + "%.1e); choose the seed, standard or minmax scaling, which handle it, or correct "
                                    + "the value", data.trackId(i), data.featureNames().get(j), v, limit));
                }
            }
        }
    }
}
