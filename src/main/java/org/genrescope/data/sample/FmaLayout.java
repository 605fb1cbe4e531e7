package org.genrescope.data.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The column layout of FMA's raw metadata files ({@code tracks.csv}, {@code echonest.csv},
 * {@code features.csv}, {@code genres.csv}), exactly as {@code fma_metadata.zip} ships them: multi-row
 * headers whose first cell is empty, then a row holding only {@code track_id} and empty cells.
 */
final class FmaLayout {
    /** tracks.csv: level 0 (album/artist/set/track) and level 1 (field) of its 52 columns. */
    static final List<String[]> TRACKS_COLUMNS = tracksColumns();
    static final int TRACKS_COLUMN_COUNT = 52;

    // Indices into a tracks.csv row without its leading track_id cell, in file order.
    static final int ALBUM_COMMENTS = 0;
    static final int ALBUM_DATE_CREATED = 1;
    static final int ALBUM_DATE_RELEASED = 2;
    static final int ALBUM_ENGINEER = 3;
    static final int ALBUM_FAVORITES = 4;
    static final int ALBUM_ID = 5;
    static final int ALBUM_INFORMATION = 6;
    static final int ALBUM_LISTENS = 7;
    static final int ALBUM_PRODUCER = 8;
    static final int ALBUM_TAGS = 9;
    static final int ALBUM_TITLE = 10;
    static final int ALBUM_TRACKS = 11;
    static final int ALBUM_TYPE = 12;
    static final int ARTIST_ACTIVE_YEAR_BEGIN = 13;
    static final int ARTIST_ACTIVE_YEAR_END = 14;
    static final int ARTIST_ASSOCIATED_LABELS = 15;
    static final int ARTIST_BIO = 16;
    static final int ARTIST_COMMENTS = 17;
    static final int ARTIST_DATE_CREATED = 18;
    static final int ARTIST_FAVORITES = 19;
    static final int ARTIST_ID = 20;
    static final int ARTIST_LATITUDE = 21;
    static final int ARTIST_LOCATION = 22;
    static final int ARTIST_LONGITUDE = 23;
    static final int ARTIST_MEMBERS = 24;
    static final int ARTIST_NAME = 25;
    static final int ARTIST_RELATED_PROJECTS = 26;
    static final int ARTIST_TAGS = 27;
    static final int ARTIST_WEBSITE = 28;
    static final int ARTIST_WIKIPEDIA_PAGE = 29;
    static final int SET_SPLIT = 30;
    static final int SET_SUBSET = 31;
    static final int TRACK_BIT_RATE = 32;
    static final int TRACK_COMMENTS = 33;
    static final int TRACK_COMPOSER = 34;
    static final int TRACK_DATE_CREATED = 35;
    static final int TRACK_DATE_RECORDED = 36;
    static final int TRACK_DURATION = 37;
    static final int TRACK_FAVORITES = 38;
    static final int TRACK_GENRE_TOP = 39;
    static final int TRACK_GENRES = 40;
    static final int TRACK_GENRES_ALL = 41;
    static final int TRACK_INFORMATION = 42;
    static final int TRACK_INTEREST = 43;
    static final int TRACK_LANGUAGE_CODE = 44;
    static final int TRACK_LICENSE = 45;
    static final int TRACK_LISTENS = 46;
    static final int TRACK_LYRICIST = 47;
    static final int TRACK_NUMBER = 48;
    static final int TRACK_PUBLISHER = 49;
    static final int TRACK_TAGS = 50;
    static final int TRACK_TITLE = 51;

    static final List<String> AUDIO_FEATURES = List.of("acousticness", "danceability", "energy",
            "instrumentalness", "liveness", "speechiness", "tempo", "valence");
    static final List<String> ECHONEST_METADATA = List.of("album_date", "album_name", "artist_latitude",
            "artist_location", "artist_longitude", "artist_name", "release");
    static final List<String> ECHONEST_RANKS = List.of("artist_discovery_rank", "artist_familiarity_rank",
            "artist_hotttnesss_rank", "song_currency_rank", "song_hotttnesss_rank");
    static final List<String> ECHONEST_SOCIAL = List.of("artist_discovery", "artist_familiarity",
            "artist_hotttnesss", "song_currency", "song_hotttnesss");
    static final int ECHONEST_TEMPORAL_COUNT = 224;
    /** echonest.csv: level 1 (group) and level 2 (field) of its 249 columns; level 0 is always "echonest". */
    static final List<String[]> ECHONEST_COLUMNS = echonestColumns();
    static final int ECHONEST_COLUMN_COUNT = 249;

