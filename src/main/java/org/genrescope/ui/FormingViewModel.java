package org.genrescope.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.genrescope.analysis.FormingLayout;

/**
 * The t-SNE or UMAP layout of the run in progress while it forms, for the Clusters plot to draw until the result
 * replaces it; null when none forms. Layouts reach the UI thread coalesced (at most one hand-over pending, the newest
 * layout wins), and only while the run that sent them is the current one and still runs, so a late layout never
 * covers the result. Never part of a result: nothing saves or exports it.
 */
public final class FormingViewModel {
    private final BackgroundRunner runner;
    private final ReadOnlyObjectWrapper<FormingLayout> layout = new ReadOnlyObjectWrapper<>();

    public FormingViewModel(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** A listener for a run's forming layouts; they are shown while {@code active} (asked on the UI thread) holds. */
    public FormingLayout.Listener relay(BooleanSupplier active) {
        AtomicReference<FormingLayout> latest = new AtomicReference<>();
        AtomicBoolean scheduled = new AtomicBoolean();
        return formed -> {
            latest.set(formed);
            if (scheduled.compareAndSet(false, true)) {
                runner.onUiThread(() -> {
                    scheduled.set(false);
                    FormingLayout newest = latest.getAndSet(null);
                    if (newest != null && active.getAsBoolean()) {
                        layout.set(newest);
                    }
                });
            }
        };
    }

    /** No layout forms any more (the run ended, was cancelled or replaced). Call on the UI thread. */
    public void clear() {
        layout.set(null);
    }

    /** The layout forming now, or null. */
    public ReadOnlyObjectProperty<FormingLayout> layoutProperty() { return layout.getReadOnlyProperty(); }
}
