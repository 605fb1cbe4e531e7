package org.genrescope.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Data tab's rows cut into pages of at most {@link #PAGE_ROWS}, the table showing one page at a time.
 *
 * <p>Why: JavaFX 21's {@code VirtualFlow} keeps one boxed size per row up to the farthest row shown and walks that
 * list in every layout of the table, fixed cell size or not, so each scroll, sort or search at a million rows cost
 * the FX thread 40-165 ms ({@code VirtualFlow.recalculateAndImproveEstimatedSize}; docs/benchmarks.md, "The Data
 * tab: JavaFX's walk of a million rows" and "Data tab in pages (session 13)"). A page of 100,000 rows keeps that walk
 * a tenth as long, and data of up to 100,000 rows (FMA's full release has 106,574 tracks; its 12,584 with a genre
 * fit one page) shows as before, in one page. Newer rows (a search, a sort, a selection, a result) start again at the
 * first page. Not thread-safe: use it on the UI thread.
 */
final class RowPages {
    /** The most rows a page holds in the window (its tests set another with {@code -Dgenrescope.dataPageRows}). */
    static final int PAGE_ROWS = 100_000;

    private final int pageRows;
    private List<Integer> rows = List.of();
    private int page;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper paged = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);

    /** Pages of {@link #PAGE_ROWS} rows. */
    RowPages() {
        this(PAGE_ROWS);
    }

    /**
     * Pages of {@code pageRows} rows.
     *
     * @throws IllegalArgumentException if {@code pageRows} is not positive
     */
    RowPages(int pageRows) {
        if (pageRows <= 0) {
            throw new IllegalArgumentException("a page holds at least one row, not " + pageRows);
        }
        this.pageRows = pageRows;
    }

    /** Takes {@code next} (not copied: do not change it afterwards) and goes to its first page. */
    void show(List<Integer> next) {
        rows = next;
        page = 0;
        describe();
    }

    /** The rows of the current page: a view of the list given to {@link #show}, not a copy. */
    List<Integer> page() {
        int from = page * pageRows;
        return rows.subList(from, Math.min(rows.size(), from + pageRows));
    }

    /** The most rows a page holds. */
    int pageRows() {
        return pageRows;
    }

    /** Goes to the next page; false (and nothing changes) on the last. */
    boolean next() {
        return go(page + 1);
    }

    /** Goes to the previous page; false (and nothing changes) on the first. */
    boolean previous() {
        return go(page - 1);
    }

    /** The current page, from 0. */
    int pageIndex() {
        return page;
    }

    /** How many pages the rows fill (1 when there are none). */
    int pageCount() {
        return Math.max(1, (rows.size() + pageRows - 1) / pageRows);
    }

    private boolean go(int to) {
        if (to < 0 || to >= pageCount()) {
            return false;
        }
        page = to;
        describe();
        return true;
    }

    private void describe() {
        boolean several = pageCount() > 1;
        text.set(several ? textOf(page) : "");
        paged.set(several);
        hasPrevious.set(page > 0);
        hasNext.set(page < pageCount() - 1);
    }

    private String textOf(int shown) {
        int from = shown * pageRows;
        return String.format(Locale.ROOT, "rows %,d-%,d of %,d (page %d of %d)", from + 1,
                Math.min(rows.size(), from + pageRows), rows.size(), shown + 1, pageCount());
    }

    /**
     * The text of the last page, the longest of these rows' pages (its numbers have the most digits): the page text's
     * room, so that the arrow after it stays put from page to page (it moved as "rows 1-100,000" became "rows
     * 100,001-200,000", and a second click in the same place missed: new user, session 14). Empty on one page.
     */
    String widestText() {
        return pageCount() > 1 ? textOf(pageCount() - 1) : "";
    }

    /** "rows 100,001-200,000 of 959,241 (page 2 of 10)"; empty when every row fits one page. */
    ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    /** Whether the rows fill more than one page. */
    ReadOnlyBooleanProperty pagedProperty() { return paged.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty hasPreviousProperty() { return hasPrevious.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty hasNextProperty() { return hasNext.getReadOnlyProperty(); }
}
