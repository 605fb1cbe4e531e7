package org.genrescope.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
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
 *       into one Tablesaw column, joined with a character no search contains; a keystroke is then one
 *       {@code containsString} over that column instead of lower-casing four fields of every row;</li>
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

    /** Separates the fields in the searched text; a search containing it is cut there (it cannot be typed). */
    private static final char FIELD_SEPARATOR = '\u0000';
    private static final String[] SEARCHED = {TITLE, ARTIST, ALBUM, GENRE};

    private final Table table;
    private final StringColumn searchText;
    private final Object memoLock = new Object();
    private List<SortKey> memoKeys;
    private int[] memoOrder;

    private TrackFrame(Table table, StringColumn searchText) {
        this.table = table;
        this.searchText = searchText;
    }

    /** The frame of {@code tracks}, without clusters. */
    public static TrackFrame of(TrackTable tracks) {
        Table table = TrackColumns.of(tracks, true);
        if (tracks.idTexts() != null) {
            // text ids (Spotify's): shown, sorted and searched as the file writes them, not the row numbers
            // that stand in for them in trackIds
            table.replaceColumn(ID, StringColumn.create(ID, tracks.idTexts()));
        }
        String[][] fields = {tracks.titles(), tracks.artists(), tracks.albums(), tracks.genres(), tracks.idTexts()};
        StringColumn text = StringColumn.create("search");
        StringBuilder row = new StringBuilder(128);
        for (int i = 0; i < tracks.rows(); i++) {
            row.setLength(0);
            for (String[] field : fields) {
                if (field != null && field[i] != null) {
                    row.append(field[i].toLowerCase(Locale.ROOT));
                }
                row.append(FIELD_SEPARATOR);
            }
            text.append(row.toString());
        }
        return new TrackFrame(table, text);
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
        Table copy = Table.create(table.name());
        for (var column : table.columns()) {
            if (!column.name().equals(CLUSTER)) {
                copy.addColumns(column); // shared, not copied: columns are never changed after the build
            }
        }
        copy.addColumns(IntColumn.create(CLUSTER, labels.clone()));
        return new TrackFrame(copy, searchText);
    }

    public int rows() {
        return table.rowCount();
    }

    /** Whether {@link #rows} can sort by this column (the cluster only after {@link #withClusters}). */
    public boolean canSortBy(String column) {
        return table.containsColumn(column) && !column.equals(TrackColumns.ROW);
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
        Table narrow = Table.create(table.name(), table.column(TrackColumns.ROW));
        Sort sort = null;
        for (SortKey key : keys) {
            if (!canSortBy(key.column())) {
                throw new IllegalArgumentException("no column '" + key.column() + "' to sort by");
            }
            if (!narrow.containsColumn(key.column())) {
                narrow.addColumns(table.column(key.column()));
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
        int cut = search.indexOf(FIELD_SEPARATOR);
        String needle = cut < 0 ? search : search.substring(0, cut);
        Selection found = searchText.containsString(needle);
        if (!(table.column(ID) instanceof LongColumn ids)) {
            return found; // text ids are part of the searched text
        }
        try {
            long id = Long.parseLong(needle);
            // "012" or "+12" is text, not the id 12
            if (Long.toString(id).equals(needle)) {
                found = found.or(ids.isEqualTo(id));
            }
        } catch (NumberFormatException notAnId) {
            // only a whole number can be a track id
        }
        return found;
    }
}
