package org.genrescope.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;
import tech.tablesaw.sorting.Sort;

/**
 * The cleaned track table as the Data tab queries it: which rows match a search, within an optional set of
 * rows, in which order. Answers are row numbers (0-based, into the {@link TrackTable} it was built from), so no
 * Tablesaw type leaves the data layer. Immutable apart from a memo of the last sort; safe from any thread.
 *
 * <p>Why it is fast enough to run on every keystroke (figures in docs/benchmarks.md):
 * <ul>
 *   <li>the searched text of a row (title, artist, album, genre) is lower-cased once, when the frame is built,
 *       into packed chunks of chars ({@link SearchText}), its fields ended by a character no search contains; a
 *       keystroke is then one pass over them instead of lower-casing four fields of every row;</li>
 *   <li>a sort orders all rows once (Tablesaw's {@code sortOn} over a narrow table of the row number and the
 *       sort columns, so no other column is copied) and is remembered, so typing only filters that order by the
 *       search's bitmap.</li>
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
    private final SortTable sortTable;
    /** Each row's cluster, or null before training. */
    private final int[] clusters;
    private final Object memoLock = new Object();
    private List<SortKey> memoKeys;
    private int[] memoOrder;

    private TrackFrame(TrackTable tracks, SearchText searchText, SortTable sortTable, int[] clusters) {
        this.tracks = tracks;
        this.searchText = searchText;
        this.sortTable = sortTable;
        this.clusters = clusters;
    }

    /**
     * The Tablesaw table a sort reads, built at the first sort and shared by the frames of one data set: at a
     * million rows its string columns' dictionaries take about 2 s and 100 MB, which a user who never sorts
     * should not pay just after a load (docs/benchmarks.md, "The Data tab's search text (session 12)").
     */
    private static final class SortTable {
        private Table table;

        synchronized Table of(TrackTable tracks) {
            if (table == null) {
                table = TrackColumns.of(tracks, true);
                if (tracks.idTexts() != null) {
                    // text ids (Spotify's): shown, sorted and searched as the file writes them, not the row
                    // numbers that stand in for them in trackIds
                    table.replaceColumn(ID, StringColumn.create(ID, tracks.idTexts()));
                }
            }
            return table;
        }
    }

    /** The frame of {@code tracks}, without clusters. */
    public static TrackFrame of(TrackTable tracks) {
        SearchText text = SearchText.of(tracks.rows(), tracks.titles(), tracks.artists(), tracks.albums(),
                tracks.genres(), tracks.idTexts());
        return new TrackFrame(tracks, text, new SortTable(), null);
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
        return new TrackFrame(tracks, searchText, sortTable, labels.clone());
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
        Selection selection = matching(search == null ? "" : search.trim().toLowerCase(Locale.ROOT));
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
        Table table = sortTable.of(tracks);
        Table narrow = Table.create(table.name(), table.column(TrackColumns.ROW));
        Sort sort = null;
        for (SortKey key : keys) {
            if (!canSortBy(key.column())) {
                throw new IllegalArgumentException("no column '" + key.column() + "' to sort by");
            }
            if (!narrow.containsColumn(key.column())) {
                narrow.addColumns(key.column().equals(CLUSTER) ? IntColumn.create(CLUSTER, clusters)
                        : table.column(key.column()));
            }
            Sort.Order direction = key.ascending() ? Sort.Order.ASCEND : Sort.Order.DESCEND;
            sort = sort == null ? Sort.on(key.column(), direction) : sort.next(key.column(), direction);
        }
        // Tablesaw's sort is not stable; the row number as the last key makes ties come out in row order
        int[] order = ((IntColumn) narrow.sortOn(sort.next(TrackColumns.ROW, Sort.Order.ASCEND))
                .column(TrackColumns.ROW)).asIntArray();
        synchronized (memoLock) {
            memoKeys = List.copyOf(keys);
            memoOrder = order;
        }
        return order;
    }

    private Selection matching(String search) {
        if (search.isEmpty()) {
            return Selection.withRange(0, rows());
        }
        int cut = search.indexOf(SearchText.SEPARATOR);
        String needle = cut < 0 ? search : search.substring(0, cut);
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
