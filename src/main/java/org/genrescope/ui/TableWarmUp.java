package org.genrescope.ui;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * Makes a small table's rows and cells once per pulse for a few pulses as the window starts, in a scene of its own
 * that no window shows. The first table that gets items makes a whole viewport of rows (JavaFX fills it with empty
 * rows too), and the first time in a process that costs 3-5 times what it costs once JavaFX's row and cell code is
 * loaded and compiled: 270-360 ms of the FX thread for a 13-column table's 37 rows cold, 45-190 ms for the same table
 * made again (docs/benchmarks.md, "Tables in the window's pulses (session 14)").
 * <p>
 * Session 14 made the table in the window's own scene, transparent: each pulse then cost 37-64 ms of the FX thread's
 * CSS and layout and 50-70 ms of the render thread (a node added to the root repaints the window), and at a million
 * tracks those pulses were the loading phase's longest stalls (docs/benchmarks.md, "The warm-up out of the window
 * (session 15)"). Out of every window, CSS and layout are applied by hand ({@code applyCss}, {@code layout}) and
 * nothing is drawn. The window's style sheets are used, so the same rules are matched.
 * {@code -Dgenrescope.tableWarmUp=0} turns it off. FX thread only.
 */
final class TableWarmUp {
    /** Pulses that each make one small table ({@code -Dgenrescope.tableWarmUp}, 12 by default, 0: none). */
    static final int PULSES = Integer.getInteger("genrescope.tableWarmUp", 12);
    /** The warm-up table's most columns and visible rows: 24 cells a pulse once grown ({@link #columns}). */
    private static final int COLUMNS = 4;
    private static final int ROWS = 6;

    private TableWarmUp() { }

    /**
     * Starts the warm-up of {@link #PULSES} pulses, styled by {@code window}'s style sheets, and runs {@code then} on
     * the FX thread when it has ended (at once when {@link #PULSES} is 0).
     *
     * <p>Why {@code then}: the workbench starts its load after the warm-up, not beside it. Begun together, the load's
     * parsing threads and the young collections they cause took the two CPUs from the warm-up's pulses, which then ran
     * 65-98 ms of the FX thread each at a million tracks (docs/benchmarks.md, "The first frames kept still (session
     * 17)"); the warm-up adds about 12 pulses to the start.
     */
    static void start(Scene window, Runnable then) {
        start(window, PULSES, then);
    }

    /**
     * Starts a warm-up of {@code pulses} pulses (a new table each, styled and laid out in a scene no window shows,
     * with {@code window}'s style sheets); nothing when {@code pulses} is not positive.
     */
    static void start(Scene window, int pulses) {
        start(window, pulses, () -> { });
    }

    /** As {@link #start(Scene, int)}, then runs {@code then} on the FX thread (at once when there is no warm-up). */
    static void start(Scene window, int pulses, Runnable then) {
        if (pulses <= 0) {
            then.run();
            return;
        }
        StackPane host = new StackPane();
        Scene offWindow = new Scene(host, 320, ROWS * Sections.ROW + 30);
        offWindow.getStylesheets().setAll(window.getStylesheets());
        new AnimationTimer() {
            private int made;

            @Override
            public void handle(long now) {
                if (made++ >= pulses) {
                    host.getChildren().clear();
                    stop();
                    then.run();
                    return;
                }
                host.getChildren().setAll(table(made, columns(made), rows(made)));
                host.applyCss();
                host.layout();
            }
        }.start();
    }

    /**
     * The columns of the warm-up's {@code pulse}-th table (from 1): one more a pulse up to {@link #COLUMNS}. With the
     * rows ({@link #rows}) the first tables are small: the first pulses run JavaFX's table code cold (interpreted,
     * classes loading) beside the JIT compiler on 2 cores, and a whole 4 x 6 table in the first pulse gave the
     * opening's longest FX-thread stall at a million tracks, 83-130 ms at 2.5-3.2 s after the start (median 105, three
     * runs of five over 100 ms); growing, 70-100 ms (median 86, one at 100 ms). docs/benchmarks.md, session 21.
     */
    static int columns(int pulse) {
        return Math.max(1, Math.min(COLUMNS, pulse));
    }

    /** The visible rows of the warm-up's {@code pulse}-th table (from 1): 2, 3, ... up to {@link #ROWS}. */
    static int rows(int pulse) {
        return Math.max(2, Math.min(ROWS, pulse + 1));
    }

    /** A table of {@code columns} text columns and one item, {@code rows} rows high. */
    private static TableView<Integer> table(int item, int columns, int rows) {
        TableView<Integer> table = new TableView<>(FXCollections.observableArrayList(item));
        for (int c = 0; c < columns; c++) {
            int column = c;
            TableColumn<Integer, String> col = new TableColumn<>("warm-up " + c);
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue() + "." + column));
            table.getColumns().add(col);
        }
        table.setPrefSize(320, rows * Sections.ROW + 30);
        return table;
    }
}
