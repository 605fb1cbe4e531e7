package org.genrescope.data;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The cleaned track table as the Data tab queries it: which rows match a search, within an optional set of
 * rows, in which order. Answers are row numbers (0-based, into the {@link TrackTable} it was built from), so no
 * Tablesaw type leaves the data layer. Immutable apart from a memo of the last sort and of the text columns' ranks;
 * safe from any thread.
 *
 * <p>Why it is fast enough to run on every keystroke (figures in docs/benchmarks.md):
 * <ul>
 *   <li>the searched text of a row (title, artist, album, genre) is lower-cased once, when the frame is built,
 *       into packed chunks of chars ({@link SearchText}), its fields ended by a character no search contains; a
 *       keystroke is then one pass over them instead of lower-casing four fields of every row;</li>
 *   <li>a sort orders all rows once ({@link RowOrder}: a radix sort of one key per row, text ranked once per
 *       column, in the order Tablesaw's {@code sortOn} gave) and is remembered, so typing only filters that
 *       order by the search's bitmap.</li>
 * </ul>
 */
public final class TrackFrame {
    /** Sort key column names besides the features' full names. */
    public static final String ID = TrackColumns.ID;
    public static final String TITLE = TrackColumns.TITLE;
    public static final String ARTIST = TrackColumns.ARTIST;
    public static final String ALBUM = TrackColumns.ALBUM;
    public static final String YEAR = TrackColumns.YEAR;
    public static final String GENRE = TrackColumns.GENRE;
    public static final String CLUSTER = "cluster";

    /** One sort key: a column name (one of the constants above or a feature's full name) and its direction. */
    public record SortKey(String column, boolean ascending) {
        public SortKey {
            Objects.requireNonNull(column, "column");
        }
    }

    private final TrackTable tracks;
    private final SearchText searchText;
    private final TextRanks textRanks;
    /** Each row's cluster, or null before training. */
    private final int[] clusters;
    private final Object memoLock = new Object();
    private List<SortKey> memoKeys;
    private int[] memoOrder;

    private TrackFrame(TrackTable tracks, SearchText searchText, TextRanks textRanks, int[] clusters) {
        this.tracks = tracks;
        this.searchText = searchText;
        this.textRanks = textRanks;
        this.clusters = clusters;
    }

    /**
     * Each text column's ranks ({@link RowOrder#textRanks}), made at its first sort and shared by the frames of one
     * data set: 4 bytes a row per text column sorted by (4 MB at a million), where ranking takes up to a second of
     * CPU; numbers are keyed afresh at each sort, which takes a few ms.
     */
    private static final class TextRanks {
        private final Map<String, int[]> ranks = new HashMap<>();

        synchronized int[] of(String column, String[] values) {
            return ranks.computeIfAbsent(column, c -> RowOrder.textRanks(values));
        }
    }

    /** The frame of {@code tracks}, without clusters. */
    public static TrackFrame of(TrackTable tracks) {
        SearchText text = SearchText.of(tracks.rows(), tracks.titles(), tracks.artists(), tracks.albums(),
                tracks.genres(), tracks.idTexts());
        return new TrackFrame(tracks, text, new TextRanks(), null);
    }

    /**
     * The same frame with each row's cluster (one label per row, -1 for noise), so rows can be sorted by it.
     *
     * @throws IllegalArgumentException when {@code labels} does not have one entry per row
     */
    public TrackFrame withClusters(int[] labels) {
        if (labels.length != rows()) {
            throw new IllegalArgumentException(labels.length + " cluster labels for " + rows() + " rows");
        }
        return new TrackFrame(tracks, searchText, textRanks, labels.clone());
    }

    public int rows() {
        return tracks.rows();
    }

    /** Whether {@link #rows} can sort by this column (the cluster only after {@link #withClusters}). */
    public boolean canSortBy(String column) {
        return switch (column) {
            case ID, TITLE, ARTIST, ALBUM, YEAR, GENRE -> true;
            case CLUSTER -> clusters != null;
            default -> tracks.featureNames().contains(column);
        };
    }

    /**
     * The rows whose title, artist, album or genre contains {@code search} (ignoring case) or whose track id is
     * it (a text id, Spotify's, may also contain it), among {@code within} (null: all rows), sorted by {@code order} (earlier keys first; ties keep row
     * order). An empty or blank search matches every row.
     *
     * @param within row numbers to restrict to (out-of-range ones are ignored); null for all rows
     * @param order  sort keys; empty for row order
     * @return row numbers into the table this frame was built from
     * @throws IllegalArgumentException when a sort key names no column the frame can sort by
     */
    public int[] rows(String search, int[] within, List<SortKey> order) {
        Selection selection = matching(needle(search));
        if (within != null) {
            Selection chosen = new BitmapBackedSelection();
            for (int row : within) {
                if (row >= 0 && row < rows()) {
                    chosen.add(row);
                }
            }
            selection = selection.and(chosen);
        }
        if (order.isEmpty()) {
            return selection.toArray();
        }
        int[] sorted = sortedRows(order);
        if (selection.size() == sorted.length) {
            return sorted.clone();
        }
        int[] out = new int[selection.size()];
        int n = 0;
        for (int row : sorted) {
            if (selection.contains(row)) {
                out[n++] = row;
            }
        }
        return out;
    }

    /** Every row in the order of {@code keys}, remembered for the next call with the same keys. */
    private int[] sortedRows(List<SortKey> keys) {
        synchronized (memoLock) {
            if (keys.equals(memoKeys)) {
                return memoOrder;
            }
        }
        long[][] sortKeys = new long[keys.size()][];
        boolean[] ascending = new boolean[keys.size()];
        for (int j = 0; j < keys.size(); j++) {
            SortKey key = keys.get(j);
            if (!canSortBy(key.column())) {
                throw new IllegalArgumentException("no column '" + key.column() + "' to sort by");
            }
            sortKeys[j] = sortKey(key.column());
            ascending[j] = key.ascending();
        }
        int[] order = RowOrder.sort(sortKeys, ascending);
        synchronized (memoLock) {
            memoKeys = List.copyOf(keys);
            memoOrder = order;
        }
        return order;
    }

    /**
     * One key per row ({@link RowOrder}) for {@code column}, valued as the Tablesaw table of the frame's tracks
     * ({@link TrackColumns}) holds it: a missing year (0) or cluster as a missing number, a missing text as "",
     * text ids as text.
     */
    private long[] sortKey(String column) {
        int n = rows();
        long[] key = new long[n];
        switch (column) {
            case ID -> {
                if (tracks.idTexts() != null) {
                    ranksAsKeys(textRanks.of(ID, tracks.idTexts()), key);
                } else {
                    long[] ids = tracks.trackIds();
                    for (int i = 0; i < n; i++) {
                        key[i] = RowOrder.numberKey(ids[i]); // as a double, as Tablesaw's LongColumn compares
                    }
                }
            }
            case TITLE -> ranksAsKeys(textRanks.of(TITLE, tracks.titles()), key);
            case ARTIST -> ranksAsKeys(textRanks.of(ARTIST, tracks.artists()), key);
            case ALBUM -> ranksAsKeys(textRanks.of(ALBUM, tracks.albums()), key);
            case GENRE -> ranksAsKeys(textRanks.of(GENRE, tracks.genres()), key);
            case YEAR -> intsAsKeys(tracks.years(), 0, key);
            case CLUSTER -> intsAsKeys(clusters, Integer.MIN_VALUE, key);
            default -> {
                double[] x = tracks.features();
                int d = tracks.featureNames().size();
                int j = tracks.featureNames().indexOf(column);
                for (int i = 0; i < n; i++) {
                    key[i] = RowOrder.numberKey(x[i * d + j]);
                }
            }
        }
        return key;
    }

    private static void ranksAsKeys(int[] ranks, long[] key) {
        for (int i = 0; i < ranks.length; i++) {
            key[i] = ranks[i];
        }
    }

    /**
     * Whole numbers as Tablesaw's IntColumn compares them: as doubles, {@code missing} and Integer.MIN_VALUE (the
     * column's missing value) as NaN.
     */
    private static void intsAsKeys(int[] values, int missing, long[] key) {
        for (int i = 0; i < values.length; i++) {
            int v = values[i];
            key[i] = RowOrder.numberKey(v == missing || v == Integer.MIN_VALUE ? Double.NaN : v);
        }
    }

    /**
     * What {@link #rows} looks for in a row's texts for the search box's {@code search}: trimmed, lower-cased in
     * {@link Locale#ROOT}, cut at its first NUL (the separator of the searched text); "" for no search (null too).
     * The Data tab's cell marks use the same, so that a marked cell is one that made its row match.
     */
    public static String needle(String search) {
        String lower = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        int cut = lower.indexOf(SearchText.SEPARATOR);
        return cut < 0 ? lower : lower.substring(0, cut);
    }

    private Selection matching(String needle) {
        if (needle.isEmpty()) {
            return Selection.withRange(0, rows());
        }
        Selection found = searchText.rowsContaining(needle);
        if (tracks.idTexts() != null) {
            return found; // text ids are part of the searched text
        }
        try {
            long id = Long.parseLong(needle);
            // "012" or "+12" is text, not the id 12
            if (Long.toString(id).equals(needle)) {
                long[] ids = tracks.trackIds();
                for (int i = 0; i < ids.length; i++) {
                    if (ids[i] == id) {
                        found.add(i);
                    }
                }
            }
        } catch (NumberFormatException notAnId) {
            // only a whole number can be a track id
        }
        return found;
    }
}
