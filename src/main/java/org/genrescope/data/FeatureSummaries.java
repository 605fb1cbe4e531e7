package org.genrescope.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.math3.stat.StatUtils;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.selection.Selection;

/**
 * Per-feature summaries (see {@link FeatureSummary} for the conventions) over all tracks and per genre, as
 * the Distributions tab shows them. Computed with Tablesaw: each feature is a column, each genre a selection
 * of its rows.
 *
 * @param overall one summary per feature, in feature order, with {@code group} null
 * @param byGenre per genre (sorted by name; tracks without a genre are left out), one summary per feature
 */
public record FeatureSummaries(List<FeatureSummary> overall, Map<String, List<FeatureSummary>> byGenre) {

    private static final String GENRE = TrackColumns.GENRE;

    public FeatureSummaries {
        overall = List.copyOf(overall);
        Map<String, List<FeatureSummary>> copy = new LinkedHashMap<>();
        byGenre.forEach((genre, list) -> copy.put(genre, List.copyOf(list)));
        byGenre = Collections.unmodifiableMap(copy);
    }

    /** The summaries of a loaded table's raw features (original units) by its genres. */
    public static FeatureSummaries of(TrackTable tracks) {
        return of(tracks.featureNames(), tracks.features(), tracks.genres());
    }

    /**
     * The summaries of {@code values} (rows x names.size(), row-major; NaN is a missing value) grouped by
     * {@code genres} (one per row, null for none).
     *
     * @throws IllegalArgumentException when the shapes disagree or a feature is named like the genre column
     */
    public static FeatureSummaries of(List<String> names, double[] values, String[] genres) {
        Objects.requireNonNull(names, "names");
        if (values.length != (long) genres.length * names.size()) {
            throw new IllegalArgumentException(values.length + " values for " + genres.length + " rows x "
                    + names.size() + " features");
        }
        if (names.contains(GENRE)) {
            throw new IllegalArgumentException("a feature may not be called '" + GENRE + "'");
        }
        StringColumn genre = TrackColumns.strings(GENRE, genres);
        DoubleColumn[] features = TrackColumns.features(names, values);
        List<FeatureSummary> overall = new ArrayList<>(names.size());
        for (int j = 0; j < features.length; j++) {
            overall.add(summarise(features[j], names.get(j), null));
        }
        Map<String, List<FeatureSummary>> byGenre = new TreeMap<>();
        for (String name : genre.unique().removeMissing()) {
            // a selection per genre and one column at a time: splitOn(...).asTable() copied every column per
            // genre and was several times slower
            Selection rows = genre.isEqualTo(name);
            List<FeatureSummary> list = new ArrayList<>(names.size());
            for (int j = 0; j < features.length; j++) {
                list.add(summarise(features[j].where(rows), names.get(j), name));
            }
            byGenre.put(name, list);
        }
        return new FeatureSummaries(overall, byGenre);
    }

    private static FeatureSummary summarise(DoubleColumn column, String name, String group) {
        // the values copied out once, the present ones moved to the front and sorted there in place: the column's
        // removeMissing(), mean(), standardDeviation(), sortAscending() and asDoubleArray() each made their own copy
        // (eight of a genre's column in all, 1.3 GB per call at a million tracks, copied again by the collector when
        // a pause found them alive); the statistics are the commons-math functions Tablesaw's mean and stdDev call,
        // over the same values in the same order, so the figures are the same to the bit
        double[] values = column.asDoubleArray();
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                values[count++] = v;
            }
        }
        double mean = count == 0 ? Double.NaN : StatUtils.mean(values, 0, count);
        // the bias-corrected sd (n - 1), as pandas; commons-math returns 0 for one value where pandas says NaN
        double sd = count < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(values, 0, count));
        Arrays.sort(values, 0, count);
        return new FeatureSummary(name, group, count, values.length - count, mean, sd,
                Quantiles.linear(values, 0, count, 0), Quantiles.linear(values, 0, count, 0.05),
                Quantiles.linear(values, 0, count, 0.25), Quantiles.linear(values, 0, count, 0.5),
                Quantiles.linear(values, 0, count, 0.75), Quantiles.linear(values, 0, count, 0.95),
                Quantiles.linear(values, 0, count, 1));
    }
}
