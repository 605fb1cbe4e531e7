package org.genrescope.task;

/**
 * Receives progress from long work. Implementations must be cheap and thread-safe: the
 * model layer may call them from worker threads.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (stage, done, total, message) -> { };

    /**
     * @param stage   short stable stage name, e.g. "kmeans"
     * @param done    work units done so far in this stage
     * @param total   work units in this stage, or -1 when unknown
     * @param message one human-readable line, e.g. "restart 12 of 100"
     */
    void progress(String stage, long done, long total, String message);
}
