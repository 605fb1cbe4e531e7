package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Tab;

/**
 * Opens the real window on a display (run under Xvfb), runs the three analysis tabs once (Stability over seeds
 * 1..N, a small Sweep, Compare over M seeds) and captures each of them at every window size given, from the X server
 * (not a test; for the README and for looking at the tabs at 1024 x 700 and 1440 x 900):
 * <pre>DISPLAY=:41 java -cp ... org.genrescope.ui.AnalysisTabsScreenshots FOLDER OUT_DIR WxH[,WxH...] STABILITY_SEEDS
 *     LATENTS KS SWEEP_SEEDS COMPARE_SEEDS</pre>
 * writes {@code OUT_DIR/<tab>-<WxH>.png} (tab: stability, sweep, compare). Extra settings as in
 * {@link WorkbenchScreenshots}: {@code -Dscreenshots.settings=settings.k=8}.
 */
public final class AnalysisTabsScreenshots {
    private AnalysisTabsScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        String[] sizes = args[2].split(",");
        WorkbenchApp app = ScreenCapture.startOn(Path.of(args[0]), sizes[0]);
        WorkbenchViewModel vm = app.viewModel();
        WorkbenchWindow window = app.window();
        ScreenCapture.waitFor(() -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        WorkbenchScreenshots.onFx(() -> {
            vm.stability().seedsProperty().set(Integer.parseInt(args[3]));
            vm.stability().run();
        });
        ScreenCapture.waitFor(() -> !vm.stability().runningProperty().get());
        System.out.println("stability: " + vm.stability().statusProperty().get());
        SweepViewModel sweep = window.tabs.sweepTab.model;
        WorkbenchScreenshots.onFx(() -> {
            sweep.latentsProperty().set(args[4]);
            sweep.ksProperty().set(args[5]);
            sweep.seedsProperty().set(args[6]);
            sweep.run();
        });
        ScreenCapture.waitFor(() -> !sweep.runningProperty().get());
        System.out.println("sweep: " + sweep.statusProperty().get() + " " + sweep.errorProperty().get());
        CompareViewModel cm = window.tabs.comparison;
        WorkbenchScreenshots.onFx(() -> {
            cm.seedsProperty().set(Integer.parseInt(args[7]));
            cm.compare();
        });
        ScreenCapture.waitFor(() -> !cm.runningProperty().get());
        System.out.println("compare: " + cm.statusProperty().get());
        Tab[] tabs = {window.tabs.stability, window.tabs.sweep, window.tabs.compare};
        String[] names = {"stability", "sweep", "compare"};
        for (String each : sizes) {
            ScreenCapture.resize(window, each);
            Thread.sleep(5000); // the X server and a loaded machine take a while to resize and repaint
            for (int t = 0; t < tabs.length; t++) {
                Tab tab = tabs[t];
                WorkbenchScreenshots.onFx(() -> window.tabPane.getSelectionModel().select(tab));
                Thread.sleep(4000);
                ScreenCapture.capture(window, out.resolve(names[t] + "-" + each + ".png").toFile());
            }
        }
        Platform.exit();
        System.exit(0);
    }
}
