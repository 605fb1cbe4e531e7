package org.genrescope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Opens the real window on a display (run under Xvfb), waits for training and the k sweep, and writes a
 * capture of every tab (not a test; for docs and for looking at the window):
 * <pre>DISPLAY=:98 java -cp ... org.genrescope.ui.WorkbenchScreenshots sample|FOLDER OUT_DIR PREFIX [WIDTHxHEIGHT]</pre>
 * Each tab is captured from the X server ({@code import -window root}, cropped to the window), so popups such as
 * notifications show as on screen; without ImageMagick it falls back to a snapshot of the scene. With
 * {@code -Dscreenshots.stabilitySeeds=N} the Stability tab runs its study over seeds 1..N before the captures; with
 * {@code -Dscreenshots.showAllNotes=true} the notes banner is unfolded (its Show all) for them.
 */
public final class WorkbenchScreenshots {
    private WorkbenchScreenshots() { }

    public static void main(String[] args) throws Exception {
        String data = args[0];
        Path out = Path.of(args[1]);
        String prefix = args.length > 2 ? args[2] : "";
        Files.createDirectories(out);
        SettingsStore store = SettingsStore.inMemory();
        if (!data.equals("sample")) {
            store.put(Preferences.LAST_DATA, Path.of(data).toAbsolutePath());
        }
        ScreenCapture.putExtraSettings(store);
        String[] size = (args.length > 3 ? args[3] : "1400x880").split("x");
        ScreenCapture.placeWindow(store, Double.valueOf(size[0]), Double.valueOf(size[1]));
        WorkbenchApp app = ScreenCapture.startWorkbench(store, true);
        WorkbenchViewModel vm = app.viewModel();
        long deadline = System.currentTimeMillis() + 1000 * Long.getLong("screenshots.waitSeconds", 900); // for training
        while (System.currentTimeMillis() < deadline) {
            boolean[] ready = {false};
            onFx(() -> ready[0] = vm.resultProperty().get() != null && !vm.busyBinding().get()
                    && vm.sweep().readyProperty().get() >= vm.sweep().totalProperty().get());
            if (ready[0]) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(1000);
        WorkbenchWindow window = app.window();
        if (Boolean.getBoolean("screenshots.foldSettings")) { // the settings panel folded away, as F9 does
            onFx(() -> window.side.shownProperty().set(false));
            Thread.sleep(500);
        }
        if (Boolean.getBoolean("screenshots.showAllNotes")) {
            onFx(() -> vm.notes().expandedProperty().set(true));
            Thread.sleep(500);
        }
        int stabilitySeeds = Integer.getInteger("screenshots.stabilitySeeds", 0); // the Stability tab's study first
        if (stabilitySeeds > 0) {
            onFx(() -> {
                vm.stability().seedsProperty().set(stabilitySeeds);
                vm.stability().run();
            });
            boolean[] running = {true};
            while (running[0] && System.currentTimeMillis() < deadline + 1_800_000) {
                Thread.sleep(1000);
                onFx(() -> running[0] = vm.stability().runningProperty().get());
            }
            System.out.println("stability: " + vm.stability().statusProperty().get());
        }
        for (Tab tab : window.tabPane.getTabs()) {
            onFx(() -> window.tabPane.getSelectionModel().select(tab));
            Thread.sleep(800);
            String name = tab.getId().replace("Tab", "");
            File file = out.resolve(prefix + name + ".png").toFile();
            if (!ScreenCapture.grab(window, file)) {
                AtomicReference<WritableImage> shot = new AtomicReference<>();
                onFx(() -> shot.set(window.tabPane.getScene().snapshot(null)));
                ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", file);
            }
            System.out.println("wrote " + file);
        }
        Platform.exit();
        System.exit(0);
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    static void onFx(Runnable action) throws InterruptedException {
        ScreenCapture.onFx(action);
    }
}
