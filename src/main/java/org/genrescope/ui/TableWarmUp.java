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
 * tab's summary, filled while training ran on both cores. Measured in the window at a million (three quiet runs
 * against three without): the training phase's longest FX stall 92-98 ms against 126-171, the Data tab's 97-108
 * against 120-214. {@code -Dgenrescope.tableWarmUp=0} turns it off. FX thread only.
 */
final class TableWarmUp {
    /** Pulses that each make one small table ({@code -Dgenrescope.tableWarmUp}, 12 by default, 0: none). */
    static final int PULSES = Integer.getInteger("genrescope.tableWarmUp", 12);
    /** The warm-up table's columns and visible rows: 24 cells a pulse. */
    private static final int COLUMNS = 4;
    private static final int ROWS = 6;

    private TableWarmUp() { }

    /** Starts the warm-up of {@link #PULSES} pulses in {@code host}; nothing when it is 0. */
    static void start(Pane host) {
        start(host, PULSES);
    }

    /**
     * Starts a warm-up of {@code pulses} pulses in {@code host} (its children get the table for a pulse at a time,
     * behind the rest); nothing when {@code pulses} is not positive.
     */
    static void start(Pane host, int pulses) {
        if (pulses <= 0) {
            return;
        }
        new AnimationTimer() {
            private int made;
            private TableView<Integer> shown;

            @Override
            public void handle(long now) {
                host.getChildren().remove(shown);
                if (made++ >= pulses) {
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
