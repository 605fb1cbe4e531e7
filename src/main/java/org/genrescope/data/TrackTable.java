package org.genrescope.data;

import java.util.List;
import java.util.Objects;

/**
 * Tracks as loaded and cleaned (SEED-PIPELINE §1), before genre grouping. One row per kept track, in
 * input order. Features are in raw units (tempo in BPM), row-major in one flat array; after cleaning
 * they hold no NaN (missing values were dropped or imputed, as {@link CleaningReport} says).
 *
 * @param format       "fma-folder" or "flat-csv"
 * @param featureNames full dotted column names of the chosen features, e.g. "echonest.audio_features.tempo"
 * @param trackIds     track id per row
 * @param features     rows x featureNames.size() values, row-major
 * @param genres       label per row (FMA: track.genre_top after roll-up/imputation); null where the track has none
 * @param titles       track title per row, null where missing
 * @param artists      artist name per row, null where missing
 * @param albums       album title per row, null where missing
 * @param years        release year per row, 0 where missing
 * @param report       what cleaning did
 * @param idTexts      the ids as the file writes them when they are text (Spotify's 22-character ids), one per
 *                     row; then {@code trackIds} are the data row numbers (1 for the first row under the
 *                     header). Null when the ids are whole numbers, which {@code trackIds} hold.
 */
public record TrackTable(String format, List<String> featureNames, long[] trackIds, double[] features,
                         String[] genres, String[] titles, String[] artists, String[] albums, int[] years,
                         CleaningReport report, String[] idTexts) {

    /** A table whose ids are whole numbers. */
    public TrackTable(String format, List<String> featureNames, long[] trackIds, double[] features,
                      String[] genres, String[] titles, String[] artists, String[] albums, int[] years,
                      CleaningReport report) {
        this(format, featureNames, trackIds, features, genres, titles, artists, albums, years, report, null);
    }

    public TrackTable {
        featureNames = List.copyOf(featureNames);
        int n = trackIds.length;
        if (features.length != (long) n * featureNames.size()) {
            throw new IllegalArgumentException("features has " + features.length + " values for " + n
                    + " rows x " + featureNames.size() + " features");
        }
        for (Object[] column : new Object[][] {genres, titles, artists, albums}) {
            if (column.length != n) {
                throw new IllegalArgumentException("metadata column length " + column.length + " != " + n);
            }
        }
        if (years.length != n) {
            throw new IllegalArgumentException("years length " + years.length + " != " + n);
        }
        Objects.requireNonNull(report, "report");
        if (idTexts != null && idTexts.length != n) {
            throw new IllegalArgumentException("idTexts length " + idTexts.length + " != " + n);
        }
    }

    /** The id of {@code row} as the input writes it: the text id, or the whole-number id. */
    public String idText(int row) {
        return idTexts == null ? Long.toString(trackIds[row]) : idTexts[row];
    }

    public int rows() {
        return trackIds.length;
    }

    /** Row {@code row}'s track id (for a table cell, without handing out the column). */
    public long trackId(int row) {
        return trackIds[row];
    }

    /** Row {@code row}'s title, null where missing. */
    public String title(int row) {
        return titles[row];
    }

    /** Row {@code row}'s artist, null where missing. */
    public String artist(int row) {
        return artists[row];
    }

    /** Row {@code row}'s genre label, null where it has none. */
    public String genre(int row) {
        return genres[row];
    }

    /** Row {@code row}'s value of feature {@code feature} (an index into {@link #featureNames()}), in raw units. */
    public double feature(int row, int feature) {
        return features[row * featureNames.size() + feature];
    }

    /**
     * The rows where {@code keep} is true, in order, with {@code labels} (one per row of this table)
     * as their genres; the cleaning report is carried over. When every row is kept the new table shares this one's
     * arrays but the genres (a table's arrays are never written after it is built): at FMA's full shape the feature
     * matrix is 441 MB, and a copy of it would only hold the same numbers.
     */
    public TrackTable keepRows(boolean[] keep, String[] labels) {
        int d = featureNames.size();
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        if (n == trackIds.length) {
            return new TrackTable(format, featureNames, trackIds, features, labels.clone(), titles, artists, albums,
                    years, report, idTexts);
        }
        long[] ids = new long[n];
        double[] x = new double[n * d];
        String[] g = new String[n];
        String[] t = new String[n];
        String[] ar = new String[n];
        String[] al = new String[n];
        int[] y = new int[n];
        String[] texts = idTexts == null ? null : new String[n];
        int r = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                ids[r] = trackIds[i];
                System.arraycopy(features, i * d, x, r * d, d);
                g[r] = labels[i];
                t[r] = titles[i];
                ar[r] = artists[i];
                al[r] = albums[i];
                y[r] = years[i];
                if (texts != null) {
                    texts[r] = idTexts[i];
                }
                r++;
            }
        }
        return new TrackTable(format, featureNames, ids, x, g, t, ar, al, y, report, texts);
    }
}
