package org.genrescope.data;

import java.util.List;

/**
 * How to read and clean an input.
 *
 * @param features      feature columns: each a full dotted name or any unique dot-suffix of one
 *                      ("tempo", "audio_features.tempo", "mfcc.mean.01"); empty means the default:
 *                      the 8 Echo Nest audio features
 * @param idColumn      flat CSV only: the id column (null: "track_id", else row numbers); "index" or
 *                      "Unnamed: 0" name a blank-named first column (a saved pandas index)
 * @param labelColumn   the genre label column, full name or unique suffix (null: FMA "track.genre_top";
 *                      flat CSV a known layout's label column, else the one column whose name contains "genre")
 * @param rollUpGenres  FMA only: fill an empty top genre from genres_all (SEED-PIPELINE §1.4)
 * @param missing       what to do with a missing feature value
 * @param encoding      flat CSV: a character set name such as "windows-1252", or null/"auto" to detect
 *                      (byte order mark, else UTF-8 when the bytes are UTF-8, else windows-1252)
 * @param delimiter     flat CSV: the field separator, {@link CsvDelimiter#AUTO} to detect
 * @param decimal       flat CSV: the decimal mark, {@link DecimalMark#AUTO} to detect
 * @param missingValues cell texts that also mean "missing", besides empty, NA, N/A, NaN, nan, null, NULL, None
 * @param titleColumn   flat CSV: the track title column, full name or unique suffix (null: the first of track,
 *                      title, track_name: the latter Kaggle's and the spotify_songs table's)
 * @param artistColumn  flat CSV: the artist column (null: the first of artist, artists, track_artist, artist_name,
 *                      the spellings of Kaggle's Spotify Tracks Dataset, spotify_songs and SpotifyFeatures.csv)
 */
public record ImportOptions(List<String> features, String idColumn, String labelColumn,
                            boolean rollUpGenres, MissingValuePolicy missing, String encoding,
                            CsvDelimiter delimiter, DecimalMark decimal, List<String> missingValues,
                            String titleColumn, String artistColumn) {

    /** The 8 Echo Nest audio features the study used, by their unique suffixes. */
    public static final List<String> AUDIO_FEATURES = List.of("acousticness", "danceability", "energy",
            "instrumentalness", "liveness", "speechiness", "tempo", "valence");

    /** The value of {@link #encoding()} that asks for detection. */
    public static final String AUTO_ENCODING = "auto";

    public ImportOptions {
        features = features == null ? List.of() : List.copyOf(features);
        if (missing == null) {
            throw new IllegalArgumentException("missing value policy must be set");
        }
        encoding = encoding == null || encoding.isBlank() ? AUTO_ENCODING : encoding.strip();
        delimiter = delimiter == null ? CsvDelimiter.AUTO : delimiter;
        decimal = decimal == null ? DecimalMark.AUTO : decimal;
        missingValues = missingValues == null ? List.of() : List.copyOf(missingValues);
        titleColumn = titleColumn == null || titleColumn.isBlank() ? null : titleColumn.strip();
        artistColumn = artistColumn == null || artistColumn.isBlank() ? null : artistColumn.strip();
    }

    /** Options that detect the title and artist columns. */
    public ImportOptions(List<String> features, String idColumn, String labelColumn, boolean rollUpGenres,
                         MissingValuePolicy missing, String encoding, CsvDelimiter delimiter, DecimalMark decimal,
                         List<String> missingValues) {
        this(features, idColumn, labelColumn, rollUpGenres, missing, encoding, delimiter, decimal, missingValues,
                null, null);
    }

    /** Options that detect the dialect and know only the usual missing spellings. */
    public ImportOptions(List<String> features, String idColumn, String labelColumn, boolean rollUpGenres,
                         MissingValuePolicy missing) {
        this(features, idColumn, labelColumn, rollUpGenres, missing, null, null, null, null, null, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(List.of(), null, null, true, MissingValuePolicy.DROP);
    }
}
