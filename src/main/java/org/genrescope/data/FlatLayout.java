package org.genrescope.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The id, index, label, title, artist and album columns of a flat CSV's header, chosen the same way for the reader and
 * the preview.
 *
 * <p>Label, when the user names none: a known layout's label column wins (FMA's {@code genres_top}, Kaggle's
 * "Spotify Tracks Dataset" {@code track_genre}, the {@code spotify_songs} table's {@code playlist_genre},
 * {@code SpotifyFeatures.csv}'s {@code genre}); otherwise the one column whose name contains "genre"; several
 * such columns are an error naming them, because picking one would silently decide what the clusters are
 * compared with.
 *
 * <p>Title and artist, when the user names none: the first present of the names below, which cover FMA's flat
 * tables and the three Spotify layouts ({@code track_name} with {@code artists}, {@code track_artist} or
 * {@code artist_name}). Album: the first present of {@link #ALBUM_COLUMNS} (the two Spotify layouts that have one
 * name it {@code album_name} and {@code track_album_name}), unless the user chose it as the title or artist.
 */
final class FlatLayout {

    /** Names a user may give for a blank-named first column: what pandas calls it when reading it back. */
    static final List<String> INDEX_NAMES = List.of("index", "Unnamed: 0");

    /**
     * Label columns of known layouts, most specific first, with the layout each stands for and, for a name as common
     * as "genre", the other columns the header must have to be called that layout (a two-column {@code name,genre}
     * file was said to have "the layout of SpotifyFeatures.csv": session 14's new user); without them the column is
     * still the label, and no layout is named.
     */
    private static final List<String[]> KNOWN_LABELS = List.of(
            new String[] {"track_genre", "Kaggle's Spotify Tracks Dataset"},
            new String[] {"playlist_genre", "the spotify_songs table"},
            new String[] {"genres_top", "FMA (the study's music_data.csv)"},
            new String[] {"genre_top", "FMA"},
            new String[] {"track.genre_top", "FMA"},
            new String[] {"genre", "SpotifyFeatures.csv", "artist_name", "track_name"},
            new String[] {"label", "a table with a label column"});

    /** Title columns by name, in order of preference. */
    static final List<String> TITLE_COLUMNS = List.of("track", "title", "track_name");
    /** Artist columns by name, in order of preference. */
    static final List<String> ARTIST_COLUMNS = List.of("artist", "artists", "track_artist", "artist_name");
    /**
     * Album columns by name, in order of preference: a plain {@code album}, Kaggle's Spotify Tracks Dataset's
     * {@code album_name}, the spotify_songs table's {@code track_album_name}, FMA's raw_tracks.csv's
     * {@code album_title}. SpotifyFeatures.csv has none.
     */
    static final List<String> ALBUM_COLUMNS = List.of("album", "album_name", "track_album_name", "album_title");

    private final int id;
    private final boolean index;
    private int title = -1;
    private int artist = -1;
    private int album = -1;
    private final int label;
    private final String knownLayout;
    private final List<String> labelCandidates;
    private final String labelNote;

    private FlatLayout(int id, boolean index, int label, String knownLayout, List<String> labelCandidates,
                       String labelNote) {
        this.id = id;
        this.index = index;
        this.label = label;
        this.knownLayout = knownLayout;
        this.labelCandidates = labelCandidates;
        this.labelNote = labelNote;
    }

    /**
     * Chooses the columns of {@code header}; never fails over the label (see {@link #requireLabel}).
     *
     * @throws DataLoadException when a column name appears twice, or a named id or label column does not exist
     */
    static FlatLayout of(Path file, List<String> header, ImportOptions options) throws DataLoadException {
        checkRepeatedNames(file, header);
        ColumnResolver resolver = new ColumnResolver(header);
        boolean index = !header.isEmpty() && (header.get(0).isEmpty() || header.get(0).equals("Unnamed: 0"));
        int id;
        if (options.idColumn() == null) {
            id = header.indexOf(FlatCsvReader.DEFAULT_ID_COLUMN);
        } else if (index && INDEX_NAMES.contains(options.idColumn()) && !header.contains(options.idColumn())) {
            id = 0;
        } else {
            id = resolver.resolve(options.idColumn(), "id column", file,
                    index ? "a blank-named first column (a saved index) is named 'index'" : null);
        }
        FlatLayout layout = chooseLabel(file, header, options, resolver, id, index);
        layout.title = options.titleColumn() != null ? resolver.resolve(options.titleColumn(), "title_column", file, null)
                : firstPresent(header, TITLE_COLUMNS);
        layout.artist = options.artistColumn() != null
                ? resolver.resolve(options.artistColumn(), "artist_column", file, null)
                : firstPresent(header, ARTIST_COLUMNS);
        // a column the user made the title or artist (--title-column album_name) is that, not also the album
        String album = albumColumn(header, layout.title < 0 ? null : header.get(layout.title),
                layout.artist < 0 ? null : header.get(layout.artist));
        layout.album = album == null ? -1 : header.indexOf(album);
        return layout;
    }

