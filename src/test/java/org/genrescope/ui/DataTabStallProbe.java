package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.TableView;

/**
 * Not a test: the FX thread's CPU per Data-tab action in the real window at a million tracks (issue 13, target 1),
 * run by hand under Xvfb; figures go to docs/benchmarks.md ("The Data tab's cells (session 11)"). Opens FOLDER as
 * {@link MillionPlotRun} does (its {@code -Dmillion.settings}), waits for the plot and 4 s more, shows the Genres tab
 * (as MillionPlotRun does before), then does what MillionPlotRun's Data-tab phase does, each on the FX thread as a
 * user's event would arrive: the tab shown, its table scrolled to 50 %, 100 % and 0 % of its rows, sorted by its second
 * column, the sort cleared. For each it reports the FX thread's CPU over the settling time after it, and its
 * <b>longest burst</b>: a probe thread posts an empty action to the FX thread every 2 ms and reads the FX thread's CPU
 * clock in it, so a burst is the FX thread's CPU between two consecutive probes (the longest event, with whatever ran
 * beside it in the queue): the FX thread's own part of the longest stall, which depends less on the machine's load
 * than the stall's wall time (though at a high load the JIT compiles later, and more code runs interpreted). It also
 * prints the table's rows and cells before and after the show, and the FX thread's CPU in each pulse's CSS and layout
 * during the show. Each action's wall-clock start and end (epoch ms) are printed, to cut a JFR recording
 * ({@code -XX:StartFlightRecording=...}) into actions with {@link JfrThreadSamples}. {@code -Ddatatab.rounds=N}
 * repeats the scrolls and sorts (default 1: the first, cold, is what a user meets).
 * <pre>DISPLAY=:93 java -Xmx4g \
 *   -Dmillion.settings='settings.representation=features|settings.restarts=1|settings.k_range=8..8' \
 *   -cp ... org.genrescope.ui.DataTabStallProbe FOLDER [WIDTHxHEIGHT]</pre>
 */
public final class DataTabStallProbe {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static MillionWindow.CpuBursts bursts;

    private DataTabStallProbe() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]).toAbsolutePath();
        SettingsStore store = MillionWindow.store(input, args.length > 1 ? args[1] : "1440x900");
        long t0 = System.nanoTime();
        WorkbenchApp app = ScreenCapture.startWorkbench(store, true);
        WorkbenchViewModel vm = app.viewModel();
        WorkbenchWindow window = app.window();
        MillionWindow.awaitPlot(app);
        bursts = new MillionWindow.CpuBursts();
        Thread.sleep(4000); // the first frames, the warm-up
        System.out.printf(Locale.ROOT, "%,d tracks plotted %.1f s after the start; load %s%n",
                vm.resultProperty().get().rows(), (System.nanoTime() - t0) / 1e9, load());
        System.out.printf(Locale.ROOT, "%-44s %12s %14s %8s  %s%n", "action", "FX CPU, ms", "longest burst", "load",
                "wall, epoch ms");
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) DeferredTabContent.contentOf(window.tabs.data).lookup("#dataTable");
        // as in MillionPlotRun, the Genres tab (a table of its own) comes first
        measure("Genres tab shown", () -> window.tabPane.getSelectionModel().select(window.tabs.genres), 3000);
        onFx(() -> System.out.println("before the tab is shown: " + cellsOf(table)));
        long[] pulseFrom = new long[1];
        List<Double> pulses = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable pre = () -> pulseFrom[0] = CPU.getCurrentThreadCpuTime();
        Runnable post = () -> pulses.add((CPU.getCurrentThreadCpuTime() - pulseFrom[0]) / 1e6);
        onFx(() -> {
            table.getScene().addPreLayoutPulseListener(pre);
            table.getScene().addPostLayoutPulseListener(post);
        });
        measure("Data tab shown", () -> window.tabPane.getSelectionModel().select(window.tabs.data), 3000);
        onFx(() -> {
            table.getScene().removePreLayoutPulseListener(pre);
            table.getScene().removePostLayoutPulseListener(post);
        });
        System.out.println("after: " + cellsOf0(table) + "; the FX thread's CPU in each pulse's CSS and layout, ms: "
                + pulses.stream().filter(p -> p >= 1).map(p -> String.format(Locale.ROOT, "%.1f", p)).toList()
                + " (" + pulses.size() + " pulses)");
        int rounds = Integer.getInteger("datatab.rounds", 1);
        for (int round = 1; round <= rounds; round++) {
            String n = " (" + round + ")";
            for (double at : new double[] {0.5, 1.0, 0.0}) {
                measure("scrolled to " + (int) (at * 100) + "%" + n,
                        () -> table.scrollTo((int) (at * Math.max(0, table.getItems().size() - 1))), 700);
            }
            measure("sorted by its second column" + n, () -> table.getSortOrder().setAll(
                    List.of(table.getColumns().get(1))), 3000);
            measure("sort cleared" + n, () -> table.getSortOrder().clear(), 3000);
        }
        Platform.exit();
        System.exit(0);
    }

    /** Runs {@code run} on the FX thread and reports the FX thread's CPU over {@code settleMs} from its start. */
    private static void measure(String action, Runnable run, long settleMs) throws InterruptedException {
        MillionWindow.Measured m = bursts.measure(run, settleMs);
        System.out.printf(Locale.ROOT, "%-44s %12.1f %14.1f %8s  %d-%d%n", action, m.cpuNanos() / 1e6,
                m.longestNanos() / 1e6, load(), m.wallFrom(), m.wallTo());
    }

    /** "22 rows, 286 cells, table 1,400 x 560": the rows and cells the table has made, and its size. */
    private static String cellsOf(TableView<Object> table) {
        return String.format(Locale.ROOT, "%d rows, %d cells, table %.0f x %.0f", table.lookupAll(".table-row-cell")
                .size(), table.lookupAll(".table-cell").size(), table.getWidth(), table.getHeight());
    }

    private static String cellsOf0(TableView<Object> table) throws InterruptedException {
        String[] out = new String[1];
        onFx(() -> out[0] = cellsOf(table));
        return out[0];
    }

    private static void onFx(Runnable action) throws InterruptedException {
        ScreenCapture.onFx(action);
    }

    private static String load() {
        return MillionWindow.load();
    }
}
