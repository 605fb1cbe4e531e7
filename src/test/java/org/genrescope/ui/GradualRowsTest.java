package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A table's first rows a few per pulse, later rows at once; the list shown ends as the list given. */
class GradualRowsTest {
    private static List<Integer> rows(int n) {
        return RowList.of(IntStream.range(0, n).map(i -> 7 * i).toArray());
    }

    @Test
    void anEmptyTableFillsAStepPerPulse() {
        RowList shown = new RowList();
        GradualRows gradual = new GradualRows(shown, 4);
        List<Integer> all = rows(10);
        assertTrue(gradual.replace(all));
        assertEquals(all.subList(0, 4), shown);
        assertTrue(gradual.pulse());
        assertEquals(all.subList(0, 8), shown);
        assertFalse(gradual.pulse(), "the last pulse shows the rest");
        assertSame(all, shown.current(), "the list given, not a copy");
        assertFalse(gradual.growing());
        assertFalse(gradual.pulse(), "nothing more");
    }

    @Test
    void aTableWithRowsGetsNewOnesAtOnce() {
        RowList shown = new RowList();
        GradualRows gradual = new GradualRows(shown, 4);
        shown.replace(rows(3));
        List<Integer> next = rows(20);
        assertFalse(gradual.replace(next));
        assertSame(next, shown.current());
    }

    @Test
    void aFewRowsAreShownAtOnce() {
        RowList shown = new RowList();
        GradualRows gradual = new GradualRows(shown, 4);
        List<Integer> few = rows(4);
        assertFalse(gradual.replace(few));
        assertSame(few, shown.current());
    }

    @Test
    void newerRowsWhileFillingReplaceTheOlderAtOnce() {
        RowList shown = new RowList();
        GradualRows gradual = new GradualRows(shown, 4);
        gradual.replace(rows(10));
        List<Integer> newer = rows(6);
        assertFalse(gradual.replace(newer), "the table has rows now: at once");
        assertSame(newer, shown.current());
        assertFalse(gradual.pulse(), "the older list's rest never comes");
        assertSame(newer, shown.current());
    }

    @Test
    void pastAScreenfulTheRestComesAtOnce() {
        RowList shown = new RowList();
        GradualRows gradual = new GradualRows(shown, 5);
        List<Integer> all = rows(100_000);
        gradual.replace(all);
        for (int step = 2; step < GradualRows.STEPS; step++) {
            assertTrue(gradual.pulse());
            assertEquals(5 * step, shown.size());
        }
        assertFalse(gradual.pulse(), "the last step shows every row");
        assertSame(all, shown.current());
    }

    @Test
    void theViewportHasRoomForTheRowsShownWhileTheyGrow() {
        RowList shown = new RowList();
        GradualRows gradual = new GradualRows(shown, 4);
        assertEquals(Integer.MAX_VALUE, gradual.roomRows(), "no limit before any rows");
        gradual.replace(rows(10));
        assertEquals(4, gradual.roomRows(), "room for the first step's rows, not a screenful of empty ones");
        gradual.pulse();
        assertEquals(8, gradual.roomRows());
        gradual.pulse();
        assertEquals(Integer.MAX_VALUE, gradual.roomRows(), "every row shown: no limit");
        gradual.replace(rows(100));
        assertEquals(Integer.MAX_VALUE, gradual.roomRows(), "later rows come at once, with no limit");
    }

    @Test
    void finishedEveryRowIsShownAtOnce() {
        RowList shown = new RowList();
        GradualRows gradual = new GradualRows(shown, 4);
        List<Integer> all = rows(100);
        gradual.replace(all);
        gradual.finish();
        assertSame(all, shown.current(), "the list given, whole");
        assertFalse(gradual.growing());
        assertEquals(Integer.MAX_VALUE, gradual.roomRows());
        gradual.finish();
        assertSame(all, shown.current(), "nothing more to finish");
    }

    @Test
    void haltedTheRowsShownStayAndTheViewportHasNoLimit() {
        RowList shown = new RowList();
        GradualRows gradual = new GradualRows(shown, 4);
        List<Integer> all = rows(10);
        gradual.replace(all);
        gradual.halt();
        assertEquals(Integer.MAX_VALUE, gradual.roomRows());
        assertFalse(gradual.growing());
        assertFalse(gradual.pulse());
        assertEquals(all.subList(0, 4), shown);
    }

    @Test
    void aPulseAddsAtLeastOneRow() {
        assertThrows(IllegalArgumentException.class, () -> new GradualRows(new RowList(), 0));
    }
}
