package org.genrescope.ui;

import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands results back on it. View models take one as a parameter, so tests
 * can pass one that runs everything on the calling thread (like JabRef's TaskExecutor and its
 * CurrentThreadTaskExecutor); view models never call {@code Platform} themselves.
 */
public interface BackgroundRunner {
    /** Runs {@code work} in the background, then {@code done} or {@code failed} on the UI thread. */
    <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code action} on the UI thread (later, when called from elsewhere). */
    void onUiThread(Runnable action);

    /**
     * The window's moments of interaction, which this runner's background work nobody waits for steps aside for;
     * {@link UserActivity#NONE} (never busy) unless the runner runs work on threads of its own.
     */
    default UserActivity activity() {
        return UserActivity.NONE;
    }

    /** Work that may throw checked exceptions. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }
}
