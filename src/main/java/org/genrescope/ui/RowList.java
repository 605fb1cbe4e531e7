package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The Data tab's shown rows (indexes into the data), replaced whole by {@link #replace}: one change that hands the
 * listeners the old list as removed, with no element-by-element copy. {@code setAll} on an observable array list
 * of a million rows copied them one by one and recorded each removed one (about 100 ms of the FX thread per search,
 * sort or result); replacing the table's list object instead made TableView clear its sort order. Not thread-safe:
 * use it on the UI thread.
 */
final class RowList extends ObservableListBase<Integer> {
    private List<Integer> rows = List.of();

    /** Shows {@code next} (the list is kept, not copied: do not change it afterwards). */
    void replace(List<Integer> next) {
        List<Integer> old = rows;
        rows = next;
        beginChange();
        nextReplace(0, next.size(), old);
        endChange();
    }

    /** Shows no rows. */
    void clear0() {
        replace(new ArrayList<>());
    }

    @Override
    public Integer get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
