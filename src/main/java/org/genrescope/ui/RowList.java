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
        if (!old.isEmpty() || !next.isEmpty()) {
            // one change built here, not by ObservableListBase's builder, which records the removed rows one call
            // each: 10 to 30 ms of the FX thread at a million rows, in every session-8 stall that showed a result
            fireChange(new Replaced(old, next.size()));
        }
    }

    /** The whole list replaced: rows 0..size now, {@code removed} (the old list, not copied) before. */
    private final class Replaced extends javafx.collections.ListChangeListener.Change<Integer> {
        private final List<Integer> removed;
        private final int size;
        private boolean at;

        Replaced(List<Integer> removed, int size) {
            super(RowList.this);
            this.removed = java.util.Collections.unmodifiableList(removed);
            this.size = size;
        }

        @Override
        public boolean next() {
            boolean first = !at;
            at = true;
            return first;
        }

        @Override
        public void reset() {
            at = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return size;
        }

        @Override
        public List<Integer> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }

    /**
     * {@code rows} as a list, not copied: each element boxed when read. The table reads only the rows it shows, so
     * a million rows are one {@code int[]} instead of a million {@code Integer}s that stayed as long as they were
     * shown, which every young collection copied again until they reached the old generation.
     */
    static List<Integer> of(int[] rows) {
        return new Indexes(rows);
    }

    /** An unmodifiable list view of an {@code int[]}. */
    private static final class Indexes extends java.util.AbstractList<Integer> implements java.util.RandomAccess {
        private final int[] rows;

        Indexes(int[] rows) {
            this.rows = rows;
        }

        @Override
        public Integer get(int index) {
            return rows[index];
        }

        @Override
        public int size() {
            return rows.length;
        }
    }

    /** The rows shown now, as given to {@link #replace} (not a copy: do not change it). */
    List<Integer> current() {
        return rows;
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
