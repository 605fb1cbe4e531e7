package org.genrescope.ui;

import java.io.File;
import java.nio.file.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * What the screenshot mains (WorkbenchScreenshots, SweepScreenshots, AnalysisTabsScreenshots, MillionPlotRun, and
 * FxStallBenchmark) share: placing and starting the workbench's window, running an action on the FX thread and
 * waiting for it, and grabbing the window's area of the X screen (run under Xvfb) with ImageMagick's
 * {@code import -window root}, so popups and tooltips show as on screen.
 */
final class ScreenCapture {
    private ScreenCapture() { }

    /**
     * Writes the window's area of the X screen to {@code file} (PNG, the scene's size in screen pixels), creating
     * its folder; false when ImageMagick is missing or wrote nothing.
     */
    static boolean grab(WorkbenchWindow window, File file) throws InterruptedException {
        double[] r = new double[4];
        onFx(() -> {
            Scene scene = window.tabPane.getScene();
            r[0] = scene.getWindow().getX() + scene.getX();
            r[1] = scene.getWindow().getY() + scene.getY();
            r[2] = scene.getWidth();
            r[3] = scene.getHeight();
        });
        String crop = String.format(Locale.ROOT, "%dx%d+%d+%d", Math.round(r[2]), Math.round(r[3]),
                Math.round(r[0]), Math.round(r[1]));
        try {
            File parent = file.getAbsoluteFile().getParentFile();
            if (parent != null) {
                Files.createDirectories(parent.toPath());
            }
            Process p = new ProcessBuilder("import", "-window", "root", "-crop", crop, "+repage", file.getPath())
                    .inheritIO().start();
            return p.waitFor() == 0 && file.length() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@link #grab}, then says so on standard output: the mains' usual capture. */
    static void capture(WorkbenchWindow window, File file) throws InterruptedException {
        grab(window, file);
        System.out.println("wrote " + file);
    }

    /** Has the window open at the screen's top left, {@code width} x {@code height} pixels, when it reads the store. */
    static void placeWindow(SettingsStore store, double width, double height) {
        store.put(Preferences.WINDOW_WIDTH, width);
        store.put(Preferences.WINDOW_HEIGHT, height);
        store.put(Preferences.WINDOW_X, 0.0);
        store.put(Preferences.WINDOW_Y, 0.0);
    }

    /**
     * Puts the extra remembered settings of {@code -Dscreenshots.settings=key=value|key=value} (for a particular look,
     * such as {@code settings.seed=7|settings.k=5}; "\\n" in a value is a line break) into {@code store}.
     */
    static void putExtraSettings(SettingsStore store) {
        for (String pair : System.getProperty("screenshots.settings", "").split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                store.putText(pair.substring(0, eq), pair.substring(eq + 1).replace("\\n", "\n"));
            }
        }
    }

    /**
     * The workbench opening {@code folder} in a window of {@code size} ("WxH"), with the extra settings of
     * {@link #putExtraSettings}, and no notifications.
     */
    static WorkbenchApp startOn(Path folder, String size) throws InterruptedException {
        SettingsStore store = SettingsStore.inMemory();
        store.put(Preferences.LAST_DATA, folder.toAbsolutePath());
        putExtraSettings(store);
        String[] wh = size.split("x");
        placeWindow(store, Double.parseDouble(wh[0]), Double.parseDouble(wh[1]));
        return startWorkbench(store, false);
    }

    /** Waits, up to 30 minutes (a training on a loaded machine), until {@code ready} holds on the FX thread. */
    static void waitFor(java.util.function.BooleanSupplier ready) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 1_800_000;
        while (System.currentTimeMillis() < deadline) {
            boolean[] ok = {false};
            onFx(() -> ok[0] = ready.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /** Resizes {@code window} to {@code size} ("WxH"). */
    static void resize(WorkbenchWindow window, String size) throws InterruptedException {
        String[] wh = size.split("x");
        onFx(() -> {
            javafx.stage.Window w = window.tabPane.getScene().getWindow();
            w.setWidth(Double.parseDouble(wh[0]));
            w.setHeight(Double.parseDouble(wh[1]));
        });
    }

    /** Starts JavaFX and the workbench's window on {@code store}, and returns the app once its window is shown. */
    static WorkbenchApp startWorkbench(SettingsStore store, boolean notifications) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<WorkbenchApp> app = new AtomicReference<>();
        Platform.startup(() -> {
            WorkbenchApp a = new WorkbenchApp(() -> store, new FxDialogs(), notifications);
            a.start(new Stage());
            app.set(a);
            started.countDown();
        });
        started.await();
        return app.get();
    }

    /** The FX thread itself (for sampling its stack). */
    static Thread fxThread() throws InterruptedException {
        AtomicReference<Thread> thread = new AtomicReference<>();
        onFx(() -> thread.set(Thread.currentThread()));
        return thread.get();
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    static void onFx(Runnable action) throws InterruptedException {
        onFx(action, Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    }

    /** Runs {@code action} on the FX thread and waits for it at most {@code timeout}; false when it had not ended. */
    static boolean onFx(Runnable action, long timeout, TimeUnit unit) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        return done.await(timeout, unit);
    }
}
