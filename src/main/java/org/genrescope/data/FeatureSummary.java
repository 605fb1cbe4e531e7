package org.genrescope.data;

/**
 * Descriptive statistics of one feature over a group of tracks (all tracks, or one genre), in the
 * feature's own units (raw: tempo in BPM; or scaled, whatever the caller passed). Conventions are pandas'
 * defaults, so a notebook on the same table gives the same numbers: {@code sd} is the sample standard
 * deviation (ddof = 1, NaN for fewer than 2 values); quantiles interpolate linearly ({@link Quantiles}).
 * Statistics of a group with no values are NaN.
 *
 * @param feature the feature's full name (as in {@link TrackTable#featureNames()} or the caller's names)
 * @param group   the genre, or null for all tracks
 * @param count   values present
 * @param missing values missing (NaN) in the table; after cleaning normally 0 (imputed values count as present)
 * @param mean    arithmetic mean
 * @param sd      sample standard deviation (n - 1 denominator)
 * @param min     smallest value (the 0-quantile)
 * @param q05     5 % quantile
 * @param q25     25 % quantile (first quartile)
 * @param median  50 % quantile
 * @param q75     75 % quantile (third quartile)
 * @param q95     95 % quantile
 * @param max     largest value (the 1-quantile)
 */
public record FeatureSummary(String feature, String group, long count, long missing, double mean, double sd,
                             double min, double q05, double q25, double median, double q75, double q95, double max) {
}
