package org.genrescope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Not a test: the FX thread's CPU per user action in the real window at a million tracks (issue 13, target 1), for the
 * Clusters tab's selections and the Data tab, run by hand under Xvfb; figures go to docs/benchmarks.md ("Selecting
 * and the Data tab without FX stalls"). Opens FOLDER as {@link MillionPlotRun} does (its {@code -Dmillion.settings}),
 * waits for the plot, then does each action on the FX thread as a user's events would arrive and, over the two
 * seconds after it, reports the FX thread's CPU in all and its longest burst: a probe thread posts an empty action to
 * the FX thread every 2 ms and reads the FX thread's CPU clock in it, so a burst is the FX thread's CPU between two
 * consecutive probes (the longest event, with whatever ran beside it in the queue). CPU, not wall time: on a shared
 * machine the wall time is mostly the queue for a core.
 * <pre>DISPLAY=:95 java -Xmx4g -cp ... org.genrescope.ui.SelectionStallProbe FOLDER [WIDTHxHEIGHT]</pre>
 */
public final class SelectionStallProbe {
    private static MillionWindow.CpuBursts bursts;

    private SelectionStallProbe() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]).toAbsolutePath();
        SettingsStore store = MillionWindow.store(input, args.length > 1 ? args[1] : "1440x900");
        WorkbenchApp app = ScreenCapture.startWorkbench(store, true);
        WorkbenchViewModel vm = app.viewModel();
        WorkbenchWindow window = app.window();
        ScatterCanvas canvas = window.tabs.scatter;
        MillionWindow.awaitPlot(app);
        bursts = new MillionWindow.CpuBursts();
        Thread.sleep(4000); // the first frames, the warm-up
        System.out.printf(Locale.ROOT, "%,d tracks plotted; load %s%n", vm.resultProperty().get().rows(), load());
        System.out.printf(Locale.ROOT, "%-52s %12s %14s %8s%n", "action", "FX CPU, ms", "longest burst", "load");

        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        double r = Math.min(canvas.getWidth(), canvas.getHeight()) / 7;
        double[][] lasso = new double[2][60];
        for (int k = 0; k < 60; k++) {
            double a = 2 * Math.PI * k / 60;
            lasso[0][k] = cx + r * (1 + 0.2 * Math.sin(3 * a)) * Math.cos(a);
            lasso[1][k] = cy + r * (1 + 0.2 * Math.sin(3 * a)) * Math.sin(a);
        }
        onFx(() -> ((RadioButton) window.tabPane.getScene().lookup("#selectLasso")).setSelected(true));
        for (int round = 1; round <= 2; round++) {
            String n = " (" + round + ")";
            onFx(() -> {
                fire(canvas, MouseEvent.MOUSE_PRESSED, lasso[0][0], lasso[1][0], true);
                for (int k = 1; k < 60; k++) {
                    fire(canvas, MouseEvent.MOUSE_DRAGGED, lasso[0][k], lasso[1][k], true);
                }
            });
            Thread.sleep(1000); // a user's drag: the grey base is built meanwhile
            measure("lasso released (Shift+drag)" + n, () -> fire(canvas, MouseEvent.MOUSE_RELEASED, lasso[0][59],
                    lasso[1][59], true));
            int[][] ids = {null};
            onFx(() -> ids[0] = vm.selectionProperty().get());
            measure("selection cleared" + n, () -> vm.select(new int[0]));
            measure("the same tracks selected by the view model" + n, () -> vm.select(ids[0]));
            measure("selection cleared" + n, () -> vm.select(new int[0]));
            onFx(() -> {
                fire(canvas, MouseEvent.MOUSE_PRESSED, cx, cy, false);
                fire(canvas, MouseEvent.MOUSE_DRAGGED, cx + 20, cy + 10, false);
            });
            measure("pan released (every point drawn)" + n, () -> fire(canvas, MouseEvent.MOUSE_RELEASED, cx + 20,
                    cy + 10, false));
            measure("view reset" + n, canvas::resetView);
            measure("density shading" + n, () -> ((RadioButton) window.tabPane.getScene().lookup("#shadeDensity"))
                    .setSelected(true));
            measure("point shading" + n, () -> ((RadioButton) window.tabPane.getScene().lookup("#shadePoints"))
                    .setSelected(true));
        }
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) DeferredTabContent.contentOf(window.tabs.data).lookup("#dataTable");
        measure("Data tab shown", () -> window.tabPane.getSelectionModel().select(window.tabs.data));
        for (int round = 1; round <= 2; round++) {
            String n = " (" + round + ")";
            for (double at : new double[] {0.5, 1.0, 0.0}) {
                measure("Data tab scrolled to " + (int) (at * 100) + "%" + n,
                        () -> table.scrollTo((int) (at * Math.max(0, table.getItems().size() - 1))));
            }
            measure("Data tab sorted by its second column" + n, () -> table.getSortOrder().setAll(
                    List.of(table.getColumns().get(1))), 4000);
            measure("Data tab sort cleared" + n, () -> table.getSortOrder().clear(), 4000);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void measure(String action, Runnable run) throws InterruptedException {
        measure(action, run, 2000);
    }

    /** Runs {@code run} on the FX thread and reports the FX thread's CPU over {@code settleMs} from its start. */
    private static void measure(String action, Runnable run, long settleMs) throws InterruptedException {
        MillionWindow.Measured m = bursts.measure(run, settleMs);
        System.out.printf(Locale.ROOT, "%-52s %12.1f %14.1f %8s%n", action, m.cpuNanos() / 1e6, m.longestNanos() / 1e6,
                load());
    }

    private static void fire(ScatterCanvas canvas, javafx.event.EventType<MouseEvent> type, double x, double y,
                             boolean shift) {
        Event.fireEvent(canvas, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, shift, false, false, false,
                type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
    }

    private static void onFx(Runnable action) throws InterruptedException {
        ScreenCapture.onFx(action);
    }

    private static String load() {
        return MillionWindow.load();
    }
}
