package org.genrescope.data;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.sorting.Sort;

/**
 * The Data tab's sort as {@link TrackFrame} did it until session 15, kept as the reference its own sort
 * ({@link RowOrder}) is tested and timed against: Tablesaw's {@code sortOn} over a narrow table of the row number
 * and the sort columns, the row number as the last key so that ties come out in row order. Text columns enter as
 * the ranks of a plain comparator sort of their texts without case and accents (the Data tab's text order since
 * session 18; Tablesaw's own is {@code String.compareTo}).
 */
final class TablesawSort {
    private final Table table;
    private final int[] clusters;
    private final boolean dataTabTextOrder;

    /** The Tablesaw table of {@code tracks} as the frame built it (text ids replace the numbers standing in for them). */
    TablesawSort(TrackTable tracks, int[] clusters) {
        this(tracks, clusters, true);
    }

    /**
     * As above; {@code dataTabTextOrder} false sorts text by Tablesaw's own {@code String.compareTo}, as the Data
     * tab did until session 18 (the benchmark times that sort).
     */
    TablesawSort(TrackTable tracks, int[] clusters, boolean dataTabTextOrder) {
        this.dataTabTextOrder = dataTabTextOrder;
        table = TrackColumns.of(tracks, true);
        if (tracks.idTexts() != null) {
            table.replaceColumn(TrackColumns.ID, StringColumn.create(TrackColumns.ID, tracks.idTexts()));
        }
        this.clusters = clusters;
    }

    /**
     * Each row's rank of its text, in the Data tab's text order since session 18 (without case and accents, then by
     * {@code String.compareTo}), found with a comparator over the distinct texts, under the column's name.
     */
    private static IntColumn foldedRanks(StringColumn text) {
        java.util.TreeMap<String, Integer> ranks = new java.util.TreeMap<>(DataTabTextOrder.ORDER);
        text.forEach(value -> ranks.put(value, 0));
        int next = 0;
        for (java.util.Map.Entry<String, Integer> e : ranks.entrySet()) {
            e.setValue(next++);
        }
        int[] column = new int[text.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = ranks.get(text.get(i));
        }
        return IntColumn.create(text.name(), column);
    }

    /** Every row in the order of {@code keys} (non-empty), ties in row order. */
    int[] order(List<TrackFrame.SortKey> keys) {
        Table narrow = Table.create(table.name(), table.column(TrackColumns.ROW));
        Sort sort = null;
        for (TrackFrame.SortKey key : keys) {
            if (!narrow.containsColumn(key.column())) {
                if (key.column().equals(TrackFrame.CLUSTER)) {
                    narrow.addColumns(IntColumn.create(TrackFrame.CLUSTER, clusters));
                } else if (dataTabTextOrder && table.column(key.column()) instanceof StringColumn text) {
                    narrow.addColumns(foldedRanks(text)); // text in the Data tab's order, not Tablesaw's
                } else {
                    narrow.addColumns(table.column(key.column()));
                }
            }
            Sort.Order direction = key.ascending() ? Sort.Order.ASCEND : Sort.Order.DESCEND;
            sort = sort == null ? Sort.on(key.column(), direction) : sort.next(key.column(), direction);
        }
        return ((IntColumn) narrow.sortOn(sort.next(TrackColumns.ROW, Sort.Order.ASCEND))
                .column(TrackColumns.ROW)).asIntArray();
    }
}
