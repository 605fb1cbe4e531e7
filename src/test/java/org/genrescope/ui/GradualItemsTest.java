package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * A table's first items a few per pulse, by changes that only add; later items at once; the list ends as the list
 * given. The pulses are stepped by hand (no toolkit).
 */
class GradualItemsTest {
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final List<BooleanSupplier> started = new ArrayList<>();
    private final GradualItems<String> gradual = new GradualItems<>(items, 4, started::add); // 13 rows a step

    private static List<String> texts(int n) {
        return IntStream.range(0, n).mapToObj(i -> "row " + i).toList();
    }

    @Test
    void anEmptyTableFillsAStepPerPulseThenTheRestByAddsOnly() {
        List<String> all = texts(100);
        List<String> changes = new ArrayList<>();
        gradual.setAll(all);
        items.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasRemoved() ? "removed " + c.getRemovedSize() + " " : "") + "added "
                        + c.getAddedSize() + " at " + c.getFrom());
            }
        });
        assertEquals(all.subList(0, 13), items, "the first step at once: 52 cells of 4 columns");
        assertEquals(1, started.size(), "pulses asked for once");
        BooleanSupplier pulse = started.get(0);
        assertTrue(pulse.getAsBoolean());
        assertEquals(all.subList(0, 26), items);
        assertTrue(pulse.getAsBoolean());
        assertEquals(all.subList(0, 39), items);
        assertFalse(pulse.getAsBoolean(), "past 40 rows the rest at once: a screenful has its cells");
        assertEquals(all, items);
        assertEquals(List.of("added 13 at 13", "added 13 at 26", "added 61 at 39"), changes,
                "the rows on screen are not replaced, only added to");
        assertFalse(gradual.filling());
        assertFalse(pulse.getAsBoolean(), "nothing more");
    }

    @Test
    void aWideTableGetsFewerRowsAStep() {
        ObservableList<String> wide = FXCollections.observableArrayList();
        new GradualItems<>(wide, 14, started::add).setAll(texts(100));
        assertEquals(3, wide.size(), "52 cells of 14 columns: 3 rows");
        ObservableList<String> widest = FXCollections.observableArrayList();
        new GradualItems<>(widest, 80, started::add).setAll(texts(100));
        assertEquals(1, widest.size(), "at least a row");
    }

    @Test
    void aListEndingWithinAStepEndsThere() {
        ObservableList<String> wide = FXCollections.observableArrayList();
        new GradualItems<>(wide, 14, started::add).setAll(texts(8));
        BooleanSupplier pulse = started.get(0);
        assertTrue(pulse.getAsBoolean());
        assertEquals(6, wide.size());
        assertFalse(pulse.getAsBoolean(), "2 left of a step of 3: the last step, not past the end");
        assertEquals(texts(8), wide);
    }

    @Test
    void aTableWithItemsOrAShortListGetsThemAtOnce() {
        gradual.setAll(texts(12));
        assertEquals(texts(12), items, "a step's worth: at once");
        gradual.setAll(texts(50));
        assertEquals(texts(50), items, "rows exist: refilled at once");
        assertTrue(started.isEmpty(), "no pulses");
        assertFalse(gradual.filling());
    }

    @Test
    void aNewerListReplacesAFillUnderWayAndClearingDropsIt() {
        gradual.setAll(texts(40));
        BooleanSupplier pulse = started.get(0);
        gradual.setAll(List.of("a", "b"));
        assertEquals(List.of("a", "b"), items, "at once: the table has rows");
        assertFalse(pulse.getAsBoolean(), "the older fill adds nothing");
        assertEquals(List.of("a", "b"), items);

        gradual.clear();
        gradual.setAll(texts(30));
        assertEquals(2, started.size(), "pulses asked for again after the last fill ended");
        gradual.clear();
        assertTrue(items.isEmpty());
        assertFalse(started.get(1).getAsBoolean(), "cleared: the fill stops");
        assertTrue(items.isEmpty(), "and adds nothing after the clear");
    }

    @Test
    void theLongestTextsAreMeasuredLongestFirst() {
        assertEquals(List.of("ccc", "bb"), Tables.longest(java.util.Arrays.asList("a", null, "ccc", "bb"), 2));
        assertEquals(List.of("a"), Tables.longest(List.of("a"), 16));
        assertEquals(List.of(), Tables.longest(List.of(), 16));
    }
}
