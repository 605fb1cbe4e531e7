package org.genrescope.ui;

import java.util.function.Consumer;

/**
 * Work for a view that only its newest request may show: each {@link #run} goes to a {@link BackgroundRunner} (off
 * the UI thread with the real one), and its result reaches {@code done} on the UI thread only if no later run or
 * {@link #drop()} came meanwhile. For what a million rows make slow on the FX thread: the Data tab's search and
 * sort, the Distributions tab's summaries (docs/benchmarks.md, "FX-thread stalls at a million").
 * Not thread-safe: call it on the UI thread.
 */
final class LatestWork {
    private final BackgroundRunner runner;
    private long requested;

    LatestWork(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** Runs {@code work} in the background; {@code done} or {@code failed} with its outcome if still the newest. */
    <T> void run(BackgroundRunner.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        long mine = ++requested;
        runner.run(work, result -> {
            if (mine == requested) {
                done.accept(result);
            }
        }, failure -> {
            if (mine == requested) {
                failed.accept(failure);
            }
        });
    }

    /** Forgets every run still under way: none of them will show. */
    void drop() {
        requested++;
    }
}
