package org.genrescope.ui;

import static org.genrescope.ui.ScreenCapture.onFx;

import java.nio.file.Path;

/**
 * Captures the side panel's estimate in the real window (run under Xvfb; not a test): opens {@code FOLDER}, waits for
 * its training and k sweep, captures the last training against its estimate, then sets the epochs and restarts given
 * (without training) and captures the estimate before Train. Paces and settings come in through
 * {@code -Dscreenshots.settings} ({@link ScreenCapture#putExtraSettings}), such as
 * {@code estimate.pace.kmeans=1.2e-8|settings.restarts=10}.
 * <pre>DISPLAY=:93 java -cp ... org.genrescope.ui.EstimateCaptures FOLDER OUT_DIR PREFIX WIDTHxHEIGHT EPOCHS RESTARTS</pre>
 */
public final class EstimateCaptures {
    private EstimateCaptures() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        java.nio.file.Files.createDirectories(out);
        WorkbenchApp app = ScreenCapture.startOn(Path.of(args[0]), args[3]);
        WorkbenchViewModel vm = app.viewModel();
        long start = System.nanoTime();
        ScreenCapture.waitFor(() -> vm.trainedProperty().get() != null && !vm.busyBinding().get()
                && vm.sweep().readyProperty().get() >= vm.sweep().totalProperty().get());
        System.out.printf("trained and swept after %.1f s: %s%n", (System.nanoTime() - start) / 1e9,
                vm.statusProperty().get());
        Thread.sleep(1000);
        WorkbenchWindow window = app.window();
        for (String pace : new String[] {"autoencoder", "kmeans", "pca"}) { // as this window's training measured them
            System.out.printf("pace %s: %s s a unit, %s s a row%n", pace, vm.store().get(Preferences.pace(pace))
                    .orElse(null), vm.store().get(Preferences.paceOfRest(pace)).orElse(null));
        }
        print(window);
        ScreenCapture.capture(window, out.resolve(args[2] + "after.png").toFile());
        onFx(() -> {
            vm.settings().intProperty("autoencoder.epochs").set(Integer.parseInt(args[4]));
            vm.settings().intProperty("restarts").set(Integer.parseInt(args[5]));
        });
        Thread.sleep(1000);
        print(window);
        ScreenCapture.capture(window, out.resolve(args[2] + "before.png").toFile());
        System.exit(0);
    }

    private static void print(WorkbenchWindow window) throws InterruptedException {
        onFx(() -> {
            var scene = window.tabPane.getScene();
            for (String id : new String[] {"#trainEstimate", "#lastTrainingTime"}) {
                javafx.scene.control.Label l = (javafx.scene.control.Label) scene.lookup(id);
                System.out.printf("%s visible=%s %.0fx%.0f: %s%n", id, l.isVisible(), l.getWidth(), l.getHeight(),
                        l.getText());
            }
        });
    }
}
