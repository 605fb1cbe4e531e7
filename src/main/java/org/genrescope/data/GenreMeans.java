package org.genrescope.data;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.table.TableSliceGroup;

/**
 * Each genre's mean of every raw feature (original units: tempo in BPM), as the study's genre grouping
 * compares genres (SEED-PIPELINE §2). A Tablesaw group-by: {@code summarize(features, mean, count).by(genre)}.
 *
 * @param genres       genres present among the kept rows, sorted by name
 * @param counts       tracks per genre, in {@code genres} order
 * @param featureNames the features, in table order
 * @param means        genres.size() x featureNames.size() means, row-major
 */
public record GenreMeans(List<String> genres, long[] counts, List<String> featureNames, double[] means) {
    /** Feature columns per group-by: 32 columns of FMA's 106,574 tracks are 27 MB. */
    static final int COLUMNS_PER_GROUP_BY = 32;

    public GenreMeans {
        genres = List.copyOf(genres);
        featureNames = List.copyOf(featureNames);
        counts = counts.clone();
        means = means.clone();
        if (counts.length != genres.size() || means.length != (long) genres.size() * featureNames.size()) {
            throw new IllegalArgumentException("shapes disagree: " + genres.size() + " genres, " + counts.length
                    + " counts, " + means.length + " means for " + featureNames.size() + " features");
        }
    }

    /**
     * The means over the rows where {@code keep} is true and the genre is not null.
     *
     * @param keep one flag per row of {@code tracks}
     * @throws IllegalArgumentException when {@code keep} does not have one flag per row
     */
    public static GenreMeans of(TrackTable tracks, boolean[] keep) {
        if (keep.length != tracks.rows()) {
            throw new IllegalArgumentException(keep.length + " flags for " + tracks.rows() + " rows");
        }
        int[] rows = new int[keep.length];
        int n = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i] && tracks.genres()[i] != null) {
                rows[n++] = i;
            }
        }
        List<String> names = tracks.featureNames();
        int d = names.size();
        List<String> genres = new ArrayList<>();
        if (n == 0 || d == 0) {
            return new GenreMeans(genres, new long[0], names, new double[0]);
        }
        StringColumn genreColumn = StringColumn.create(TrackColumns.GENRE);
        for (int r = 0; r < n; r++) {
            genreColumn.append(tracks.genres()[rows[r]]);
        }
        long[] counts = null;
        double[] means = null;
        // A block of columns at a time: the whole matrix as Tablesaw columns would be one more copy of it (441 MB at
        // FMA's full shape); a feature's mean does not depend on the other columns grouped beside it.
        for (int from = 0; from < d; from += COLUMNS_PER_GROUP_BY) {
            int to = Math.min(d, from + COLUMNS_PER_GROUP_BY);
            Table table = Table.create("tracks", genreColumn);
            double[][] columns = new double[to - from][n];
            double[] values = tracks.features();
            for (int r = 0; r < n; r++) { // row by row: a row's block of columns lies together in memory
                for (int j = from, at = rows[r] * d + from; j < to; j++, at++) {
                    columns[j - from][r] = values[at];
                }
            }
            for (int j = from; j < to; j++) {
                table.addColumns(DoubleColumn.create(names.get(j), columns[j - from]));
            }
            List<String> block = names.subList(from, to);
            Table grouped = table.summarize(block, AggregateFunctions.mean, AggregateFunctions.count)
                    .by(TrackColumns.GENRE).sortAscendingOn(TrackColumns.GENRE);
            int g = grouped.rowCount();
            if (counts == null) {
                counts = new long[g];
                means = new double[g * d];
                NumericColumn<?> count = grouped.numberColumn(TableSliceGroup.aggregateColumnName(names.get(0),
                        AggregateFunctions.count.functionName()));
                for (int r = 0; r < g; r++) {
                    genres.add(grouped.stringColumn(TrackColumns.GENRE).get(r));
                    counts[r] = Math.round(count.getDouble(r));
                }
            }
            for (int j = from; j < to; j++) {
                NumericColumn<?> mean = grouped.numberColumn(TableSliceGroup.aggregateColumnName(names.get(j),
                        AggregateFunctions.mean.functionName()));
                for (int r = 0; r < g; r++) {
                    means[r * d + j] = mean.getDouble(r);
                }
            }
        }
        return new GenreMeans(genres, counts, names, means);
    }

    /** A copy: the record stays immutable. */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** A copy: the record stays immutable. */
    @Override
    public double[] means() {
        return means.clone();
    }

    /** The mean of feature {@code j} over genre {@code g} (an index into {@link #genres()}). */
    public double mean(int g, int j) {
        return means[g * featureNames.size() + j];
    }

    /** A copy of genre {@code g}'s means, one per feature. */
    public double[] meansOf(int g) {
        int d = featureNames.size();
        double[] out = new double[d];
        System.arraycopy(means, g * d, out, 0, d);
        return out;
    }
}
