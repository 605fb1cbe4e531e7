package org.genrescope.data;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.sorting.Sort;

/**
 * The Data tab's sort as {@link TrackFrame} did it until session 15, kept as the reference its own sort
 * ({@link RowOrder}) is tested and timed against: Tablesaw's {@code sortOn} over a narrow table of the row number
 * and the sort columns, the row number as the last key so that ties come out in row order.
 */
final class TablesawSort {
    private final Table table;
    private final int[] clusters;

    /** The Tablesaw table of {@code tracks} as the frame built it (text ids replace the numbers standing in for them). */
    TablesawSort(TrackTable tracks, int[] clusters) {
        table = TrackColumns.of(tracks, true);
        if (tracks.idTexts() != null) {
            table.replaceColumn(TrackColumns.ID, StringColumn.create(TrackColumns.ID, tracks.idTexts()));
        }
        this.clusters = clusters;
    }

    /** Every row in the order of {@code keys} (non-empty), ties in row order. */
    int[] order(List<TrackFrame.SortKey> keys) {
        Table narrow = Table.create(table.name(), table.column(TrackColumns.ROW));
        Sort sort = null;
        for (TrackFrame.SortKey key : keys) {
            if (!narrow.containsColumn(key.column())) {
                narrow.addColumns(key.column().equals(TrackFrame.CLUSTER)
                        ? IntColumn.create(TrackFrame.CLUSTER, clusters) : table.column(key.column()));
            }
            Sort.Order direction = key.ascending() ? Sort.Order.ASCEND : Sort.Order.DESCEND;
            sort = sort == null ? Sort.on(key.column(), direction) : sort.next(key.column(), direction);
        }
        return ((IntColumn) narrow.sortOn(sort.next(TrackColumns.ROW, Sort.Order.ASCEND))
                .column(TrackColumns.ROW)).asIntArray();
    }
}
