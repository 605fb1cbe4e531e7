package org.genrescope.data;

import java.util.List;

/**
 * How to read and clean an input.
 *
 * @param features     feature columns: each a full dotted name or any unique dot-suffix of one
 *                     ("tempo", "audio_features.tempo", "mfcc.mean.01"); empty means the default:
 *                     the 8 Echo Nest audio features
 * @param idColumn     flat CSV only: the id column (null: "track_id")
 * @param labelColumn  the genre label column, full name or unique suffix (null: FMA "track.genre_top";
 *                     flat CSV the first of genres_top/genre_top/genre/label that exists)
 * @param rollUpGenres FMA only: fill an empty top genre from genres_all (SEED-PIPELINE §1.4)
 * @param missing      what to do with a missing feature value
 */
public record ImportOptions(List<String> features, String idColumn, String labelColumn,
                            boolean rollUpGenres, MissingValuePolicy missing) {

    /** The 8 Echo Nest audio features the study used, by their unique suffixes. */
    public static final List<String> AUDIO_FEATURES = List.of("acousticness", "danceability", "energy",
            "instrumentalness", "liveness", "speechiness", "tempo", "valence");

    public ImportOptions {
        features = features == null ? List.of() : List.copyOf(features);
        if (missing == null) {
            throw new IllegalArgumentException("missing value policy must be set");
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(List.of(), null, null, true, MissingValuePolicy.DROP);
    }
}
