package org.genrescope.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the real window on a display (run under Xvfb), waits for the training, runs the Compare tab with the given
 * number of seeds and captures the screen (not a test; for the README and for looking at the tab):
 * <pre>DISPLAY=:73 java -cp ... org.genrescope.ui.CompareScreenshots sample|FOLDER OUT.png WxH[,WxH...] [SEEDS]</pre>
 * Extra settings as in {@link WorkbenchScreenshots}: {@code -Dscreenshots.settings=settings.k=8}. The comparison
 * that ran is kept in memory only; the window's geometry is set for the capture.
 */
public final class CompareScreenshots {
    private CompareScreenshots() { }

    public static void main(String[] args) throws Exception {
        String data = args[0];
        Path out = Path.of(args[1]);
        String[] size = args[2].split(",")[0].split("x");
        int seeds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        SettingsStore store = SettingsStore.inMemory();
        if (!data.equals("sample")) {
            store.put(Preferences.LAST_DATA, Path.of(data).toAbsolutePath());
        }
        for (String pair : System.getProperty("screenshots.settings", "").split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                store.putText(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        store.put(Preferences.WINDOW_WIDTH, Double.valueOf(size[0]));
        store.put(Preferences.WINDOW_HEIGHT, Double.valueOf(size[1]));
        store.put(Preferences.WINDOW_X, 0.0);
        store.put(Preferences.WINDOW_Y, 0.0);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<WorkbenchApp> app = new AtomicReference<>();
        Platform.startup(() -> {
            WorkbenchApp a = new WorkbenchApp(() -> store, new FxDialogs(), false);
            a.start(new Stage());
            app.set(a);
            started.countDown();
        });
        started.await();
        WorkbenchViewModel vm = app.get().viewModel();
        WorkbenchWindow window = app.get().window();
        CompareViewModel cm = window.tabs.comparison;
        waitFor(() -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        WorkbenchScreenshots.onFx(() -> {
            window.tabPane.getSelectionModel().select(window.tabs.compare);
            cm.seedsProperty().set(seeds);
            cm.compare();
        });
        waitFor(() -> !cm.runningProperty().get());
        Thread.sleep(6000); // the tables and the figure render after the result arrives
        for (String each : args[2].split(",")) {
            String[] wh = each.split("x");
            WorkbenchScreenshots.onFx(() -> {
                window.tabPane.getScene().getWindow().setWidth(Double.parseDouble(wh[0]));
                window.tabPane.getScene().getWindow().setHeight(Double.parseDouble(wh[1]));
            });
            Thread.sleep(4000);
            capture(window, Path.of(out.toString().replace(".png", "-" + each + ".png")));
        }
        System.out.println("status: " + cm.statusProperty().get());
        Platform.exit();
        System.exit(0);
    }

    private static void capture(WorkbenchWindow window, Path out) throws Exception {
        double[] r = new double[4];
        WorkbenchScreenshots.onFx(() -> {
            javafx.scene.Scene scene = window.tabPane.getScene();
            r[0] = scene.getWindow().getX() + scene.getX();
            r[1] = scene.getWindow().getY() + scene.getY();
            r[2] = scene.getWidth();
            r[3] = scene.getHeight();
        });
        String crop = String.format(java.util.Locale.ROOT, "%dx%d+%d+%d", Math.round(r[2]), Math.round(r[3]),
                Math.round(r[0]), Math.round(r[1]));
        new ProcessBuilder("import", "-window", "root", "-crop", crop, "+repage", out.toString()).inheritIO().start()
                .waitFor();
        System.out.println("wrote " + out);
    }

    private static void waitFor(java.util.function.BooleanSupplier ready) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 1_800_000;
        while (System.currentTimeMillis() < deadline) {
            boolean[] ok = {false};
            WorkbenchScreenshots.onFx(() -> ok[0] = ready.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(500);
        }
    }
}
