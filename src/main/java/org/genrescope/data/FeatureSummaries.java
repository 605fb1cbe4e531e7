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
import tech.tablesaw.api.StringColumn;

/**
 * Per-feature summaries (see {@link FeatureSummary} for the conventions) over all tracks and per genre, as
 * the Distributions tab shows them. Tablesaw selects each genre's rows; the statistics are the commons-math functions
 * Tablesaw's own {@code mean} and {@code stdDev} call, and the quantiles pandas' ({@link Quantiles}).
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
        int d = names.size();
        // one feature's values of one group at a time, gathered from the row-major matrix into one buffer reused
        // for every feature and genre: a Tablesaw column per feature, its where(rows) per genre and the copies out
        // of them were 534 MB per call at a million tracks, allocated as a training starts; this is 42 MB, the same
        // figures to the bit (session 27, docs/benchmarks.md)
        double[] buffer = new double[genres.length];
        List<FeatureSummary> overall = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < genres.length; i++) {
                buffer[i] = values[i * d + j];
            }
            overall.add(summarise(buffer, genres.length, names.get(j), null));
        }
        Map<String, List<FeatureSummary>> byGenre = new TreeMap<>();
        for (String name : genre.unique().removeMissing()) {
            int[] rows = genre.isEqualTo(name).toArray(); // ascending, as where(rows) kept them
            List<FeatureSummary> list = new ArrayList<>(d);
            for (int j = 0; j < d; j++) {
                for (int r = 0; r < rows.length; r++) {
                    buffer[r] = values[rows[r] * d + j];
                }
                list.add(summarise(buffer, rows.length, names.get(j), name));
            }
            byGenre.put(name, list);
        }
        return new FeatureSummaries(overall, byGenre);
    }

    /** The summary of {@code values[0, length)}, which it reorders (the present values first, sorted). */
    private static FeatureSummary summarise(double[] values, int length, String name, String group) {
        // the present values moved to the front and sorted there in place; the statistics are the commons-math
        // functions Tablesaw's mean and stdDev call, over the same values in the same order, so the figures are the
        // same to the bit as Tablesaw's (removeMissing(), mean(), standardDeviation() and sortAscending() each made
        // a copy of the column, 1.3 GB per call at a million tracks until session 26)
        int count = 0;
        for (int i = 0; i < length; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                values[count++] = v;
            }
        }
        double mean = count == 0 ? Double.NaN : StatUtils.mean(values, 0, count);
        // the bias-corrected sd (n - 1), as pandas; commons-math returns 0 for one value where pandas says NaN
        double sd = count < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(values, 0, count));
        Arrays.sort(values, 0, count);
        return new FeatureSummary(name, group, count, length - count, mean, sd,
                Quantiles.linear(values, 0, count, 0), Quantiles.linear(values, 0, count, 0.05),
                Quantiles.linear(values, 0, count, 0.25), Quantiles.linear(values, 0, count, 0.5),
                Quantiles.linear(values, 0, count, 0.75), Quantiles.linear(values, 0, count, 0.95),
                Quantiles.linear(values, 0, count, 1));
    }
}
