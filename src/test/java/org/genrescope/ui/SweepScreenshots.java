package org.genrescope.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.SweepHeatmap;

/**
 * Opens the real window on a display (run under Xvfb), runs a sweep in its Sweep tab, hovers a cell and captures the
 * window from the X server (not a test; for the README and for looking at the tab):
 * <pre>DISPLAY=:71 java -cp ... org.genrescope.ui.SweepScreenshots FOLDER OUT_PREFIX WIDTHxHEIGHT[,WxH...] LATENTS KS SEEDS [METRIC_KEY]</pre>
 * writes {@code OUT_PREFIX<WIDTHxHEIGHT>.png} for each size: the sweep runs once, at the first size, then the window
 * is resized.
 */
public final class SweepScreenshots {
    private SweepScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        String[] sizes = args[2].split(",");
        String[] size = sizes[0].split("x");
        SettingsStore store = SettingsStore.inMemory();
        store.put(Preferences.LAST_DATA, data);
        ScreenCapture.placeWindow(store, Double.valueOf(size[0]), Double.valueOf(size[1]));
        WorkbenchApp app = ScreenCapture.startWorkbench(store, false);
        WorkbenchViewModel vm = app.viewModel();
        WorkbenchWindow window = app.window();
        SweepViewModel sweep = window.tabs.sweepTab.model;
        ScreenCapture.waitFor(() -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        long start = System.nanoTime();
        WorkbenchScreenshots.onFx(() -> {
            window.tabPane.getSelectionModel().select(window.tabs.sweep);
            sweep.latentsProperty().set(args[3]);
            sweep.ksProperty().set(args[4]);
            sweep.seedsProperty().set(args[5]);
            if (args.length > 6) {
                sweep.metricProperty().set(SweepMetric.byKey(args[6]));
            }
            sweep.run();
        });
        ScreenCapture.waitFor(() -> !sweep.runningProperty().get());
        System.out.printf("sweep: %.1f s; %s%n", (System.nanoTime() - start) / 1e9, sweep.statusProperty().get()
                + " " + sweep.errorProperty().get());
        for (String each : sizes) {
            ScreenCapture.resize(window, each);
            Thread.sleep(2500);
            hover(window);
            Thread.sleep(1500);
            ScreenCapture.capture(window, new File(args[1] + each + ".png"));
        }
        Platform.exit();
        System.exit(0);
    }

    /** Moves the pointer (xdotool) to the middle of the main heatmap's second row, second column, for its tooltip. */
    private static void hover(WorkbenchWindow window) throws Exception {
        double[] p = new double[2];
        WorkbenchScreenshots.onFx(() -> {
            FigureView view = (FigureView) DeferredTabContent.contentOf(window.tabs.sweep).lookup("#sweepHeatmap");
            if (!(view.figureProperty().get() instanceof HeatmapFigure f)) {
                return;
            }
            for (double x = 0; x < view.getWidth(); x += 2) {
                for (double y = 0; y < view.getHeight(); y += 2) {
                    int[] at = SweepHeatmap.cellAt(f, view.getWidth(), view.getHeight(), x, y);
                    if (at != null && at[0] == Math.min(1, f.rows() - 1) && at[1] == Math.min(1, f.columns() - 1)) {
                        javafx.geometry.Point2D s = view.localToScreen(x, y);
                        p[0] = s.getX();
                        p[1] = s.getY();
                    }
                }
            }
        });
        if (p[0] > 0) {
            for (int i = 0; i < 3; i++) {
                new ProcessBuilder("xdotool", "mousemove", String.valueOf((int) p[0] - 20 + 10 * i),
                        String.valueOf((int) p[1] - 15)).inheritIO().start().waitFor();
                Thread.sleep(200);
            }
        }
    }
}
