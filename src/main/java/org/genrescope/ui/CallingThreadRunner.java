package org.genrescope.ui;

import java.util.function.Consumer;

/**
 * Runs work, and what follows it, on the calling thread: for a view model made off the UI thread (a tool, or
 * {@link CsvMappingViewModel#of(java.nio.file.Path)}), and in tests of view models without a toolkit.
 */
final class CallingThreadRunner implements BackgroundRunner {
    @Override
    public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            failed.accept(t);
            return;
        }
        done.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
