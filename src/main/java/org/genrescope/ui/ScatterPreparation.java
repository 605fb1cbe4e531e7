package org.genrescope.ui;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.genrescope.plot.ScatterData;

/**
 * Builds a scatter's index and drag sample ({@link ScatterData#prepare()}) before its first frame: on a worker
 * thread past {@link #OFF_THREAD} points (a quarter of a second at a million, which the FX thread must not
 * spend), a label on the canvas saying so meanwhile; on the calling thread below, where it takes milliseconds and
 * the first frame can follow at once.
 */
final class ScatterPreparation {
    static final int OFF_THREAD = 100_000;

    private ScatterPreparation() { }

    /** Prepares {@code data}, then runs {@code ready} on the FX thread (at once when it was done here). */
    static void start(ScatterData data, Label preparing, Runnable ready) {
        if (data.prepared()) {
            return;
        }
        if (data.size() <= OFF_THREAD) {
            data.prepare();
            return;
        }
        preparing.setText(String.format(Locale.ROOT, "Preparing %,d points for drawing...", data.size()));
        Thread worker = new Thread(() -> {
            data.prepare();
            Platform.runLater(ready);
        }, "scatter-prepare");
        worker.setDaemon(true);
        worker.start();
    }
}
