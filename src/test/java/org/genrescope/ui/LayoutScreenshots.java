package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Tab;

/**
 * Opens the real window on a display (run under Xvfb), trains, runs a Stability study over seeds 1..N and Compare
 * over M seeds, then captures the result tabs at every window size given, with the side panel open and folded (as
 * F9 does), from the X server (not a test; for looking at the tabs at small and medium sizes):
 * <pre>DISPLAY=:91 java -cp ... org.genrescope.ui.LayoutScreenshots FOLDER OUT_DIR PREFIX WxH[,WxH...]
 *     STABILITY_SEEDS COMPARE_SEEDS</pre>
 * writes {@code OUT_DIR/PREFIX<tab>-<WxH>-<open|folded>.png}. Extra settings as in {@link WorkbenchScreenshots}:
 * {@code -Dscreenshots.settings=settings.k=16}.
 */
public final class LayoutScreenshots {
    private LayoutScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        String prefix = args[2];
        Files.createDirectories(out);
        String[] sizes = args[3].split(",");
        WorkbenchApp app = ScreenCapture.startOn(Path.of(args[0]), sizes[0]);
        WorkbenchViewModel vm = app.viewModel();
        WorkbenchWindow window = app.window();
        ScreenCapture.waitFor(() -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        int stabilitySeeds = Integer.parseInt(args[4]);
        if (stabilitySeeds > 0) {
            ScreenCapture.onFx(() -> {
                vm.stability().seedsProperty().set(stabilitySeeds);
                vm.stability().run();
            });
            ScreenCapture.waitFor(() -> !vm.stability().runningProperty().get());
            System.out.println("stability: " + vm.stability().statusProperty().get());
        }
        int compareSeeds = Integer.parseInt(args[5]);
        if (compareSeeds > 0) {
            CompareViewModel cm = window.tabs.comparison;
            ScreenCapture.onFx(() -> {
                cm.seedsProperty().set(compareSeeds);
                cm.compare();
            });
            ScreenCapture.waitFor(() -> !cm.runningProperty().get());
            System.out.println("compare: " + cm.statusProperty().get());
        }
        Tab[] tabs = {window.tabs.clusters, window.tabs.genres, window.tabs.profiles, window.tabs.stability,
                window.tabs.compare};
        String[] names = {"clusters", "genres", "profiles", "stability", "compare"};
        for (boolean folded : new boolean[] {false, true}) {
            ScreenCapture.onFx(() -> window.side.shownProperty().set(!folded));
            for (String each : sizes) {
                ScreenCapture.resize(window, each);
                Thread.sleep(3000); // the X server and a loaded machine take a while to resize and repaint
                for (int t = 0; t < tabs.length; t++) {
                    Tab tab = tabs[t];
                    ScreenCapture.onFx(() -> window.tabPane.getSelectionModel().select(tab));
                    Thread.sleep(2500);
                    ScreenCapture.capture(window, out.resolve(prefix + names[t] + "-" + each + "-"
                            + (folded ? "folded" : "open") + ".png").toFile());
                }
            }
        }
        Platform.exit();
        System.exit(0);
    }
}
