package org.genrescope.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genrescope.task.ProgressListener;

/**
 * The status bar's text and progress: the one relay from background work to the window. Background progress is
 * coalesced (at most one hand-over to the UI thread pending), and a relay whose job is no longer current
 * ({@code active} false: a newer load or training replaced it, or it ended) changes nothing, so a late report never
 * overwrites newer news. A projection's layout as it forms ({@link #forming()}) is part of the progress: gone when
 * work starts or ends. A stage of like units (epochs, restarts) says its time left once it has measured some
 * ({@link TimeLeft}).
 */
public final class ProgressViewModel {
    private final BackgroundRunner runner;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final FormingViewModel forming;
    /** The clock the time left is measured on, in nanoseconds. */
    private final LongSupplier clock;
    /** The newest relay's measured units (the training's, as a training's relay is made as it starts). */
    private volatile TimeLeft newestUnits = new TimeLeft();

    public ProgressViewModel(BackgroundRunner runner) {
        this(runner, System::nanoTime);
    }

    /** The status bar measuring the time left on {@code clock} (nanoseconds, monotonic): tests give their own. */
    ProgressViewModel(BackgroundRunner runner, LongSupplier clock) {
        this.runner = runner;
        this.clock = clock;
        this.forming = new FormingViewModel(runner);
    }

    /** Work began: {@code text} with an indeterminate bar, no forming layout. Call on the UI thread. */
    public void started(String text) {
        status.set(text);
        progress.set(-1);
        forming.clear();
    }

    /** Something ended or happened: {@code text} with an empty bar, no forming layout. Call on the UI thread. */
    public void say(String text) {
        status.set(text);
        progress.set(0);
        forming.clear();
    }

    /** The projection's layout as it forms during a run. */
    public FormingViewModel forming() { return forming; }

    /** A listener for background work; its reports reach the status bar while {@code active} is true. */
    public ProgressListener relay(BooleanSupplier active) {
        AtomicReference<String> latestText = new AtomicReference<>();
        AtomicReference<Double> latestFraction = new AtomicReference<>(-1.0);
        AtomicBoolean scheduled = new AtomicBoolean();
        TimeLeft timeLeft = new TimeLeft();
        newestUnits = timeLeft;
        return (stage, done, total, message) -> {
            String left = timeLeft.after(stage, done, total, clock.getAsLong());
            String text = message == null || message.isEmpty() ? stage : stage + ": " + message;
            latestText.set(left.isEmpty() ? text : text + "; " + left);
            latestFraction.set(total > 0 ? Math.min(1, (double) done / total) : -1.0);
            if (scheduled.compareAndSet(false, true)) {
                runner.onUiThread(() -> {
                    scheduled.set(false);
                    if (active.getAsBoolean()) {
                        status.set(latestText.get());
                        progress.set(latestFraction.get());
                    }
                });
            }
        };
    }

    /**
     * The seconds per unit (epoch, restart...) of each stage of like units that the newest relay heard, by stage name
     * ({@link TimeLeft#secondsPerUnit}): after a training, its own.
     */
    public java.util.Map<String, Double> newestSecondsPerUnit() {
        return newestUnits.secondsPerUnit();
    }

    /** What the status bar says. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The status bar's progress: 0..1, -1 for work of unknown length, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
}
