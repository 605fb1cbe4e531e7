package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Opens the real window on a display (run under Xvfb), runs Compare over {@code SEEDS} seeds (unless a restored
 * comparison is shown already) and captures the Compare tab at every window size given, printing how wide the metrics
 * table's columns are against the table and whether its horizontal scroll bar shows (not a test; for looking at the
 * tab at 1024 x 700 and 1440 x 900):
 * <pre>DISPLAY=:92 java -cp ... org.genrescope.ui.CompareScreenshots FOLDER OUT_DIR WxH[,WxH...] SEEDS</pre>
 * writes {@code OUT_DIR/compare-<WxH>.png} and {@code OUT_DIR/clusters-<WxH>.png}. Extra settings as in
 * {@link WorkbenchScreenshots}: {@code -Dscreenshots.settings=settings.k=8}.
 */
public final class CompareScreenshots {
    private CompareScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        String[] sizes = args[2].split(",");
        WorkbenchApp app = ScreenCapture.startOn(Path.of(args[0]), sizes[0]);
        WorkbenchViewModel vm = app.viewModel();
        WorkbenchWindow window = app.window();
        ScreenCapture.waitFor(() -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        CompareViewModel cm = window.tabs.comparison;
        Thread.sleep(3000);
        boolean[] shown = {false};
        ScreenCapture.onFx(() -> shown[0] = cm.resultProperty().get() != null);
        if (!shown[0]) {
            ScreenCapture.onFx(() -> {
                cm.seedsProperty().set(Integer.parseInt(args[3]));
                cm.compare();
            });
            ScreenCapture.waitFor(() -> !cm.runningProperty().get());
        }
        System.out.println("compare: " + cm.statusProperty().get());
        for (String each : sizes) {
            ScreenCapture.resize(window, each);
            Thread.sleep(4000);
            ScreenCapture.onFx(() -> window.tabPane.getSelectionModel().select(window.tabs.compare));
            Thread.sleep(4000);
            ScreenCapture.onFx(() -> System.out.println(each + ": " + describe(window)));
            ScreenCapture.capture(window, out.resolve("compare-" + each + ".png").toFile());
            ScreenCapture.onFx(() -> window.tabPane.getSelectionModel().select(window.tabs.clusters));
            Thread.sleep(4000);
            ScreenCapture.capture(window, out.resolve("clusters-" + each + ".png").toFile());
        }
        Platform.exit();
        System.exit(0);
    }

    /** The metrics table's width, its columns' widths and whether it scrolls sideways. */
    @SuppressWarnings("unchecked")
    private static String describe(WorkbenchWindow window) {
        javafx.scene.Parent tab = (javafx.scene.Parent) window.tabs.compare.getContent();
        TableView<CompareTexts.Row> t = (TableView<CompareTexts.Row>) tab.lookup("#compareMetrics");
        StringBuilder s = new StringBuilder(String.format("table %.0f px wide, columns", t.getWidth()));
        double sum = 0;
        for (TableColumn<CompareTexts.Row, ?> c : t.getColumns()) {
            s.append(String.format(" %.0f", c.getWidth()));
            sum += c.getWidth();
        }
        s.append(String.format(" (sum %.0f)", sum));
        for (javafx.scene.Node n : t.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                s.append(", horizontal scroll bar ").append(bar.isVisible() ? "shown" : "hidden");
            }
        }
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) tab.lookup("#comparePage");
        s.append(String.format(", page viewport %.0f x %.0f", page.getViewportBounds().getWidth(),
                page.getViewportBounds().getHeight()));
        return s.toString();
    }
}
