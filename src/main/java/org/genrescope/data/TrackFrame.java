package org.genrescope.data;

import java.util.ArrayList;
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
 * Tablesaw type leaves the data layer. Immutable; safe to query from any thread.
 *
 * <p>Why it is fast: the text columns are dictionary-encoded by Tablesaw, so a search tests each distinct
 * title, artist, album and genre once (lower-cased when the frame is built, not on every keystroke) and then
 * selects the rows whose dictionary key matched, instead of lower-casing and scanning every cell of every row.
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

    private static final String[] SEARCHED = {TITLE, ARTIST, ALBUM, GENRE};

    private final Table table;
    /** Per searched column: its distinct values and, at the same index, their lower-case forms. */
    private final List<String[][]> lowerCaseDictionaries;

    private TrackFrame(Table table, List<String[][]> lowerCaseDictionaries) {
        this.table = table;
        this.lowerCaseDictionaries = lowerCaseDictionaries;
    }

    /** The frame of {@code tracks}, without clusters. */
    public static TrackFrame of(TrackTable tracks) {
        Table table = TrackColumns.of(tracks, true);
        List<String[][]> dictionaries = new ArrayList<>();
        for (String name : SEARCHED) {
            String[] distinct = table.stringColumn(name).getDictionary().asSet().toArray(new String[0]);
            String[] lower = new String[distinct.length];
            for (int k = 0; k < lower.length; k++) {
                lower[k] = distinct[k].toLowerCase(Locale.ROOT);
            }
            dictionaries.add(new String[][] {distinct, lower});
        }
        return new TrackFrame(table, List.copyOf(dictionaries));
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
                copy.addColumns(column);
            }
        }
        copy.addColumns(IntColumn.create(CLUSTER, labels.clone()));
        return new TrackFrame(copy, lowerCaseDictionaries);
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
     * it, among {@code within} (null: all rows), sorted by {@code order} (earlier keys first; ties keep row
     * order). An empty or blank search matches every row.
     *
     * @param within row numbers to restrict to (out-of-range ones are ignored); null for all rows
     * @param order  sort keys; empty for row order
     * @return row numbers into the table this frame was built from
     * @throws IllegalArgumentException when a sort key names no column of the frame
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
        Table view = selection.size() == rows() ? table : table.where(selection);
        if (!order.isEmpty()) {
            Sort sort = null;
            for (SortKey key : order) {
                if (!canSortBy(key.column())) {
                    throw new IllegalArgumentException("no column '" + key.column() + "' to sort by");
                }
                Sort.Order direction = key.ascending() ? Sort.Order.ASCEND : Sort.Order.DESCEND;
                sort = sort == null ? Sort.on(key.column(), direction) : sort.next(key.column(), direction);
            }
            // Tablesaw's sort is not stable; the row number as the last key makes ties come out in row order
            view = view.sortOn(sort.next(TrackColumns.ROW, Sort.Order.ASCEND));
        }
        return ((IntColumn) view.column(TrackColumns.ROW)).asIntArray();
    }

    private Selection matching(String needle) {
        if (needle.isEmpty()) {
            return Selection.withRange(0, rows());
        }
        Selection found = new BitmapBackedSelection();
        for (int c = 0; c < SEARCHED.length; c++) {
            StringColumn column = table.stringColumn(SEARCHED[c]);
            String[] distinct = lowerCaseDictionaries.get(c)[0];
            String[] lower = lowerCaseDictionaries.get(c)[1];
            List<String> hits = new ArrayList<>();
            for (int k = 0; k < lower.length; k++) {
                if (lower[k].contains(needle)) {
                    hits.add(distinct[k]);
                }
            }
            if (!hits.isEmpty()) {
                found = found.or(column.isIn(hits));
            }
        }
        LongColumn ids = table.longColumn(ID);
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
