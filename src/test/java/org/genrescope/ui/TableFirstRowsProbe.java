package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Not a test: what a table's first rows cost the FX thread, cold and then again. Each round puts a new table of
 * {@code -Dcols} (13) text columns in a tab of a 1440 x 900 window, lets it be styled empty (as the workbench's tables
 * are before data), then gives it {@code -Ditems} (8) items and times, in FX-thread CPU, the CSS and layout that
 * make its rows; it prints how many rows were made (JavaFX fills the whole viewport, empty rows included). With
 * {@code -Dwarm=N}, {@link TableWarmUp}'s table is made N times first, a pulse each, as the workbench does with
 * {@code -Dgenrescope.tableWarmUp=N}.
 * <pre>DISPLAY=:85 java -cp ... [-Dwarm=12] org.genrescope.ui.TableFirstRowsProbe [ROUNDS]</pre>
 */
public final class TableFirstRowsProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TableFirstRowsProbe() { }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int columns = Integer.getInteger("cols", 13);
        int items = Integer.getInteger("items", 8);
        int warm = Integer.getInteger("warm", 0);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        TabPane[] tabs = new TabPane[1];
        javafx.scene.layout.BorderPane[] root = new javafx.scene.layout.BorderPane[1];
        ScreenCapture.onFx(() -> {
            tabs[0] = new TabPane(new Tab("other", new Label("a tab")), new Tab("table"));
            tabs[0].getSelectionModel().select(1); // on screen: laid out at the window's size
            root[0] = new javafx.scene.layout.BorderPane(tabs[0]);
            Stage stage = new Stage();
            stage.setScene(new Scene(root[0], 1440, 900));
            stage.show();
        });
        Thread.sleep(1_000);
        if (warm > 0) {
            long idle = fxCpuNs(tabs[0]);
            Thread.sleep(warm * 50L + 500);
            long idleMs = (fxCpuNs(tabs[0]) - idle) / 1_000_000;
            long before = fxCpuNs(tabs[0]);
            ScreenCapture.onFx(() -> TableWarmUp.start(root[0].getScene(), warm));
            Thread.sleep(warm * 50L + 500);
            System.out.printf(Locale.ROOT, "warm-up of %d pulses: %d ms of FX-thread CPU (%d ms in as long idle)%n",
                    warm, (fxCpuNs(tabs[0]) - before) / 1_000_000, idleMs);
        }
        for (int r = 0; r < rounds; r++) {
            double[] cpuMs = new double[1];
            int[] made = new int[1];
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                TableView<Integer> table = table(columns);
                tabs[0].getTabs().get(1).setContent(table);
                Platform.runLater(() -> Platform.runLater(() -> { // styled empty in between (as the app's tables)
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    List<Integer> rows = new ArrayList<>();
                    for (int i = 0; i < items; i++) {
                        rows.add(i);
                    }
                    table.getItems().setAll(rows);
                    table.applyCss();
                    table.layout();
                    cpuMs[0] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                    made[0] = table.lookupAll(".table-row-cell").size();
                    done.countDown();
                }));
            });
            done.await();
            System.out.printf(Locale.ROOT, "round %d: %d items, %d rows made, %.1f ms of FX-thread CPU%n", r, items,
                    made[0], cpuMs[0]);
            Thread.sleep(300);
        }
        Platform.exit();
    }

    /** The FX thread's CPU time so far, in ns (asked on the FX thread). */
    private static long fxCpuNs(TabPane anyNode) throws Exception {
        long[] ns = new long[1];
        ScreenCapture.onFx(() -> ns[0] = THREADS.getCurrentThreadCpuTime());
        return ns[0];
    }

    private static TableView<Integer> table(int columns) {
        TableView<Integer> table = new TableView<>();
        for (int c = 0; c < columns; c++) {
            int column = c;
            TableColumn<Integer, String> col = new TableColumn<>("column " + c);
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue() * 7 + column + ".123"));
            table.getColumns().add(col);
        }
        return table;
    }
}
