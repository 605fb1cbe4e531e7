package org.genrescope.ui;

import java.nio.file.Path;

/**
 * Not a test: how long after a move of the k slider the new result, its figure and its frame on screen come, at a
 * million tracks (session 15's new user saw the plot 2-4 s behind the metrics). Opens FOLDER with 10 epochs and 10
 * restarts at k = 9 in a 1024 x 700 window, waits for the result, then moves k between 10 and 9 six times and prints,
 * in ms after each move, when the result had the new k, when the scatter's figure did, and when its frame was handed
 * to the screen ({@link ScatterFrames#shownAt}).
 * <pre>DISPLAY=:87 java -Xmx4g [-XX:TieredStopAtLevel=1] -cp ... org.genrescope.ui.KMoveFrameProbe FOLDER</pre>
 */
public final class KMoveFrameProbe {
    private KMoveFrameProbe() { }

    public static void main(String[] args) throws Exception {
        SettingsStore store = SettingsStore.inMemory();
        store.put(Preferences.LAST_DATA, Path.of(args[0]).toAbsolutePath());
        store.putText("settings.autoencoder.epochs", "10");
        store.putText("settings.restarts", "10");
        store.putText("settings.k", "9");
        ScreenCapture.placeWindow(store, 1024, 700);
        WorkbenchApp app = ScreenCapture.startWorkbench(store, true);
        WorkbenchViewModel vm = app.viewModel();
        for (int i = 0; i < 3000; i++) {
            boolean[] ready = {false};
            ScreenCapture.onFx(() -> ready[0] = vm.resultProperty().get() != null && !vm.busyBinding().get());
            if (ready[0]) break;
            Thread.sleep(200);
        }
        Thread.sleep(3000);
        for (int step = 0; step < 6; step++) {
            int k = step % 2 == 0 ? 10 : 9;
            long t0 = System.nanoTime();
            ScreenCapture.onFx(() -> vm.settings().kProperty().set(k));
            double metricsAt = -1, plotAt = -1, frameAt = -1;
            long[] figureNanos = {0};
            while ((metricsAt < 0 || frameAt < 0) && System.nanoTime() - t0 < 60_000_000_000L) {
                boolean[] m = {false}, p = {false};
                ScreenCapture.onFx(() -> {
                    m[0] = vm.resultProperty().get() != null && vm.resultProperty().get().config().k() == k;
                    var f = app.window().tabs.scatter.figure();
                    p[0] = f != null && f.title().contains("k = " + k) && f.categoryNames().size() >= k - 1;
                });
                double t = (System.nanoTime() - t0) / 1e6;
                if (m[0] && metricsAt < 0) metricsAt = t;
                if (p[0] && plotAt < 0) { plotAt = t; figureNanos[0] = System.nanoTime(); }
                long[] shown = {0};
                ScreenCapture.onFx(() -> shown[0] = app.window().tabs.scatter.frames.shownAt());
                if (plotAt >= 0 && frameAt < 0 && shown[0] >= figureNanos[0] - 20_000_000L) frameAt = (shown[0] - t0) / 1e6;
                Thread.sleep(20);
            }
            System.out.printf("k=%d: result at %.0f ms, plot figure at %.0f ms, its frame at %.0f ms%n", k, metricsAt, plotAt, frameAt);
            Thread.sleep(2000);
        }
        System.exit(0);
    }
}