    private static FlatLayout chooseLabel(Path file, List<String> header, ImportOptions options,
                                          ColumnResolver resolver, int id, boolean index) throws DataLoadException {
        if (options.labelColumn() != null) {
            int label = resolver.resolve(options.labelColumn(), "label column", file, null);
            return new FlatLayout(id, index, label, null, List.of(header.get(label)), null);
        }
        for (String[] known : KNOWN_LABELS) {
            int label = header.indexOf(known[0]);
            if (label >= 0) {
                boolean signed = header.containsAll(List.of(known).subList(2, known.length));
                return new FlatLayout(id, index, label, signed ? known[1] : null, List.of(known[0]), signed ? null
                        : "the genre label is the column '" + known[0] + "'");
            }
        }
        List<String> candidates = new ArrayList<>();
        for (String name : header) {
            if (name.toLowerCase(Locale.ROOT).contains("genre")) {
                candidates.add(name);
            }
        }
        if (candidates.size() == 1) {
            String name = candidates.get(0);
            return new FlatLayout(id, index, header.indexOf(name), null, candidates,
                    "the genre label is the column '" + name + "', the only one whose name contains 'genre'");
        }
        return new FlatLayout(id, index, -1, null, candidates, null);
    }

    /**
     * The column of {@code header} read as the album ({@link #ALBUM_COLUMNS}, the first present), unless it is the
     * chosen {@code title} or {@code artist} column (either may be null); null when none is.
     */
    static String albumColumn(List<String> header, String title, String artist) {
        int album = firstPresent(header, ALBUM_COLUMNS);
        if (album < 0 || header.get(album).equals(title) || header.get(album).equals(artist)) {
            return null;
        }
        return header.get(album);
    }

    private static int firstPresent(List<String> header, List<String> names) {
        for (String name : names) {
            int column = header.indexOf(name);
            if (column >= 0) {
                return column;
            }
        }
        return -1;
    }

    /** A name given to two columns is an error naming both positions: choosing either would be a guess. */
    private static void checkRepeatedNames(Path file, List<String> header) throws DataLoadException {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null) {
                throw new DataLoadException(file, 1, name, String.format(Locale.ROOT, "two columns have this name, "
                        + "columns %d and %d of the header; rename one", earlier + 1, i + 1));
            }
        }
    }

    /**
     * Fails when several columns could be the label and none was chosen.
     *
     * @throws DataLoadException naming the candidates and the setting that chooses one
     */
    void requireLabel(Path file) throws DataLoadException {
        if (label < 0 && labelCandidates.size() > 1) {
            throw new DataLoadException(file, 1, null, "setting 'label': several columns could be the genre label ("
                    + String.join(", ", labelCandidates) + "); choose one with --label");
        }
    }

    int id() {
        return id;
    }

    boolean hasIndexColumn() {
        return index;
    }

    int label() {
        return label;
    }

    String knownLayout() {
        return knownLayout;
    }

    List<String> labelCandidates() {
        return labelCandidates;
    }

    /** The note saying which column became the label by its name, or null. */
    String labelNote() {
        return labelNote;
    }

    String idName(List<String> header) {
        return id < 0 ? null : header.get(id).isEmpty() ? INDEX_NAMES.get(0) : header.get(id);
    }

    String labelName(List<String> header) {
        return label < 0 ? null : header.get(label);
    }

    /** The title column, or -1. */
    int title() {
        return title;
    }

    /** The artist column, or -1. */
    int artist() {
        return artist;
    }

    /** The album column, or -1. */
    int album() {
        return album;
    }

    static String nameOf(List<String> header, int column) {
        return column < 0 ? null : header.get(column);
    }
}
