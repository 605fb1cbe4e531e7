package org.genrescope.data;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the Tablesaw table of a {@link TrackTable}: one column per field, features under their full dotted
 * names. The column names are the ones {@link TrackFrame}'s sort keys and {@link CleanedCsv}'s header use.
 * Missing values follow Tablesaw's conventions (an empty string, {@code IntColumn}'s missing value), so a
 * null title or a year of 0 is written as an empty CSV cell.
 */
final class TrackColumns {
    static final String ROW = "row";
    static final String ID = "track_id";
    static final String TITLE = "title";
    static final String ARTIST = "artist";
    static final String ALBUM = "album";
    static final String YEAR = "year";
    static final String GENRE = "genre";

    private TrackColumns() { }

    /** The table's fields and features, in that order; with {@code rowIndex} a first column of row numbers 0..n-1. */
    static Table of(TrackTable tracks, boolean rowIndex) {
        int n = tracks.rows();
        Table table = Table.create("tracks");
        if (rowIndex) {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            table.addColumns(IntColumn.create(ROW, rows));
        }
        IntColumn years = IntColumn.create(YEAR, n);
        for (int i = 0; i < n; i++) {
            if (tracks.years()[i] == 0) {
                years.setMissing(i);
            } else {
                years.set(i, tracks.years()[i]);
            }
        }
        table.addColumns(LongColumn.create(ID, tracks.trackIds()), strings(TITLE, tracks.titles()),
                strings(ARTIST, tracks.artists()), strings(ALBUM, tracks.albums()), years,
                strings(GENRE, tracks.genres()));
        table.addColumns(features(tracks.featureNames(), tracks.features()));
        return table;
    }

    /** One double column per feature from row-major {@code values} (rows x names.size()). */
    static DoubleColumn[] features(List<String> names, double[] values) {
        int d = names.size();
        int n = d == 0 ? 0 : values.length / d;
        DoubleColumn[] columns = new DoubleColumn[d];
        for (int j = 0; j < d; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = values[i * d + j];
            }
            columns[j] = DoubleColumn.create(names.get(j), column);
        }
        return columns;
    }

    /** A string column; null becomes Tablesaw's missing value (the empty string). */
    static StringColumn strings(String name, String[] values) {
        // append, not create(name, n) and set: setting a pre-filled cell updates the dictionary twice
        StringColumn column = StringColumn.create(name);
        for (String value : values) {
            if (value == null) {
                column.appendMissing();
            } else {
                column.append(value);
            }
        }
        return column;
    }
}
