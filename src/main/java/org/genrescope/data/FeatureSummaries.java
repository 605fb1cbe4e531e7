package org.genrescope.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
        DoubleColumn present = column.removeMissing();
        int count = present.size();
        double mean = count == 0 ? Double.NaN : present.mean();
        // commons-math's bias-corrected sd (n - 1), as pandas; it returns 0 for one value where pandas says NaN
        double sd = count < 2 ? Double.NaN : present.standardDeviation();
        present.sortAscending();
        double[] sorted = present.asDoubleArray();
        return new FeatureSummary(name, group, count, column.countMissing(), mean, sd,
                Quantiles.linear(sorted, 0), Quantiles.linear(sorted, 0.05), Quantiles.linear(sorted, 0.25),
                Quantiles.linear(sorted, 0.5), Quantiles.linear(sorted, 0.75), Quantiles.linear(sorted, 0.95),
                Quantiles.linear(sorted, 1));
    }
}
