package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Tooltips made on hover, not for every cell or row shown: the Data tab's feature cells (the column's format in the
 * cell, the exact value in the tooltip) and the result tables' rows ({@link Tables#rowTooltips}).
 */
class NumberCellTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theTooltipIsMadeWhenTheMouseEntersAndFollowsTheItem() throws Exception {
        List<Object> seen = new ArrayList<>();
        onFx(() -> {
            NumberCell<Integer> cell = new NumberCell<>(() -> ColumnFormat.of(0.04357, 0.996));
            cell.updateItem(0.123456789, false);
            seen.add(cell.getText());
            seen.add(cell.getTooltip()); // none until hovered
            Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false,
                    false, false, false, false, false, false, false, false, false, null));
            seen.add(cell.getTooltip().getText());
            cell.updateItem(2.5, false); // the cell reused for another row
            seen.add(cell.getText());
            seen.add(cell.getTooltip().getText());
            cell.updateItem(null, true);
            seen.add(cell.getText());
            seen.add(cell.getTooltip());
        });
        assertEquals("0.1235", seen.get(0));
        assertNull(seen.get(1));
        assertEquals("0.123456789", seen.get(2));
        assertEquals("2.5000", seen.get(3));
        assertEquals("2.5", seen.get(4));
        assertNull(seen.get(5));
        assertNull(seen.get(6));
    }

    @Test
    void aResultRowsTooltipIsMadeWhenTheMouseEntersAndFollowsTheItem() throws Exception {
        List<Object> seen = new ArrayList<>();
        onFx(() -> {
            Tables.TooltipRow<String> row = new Tables.TooltipRow<>(s -> "about " + s);
            row.updateItem("Silhouette", false);
            seen.add(row.getTooltip()); // none until hovered: a popup control per row shown cost the FX thread
            Event.fireEvent(row, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false,
                    false, false, false, false, false, false, false, false, false, null));
            seen.add(row.getTooltip().getText());
            row.updateItem("AMI", false); // the row reused for another item
            seen.add(row.getTooltip().getText());
            row.updateItem(null, true);
            seen.add(row.getTooltip());
        });
        assertNull(seen.get(0));
        assertEquals("about Silhouette", seen.get(1));
        assertEquals("about AMI", seen.get(2));
        assertNull(seen.get(3));
    }

    private static void onFx(Runnable action) throws InterruptedException {
        ScreenCapture.onFx(action, 10, TimeUnit.SECONDS);
    }
}
