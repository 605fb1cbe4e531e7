package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowListTest {

    @Test
    void anIntArrayIsShownAsItsRowsAndHandedOverWhenReplaced() {
        int[] rows = {4, 2, 900_000};
        List<Integer> view = RowList.of(rows);
        assertEquals(List.of(4, 2, 900_000), view);
        assertThrows(UnsupportedOperationException.class, () -> view.set(0, 1));
        assertThrows(UnsupportedOperationException.class, () -> view.add(1));

        RowList shown = new RowList();
        List<String> removed = new ArrayList<>();
        shown.addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            while (c.next()) {
                removed.add(c.getRemoved() + " -> " + c.getList());
            }
        });
        shown.replace(view);
        shown.replace(RowList.of(new int[] {7}));
        assertEquals(List.of("[] -> [4, 2, 900000]", "[4, 2, 900000] -> [7]"), removed);
        assertEquals(7, shown.get(0));
        assertEquals(1, shown.size());
    }
}
