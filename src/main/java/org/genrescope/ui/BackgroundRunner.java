package org.genrescope.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work off the FX thread and hands results back on it. View models take it as a parameter, so
 * tests can pass one that runs everything on the calling thread.
 */
public class BackgroundRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "genrescope-worker");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code work} in the background, then {@code done} or {@code failed} on the UI thread. */
    public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        executor.execute(() -> {
            try {
                T result = work.call();
                onUiThread(() -> done.accept(result));
            } catch (Throwable t) {
                onUiThread(() -> failed.accept(t));
            }
        });
    }

    /** Runs on the UI thread (later, when called from elsewhere). */
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Work that may throw checked exceptions. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }
}
