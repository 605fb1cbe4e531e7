package org.genrescope.ui;

import java.util.function.Consumer;

/** Runs everything on the calling thread, so view models can be tested without a toolkit. */
final class SameThreadRunner implements BackgroundRunner {
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
