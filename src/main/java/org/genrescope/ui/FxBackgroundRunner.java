package org.genrescope.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The real runner: daemon worker threads (loading, training, the k sweep and previews may overlap; the
 * pipeline itself runs one analysis at a time) at a lower CPU priority than the window's threads
 * ({@link BackgroundPriority}), and {@link Platform#runLater} back to the FX thread.
 */
public final class FxBackgroundRunner implements BackgroundRunner {
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final UserActivity activity = new UserActivity();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        // below the FX and render threads, and so is every thread and process the work starts (BackgroundPriority)
        Thread t = new Thread(() -> {
            BackgroundPriority.lowerThisThread();
            r.run();
        }, "genrescope-worker-" + threadNumber.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                onUiThread(() -> failed.accept(t));
                return;
            }
            onUiThread(() -> done.accept(result));
        });
    }

    @Override
    public UserActivity activity() {
        return activity;
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
