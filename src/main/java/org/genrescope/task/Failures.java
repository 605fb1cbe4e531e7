package org.genrescope.task;

import java.util.concurrent.ExecutionException;

/** Turns the failure of work run on another thread back into what that work threw. */
public final class Failures {
    private Failures() {
    }

    /**
     * The cause of a failed task, to be thrown by the caller ({@code throw Failures.unwrap(e)}): a runtime
     * exception as itself (so a {@link CancelledException} or a typed error keeps its type), a checked
     * exception wrapped in an {@link IllegalStateException}.
     *
     * @throws Error when the task failed with an error (such as {@link OutOfMemoryError}), thrown as itself
     */
    public static RuntimeException unwrap(ExecutionException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
