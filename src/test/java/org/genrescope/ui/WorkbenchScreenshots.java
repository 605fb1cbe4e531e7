package org.genrescope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Opens the real window on a display (run under Xvfb), waits for training and the k sweep, and writes a
 * snapshot of every tab (not a test; for docs and for looking at the window):
 * <pre>DISPLAY=:97 java -cp ... org.genrescope.ui.WorkbenchScreenshots sample|FOLDER OUT_DIR PREFIX</pre>
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
            store.put("lastData", Path.of(data).toAbsolutePath().toString());
        }
        store.put("window.width", "1400");
        store.put("window.height", "880");
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
        long deadline = System.currentTimeMillis() + 900_000;
        while (System.currentTimeMillis() < deadline) {
            boolean[] ready = {false};
            onFx(() -> ready[0] = vm.resultProperty().get() != null && !vm.busyBinding().get()
                    && vm.sweepReadyProperty().get() >= vm.sweepTotalProperty().get());
            if (ready[0]) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(1000);
        WorkbenchWindow window = app.get().window();
        for (Tab tab : window.tabPane.getTabs()) {
            onFx(() -> window.tabPane.getSelectionModel().select(tab));
            Thread.sleep(800);
            String name = tab.getId().replace("Tab", "");
            AtomicReference<WritableImage> shot = new AtomicReference<>();
            onFx(() -> shot.set(window.tabPane.getScene().snapshot(null)));
            File file = out.resolve(prefix + name + ".png").toFile();
            ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", file);
            System.out.println("wrote " + file);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
