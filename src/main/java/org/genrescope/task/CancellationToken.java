package org.genrescope.task;

/** Cooperative cancellation: long work polls it between units of work. */
@FunctionalInterface
public interface CancellationToken {
    CancellationToken NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled; call between units of work. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
