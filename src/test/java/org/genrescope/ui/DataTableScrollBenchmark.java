package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Not a test: the FX thread's CPU time of the first show (CSS and layout), of the rows replaced whole as a sort's
 * result is ({@link RowList#replace}), and of a scroll to a far row (scrollTo, CSS, layout) in a table of 1,000,000 rows
 * and 13 columns, as the Data tab's, with rows of one fixed height ({@code fixed}, as the Data tab has them) or
 * measured ({@code variable}, JavaFX's default). One mode per JVM (a second table in the same JVM was far slower).
 * Usage, headless: {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw ...
 * DataTableScrollBenchmark fixed|variable} (docs/benchmarks.md, "Loading and the Data tab without stalls").
 */
public final class DataTableScrollBenchmark {
    /** The rows in the table ({@code -Drows}, 1,000,000 by default: the Data tab at a million before its pages). */
    private static final int ROWS = Integer.getInteger("rows", 1_000_000);
    private static final int SCROLLS = 40;
    private static final int REPLACEMENTS = 9;

    private DataTableScrollBenchmark() { }

    public static void main(String[] args) throws Exception {
        boolean fixed = !(args.length > 0 && args[0].equals("variable"));
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        int[] rows = new int[ROWS];
        Arrays.setAll(rows, i -> i);
        long[] nanos = new long[SCROLLS];
        long[] firstShow = new long[1];
        long[] replaced = new long[REPLACEMENTS];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            TableView<Integer> table = new TableView<>();
            for (int c = 0; c < 13; c++) {
                int column = c;
                TableColumn<Integer, String> col = new TableColumn<>("c" + c);
                col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(Integer.toString(x.getValue() * 31 + column)));
                col.setPrefWidth(90);
                table.getColumns().add(col);
            }
            if (fixed) {
                table.setFixedCellSize(Sections.ROW);
            }
            RowList list = new RowList();
            list.replace(RowList.of(rows));
            table.setItems(list);
            var cpu = ManagementFactory.getThreadMXBean();
            long shown = cpu.getCurrentThreadCpuTime();
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 1400, 800));
            stage.show();
            table.applyCss();
            table.layout();
            firstShow[0] = cpu.getCurrentThreadCpuTime() - shown;
            for (int k = 0; k < REPLACEMENTS; k++) { // a sort's or a search's result: every row replaced
                long from = cpu.getCurrentThreadCpuTime();
                int[] next = rows.clone();
                if (k % 2 == 0) {
                    for (int i = 0; i < next.length; i++) {
                        next[i] = next.length - 1 - i;
                    }
                }
                long built = cpu.getCurrentThreadCpuTime();
                list.replace(RowList.of(next));
                table.applyCss();
                table.layout();
                replaced[k] = cpu.getCurrentThreadCpuTime() - built;
            }
            Random random = new Random(1);
            for (int k = 0; k < SCROLLS; k++) {
                long from = cpu.getCurrentThreadCpuTime();
                // a random row, the last, a random row, the first, ...
                table.scrollTo(k % 2 == 0 ? random.nextInt(ROWS) : (k % 4 == 1 ? ROWS - 1 : 0));
                table.applyCss();
                table.layout();
                nanos[k] = cpu.getCurrentThreadCpuTime() - from;
            }
            stage.close();
            done.countDown();
        });
        done.await();
        long[] later = Arrays.copyOfRange(nanos, SCROLLS / 2, SCROLLS);
        Arrays.sort(later);
        System.out.printf(Locale.ROOT, "%s rows: first scroll %.1f ms of FX-thread CPU; scrolls %d-%d median %.1f, max "
                        + "%.1f ms%n", fixed ? "fixed" : "variable", nanos[0] / 1e6, SCROLLS / 2 + 1, SCROLLS,
                later[later.length / 2] / 1e6, later[later.length - 1] / 1e6);
        long[] sortedReplaced = replaced.clone();
        Arrays.sort(sortedReplaced);
        System.out.printf(Locale.ROOT, "the table shown (CSS and layout of 1,000,000 rows) %.1f ms of FX-thread CPU; the "
                + "rows replaced (as by a sort), first %.1f ms, median of %d %.1f ms%n", firstShow[0] / 1e6,
                replaced[0] / 1e6, REPLACEMENTS, sortedReplaced[REPLACEMENTS / 2] / 1e6);
        Platform.exit();
    }
}
