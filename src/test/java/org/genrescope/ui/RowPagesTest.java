package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Data tab's pages: every row on exactly one page, in order, and the page line counted by hand. */
class RowPagesTest {
    private static List<Integer> rows(int n) {
        return RowList.of(IntStream.range(0, n).map(i -> 1000 + i).toArray());
    }

    @Test
    void everyRowIsOnExactlyOnePageInOrder() {
        RowPages pages = new RowPages(4);
        pages.show(rows(10));
        assertEquals(3, pages.pageCount());
        assertEquals(List.of(1000, 1001, 1002, 1003), pages.page());
        assertTrue(pages.next());
        assertEquals(List.of(1004, 1005, 1006, 1007), pages.page());
        assertTrue(pages.next());
        assertEquals(List.of(1008, 1009), pages.page(), "the last page holds the rest");
        assertFalse(pages.next(), "no page after the last");
        assertEquals(2, pages.pageIndex());
        assertTrue(pages.previous());
        assertTrue(pages.previous());
        assertFalse(pages.previous(), "no page before the first");
        assertEquals(0, pages.pageIndex());
    }

    @Test
    void thePageLineCountsRowsAndPages() {
        RowPages pages = new RowPages(100_000);
        pages.show(rows(959_241));
        assertEquals("rows 1-100,000 of 959,241 (page 1 of 10)", pages.textProperty().get());
        assertEquals("rows 900,001-959,241 of 959,241 (page 10 of 10)", pages.widestText(),
                "the last page's, the longest: the room the page text keeps from page to page");
        assertTrue(pages.pagedProperty().get());
        assertFalse(pages.hasPreviousProperty().get());
        assertTrue(pages.hasNextProperty().get());
        for (int i = 0; i < 9; i++) {
            pages.next();
        }
        assertEquals("rows 900,001-959,241 of 959,241 (page 10 of 10)", pages.textProperty().get());
        assertEquals(59_241, pages.page().size());
        assertEquals(1000 + 900_000, pages.page().get(0));
        assertTrue(pages.hasPreviousProperty().get());
        assertFalse(pages.hasNextProperty().get());
    }

    @Test
    void rowsThatFitOnePageAreNotPaged() {
        RowPages pages = new RowPages();
        pages.show(rows(12_584));
        assertEquals(1, pages.pageCount());
        assertEquals(12_584, pages.page().size());
        assertEquals("", pages.textProperty().get());
        assertEquals("", pages.widestText());
        assertFalse(pages.pagedProperty().get());
        pages.show(List.of());
        assertEquals(1, pages.pageCount());
        assertTrue(pages.page().isEmpty());
        assertFalse(pages.hasNextProperty().get());
    }

    @Test
    void newRowsStartAtTheFirstPage() {
        RowPages pages = new RowPages(3);
        pages.show(rows(9));
        pages.next();
        pages.next();
        pages.show(rows(7));
        assertEquals(0, pages.pageIndex());
        assertEquals(List.of(1000, 1001, 1002), pages.page());
        assertEquals("rows 1-3 of 7 (page 1 of 3)", pages.textProperty().get());
    }

    @Test
    void aPageHoldsAtLeastOneRow() {
        assertThrows(IllegalArgumentException.class, () -> new RowPages(0));
    }
}