    /** features.csv: librosa features in file order, with how many coefficients each has. */
    static final List<String> LIBROSA_FEATURES = List.of("chroma_cens", "chroma_cqt", "chroma_stft", "mfcc",
            "rmse", "spectral_bandwidth", "spectral_centroid", "spectral_contrast", "spectral_rolloff",
            "tonnetz", "zcr");
    static final int[] LIBROSA_COEFFICIENTS = {12, 12, 12, 20, 1, 1, 1, 7, 1, 6, 1};
    static final List<String> LIBROSA_STATISTICS = List.of("kurtosis", "max", "mean", "median", "min", "skew", "std");
    static final int FEATURES_COLUMN_COUNT = 518;

    static final String GENRES_HEADER = "genre_id,#tracks,parent,title,top_level";

    private FmaLayout() {
    }

    /** The header rows of tracks.csv, each a full row including the leading index cell. */
    static List<List<String>> tracksHeaderRows() {
        return headerRows(TRACKS_COLUMNS, 2, "track_id");
    }

    static List<List<String>> echonestHeaderRows() {
        List<String[]> threeLevels = new ArrayList<>();
        for (String[] column : ECHONEST_COLUMNS) {
            threeLevels.add(new String[] {"echonest", column[0], column[1]});
        }
        return headerRows(threeLevels, 3, "track_id");
    }

    static List<List<String>> featuresHeaderRows() {
        List<String[]> columns = new ArrayList<>(FEATURES_COLUMN_COUNT);
        for (int f = 0; f < LIBROSA_FEATURES.size(); f++) {
            for (String statistic : LIBROSA_STATISTICS) {
                for (int number = 1; number <= LIBROSA_COEFFICIENTS[f]; number++) {
                    columns.add(new String[] {LIBROSA_FEATURES.get(f), statistic, twoDigits(number)});
                }
            }
        }
        List<List<String>> rows = headerRows(columns, 3, "track_id");
        rows.get(0).set(0, "feature");
        rows.get(1).set(0, "statistics");
        rows.get(2).set(0, "number");
        return rows;
    }

    private static List<List<String>> headerRows(List<String[]> columns, int levels, String indexName) {
        List<List<String>> rows = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            List<String> row = new ArrayList<>(columns.size() + 1);
            row.add("");
            for (String[] column : columns) {
                row.add(column[level]);
            }
            rows.add(row);
        }
        List<String> indexRow = new ArrayList<>(Collections.nCopies(columns.size() + 1, ""));
        indexRow.set(0, indexName);
        rows.add(indexRow);
        return rows;
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    private static List<String[]> tracksColumns() {
        List<String[]> columns = new ArrayList<>();
        addGroup(columns, "album", "comments", "date_created", "date_released", "engineer", "favorites", "id",
                "information", "listens", "producer", "tags", "title", "tracks", "type");
        addGroup(columns, "artist", "active_year_begin", "active_year_end", "associated_labels", "bio", "comments",
                "date_created", "favorites", "id", "latitude", "location", "longitude", "members", "name",
                "related_projects", "tags", "website", "wikipedia_page");
        addGroup(columns, "set", "split", "subset");
        addGroup(columns, "track", "bit_rate", "comments", "composer", "date_created", "date_recorded", "duration",
                "favorites", "genre_top", "genres", "genres_all", "information", "interest", "language_code",
                "license", "listens", "lyricist", "number", "publisher", "tags", "title");
        return List.copyOf(columns);
    }

    private static List<String[]> echonestColumns() {
        List<String[]> columns = new ArrayList<>();
        addGroup(columns, "audio_features", AUDIO_FEATURES.toArray(String[]::new));
        addGroup(columns, "metadata", ECHONEST_METADATA.toArray(String[]::new));
        addGroup(columns, "ranks", ECHONEST_RANKS.toArray(String[]::new));
        addGroup(columns, "social_features", ECHONEST_SOCIAL.toArray(String[]::new));
        String[] temporal = new String[ECHONEST_TEMPORAL_COUNT];
        for (int i = 0; i < temporal.length; i++) {
            temporal[i] = (i < 10 ? "00" : i < 100 ? "0" : "") + i;
        }
        addGroup(columns, "temporal_features", temporal);
        return List.copyOf(columns);
    }

    private static void addGroup(List<String[]> columns, String group, String... fields) {
        for (String field : fields) {
            columns.add(new String[] {group, field});
        }
    }
}
