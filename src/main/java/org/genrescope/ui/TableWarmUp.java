package org.genrescope.ui;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;

/**
 * Makes a small table's rows and cells once per pulse for a few pulses, out of sight, as the window starts. The first
 * table that gets items makes a whole viewport of rows (JavaFX fills it with empty rows too), and the first time in
 * a process that costs 3-5 times what it costs once JavaFX's row and cell code is loaded and compiled: 270-360 ms of
 * the FX thread for a 13-column table's 37 rows cold, 45-190 ms for the same table made again (docs/benchmarks.md,
 * "Tables in the window's pulses (session 14)"). At a million tracks the first such table was the Distributions
 * tab's summary, filled while training ran on both cores. Off unless {@code -Dgenrescope.tableWarmUp=N} (pulses)
 * asks for it: measured in that section. FX thread only.
 */
final class TableWarmUp {
    /** Pulses that each make one small table ({@code -Dgenrescope.tableWarmUp}, 0: none). */
    static final int PULSES = Integer.getInteger("genrescope.tableWarmUp", 0);
    /** The warm-up table's columns and visible rows: 24 cells a pulse. */
    private static final int COLUMNS = 4;
    private static final int ROWS = 6;

    private TableWarmUp() { }

    /** Starts the warm-up in {@code host} (its children get the table for a pulse at a time, behind the rest). */
    static void start(Pane host) {
        if (PULSES <= 0) {
            return;
        }
        new AnimationTimer() {
            private int made;
            private TableView<Integer> shown;

            @Override
            public void handle(long now) {
                host.getChildren().remove(shown);
                if (made++ >= PULSES) {
                    stop();
                    return;
                }
                shown = table(made);
                host.getChildren().add(0, shown);
            }
        }.start();
    }

    /** A table of {@link #COLUMNS} text columns and one item, {@link #ROWS} rows high, unmanaged and transparent. */
    private static TableView<Integer> table(int item) {
        TableView<Integer> table = new TableView<>(FXCollections.observableArrayList(item));
        for (int c = 0; c < COLUMNS; c++) {
            int column = c;
            TableColumn<Integer, String> col = new TableColumn<>("warm-up " + c);
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue() + "." + column));
            table.getColumns().add(col);
        }
        table.setManaged(false);
        table.setMouseTransparent(true);
        table.setFocusTraversable(false);
        table.setOpacity(0);
        table.resizeRelocate(0, 0, 320, ROWS * Sections.ROW + 30);
        return table;
    }
}
