package org.genrescope.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** A token that can be cancelled from another thread (Esc in the UI, Ctrl+C in the CLI). */
public final class CancellationSource implements CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
