package org.genrescope.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;

/**
 * The one load or training that may run (ADR 0014): starting one cancels the one before, and each gets a
 * generation number, so that the callbacks of a replaced job change nothing (a late training cannot put old data
 * back, and its "cancelled" cannot overwrite newer news). Starting a load stops a training at once, so the new
 * data's training is not refused as "already training".
 */
public final class WorkViewModel {
    /** A started job: its generation, its cancellation token, and whether starting it stopped a training. */
    public record Job(long generation, CancellationToken cancel, boolean stoppedTraining) { }

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper();
    private final BooleanBinding busy = loading.or(training);
    // what the running training is to the user: a restore of the last session is not "training"
    private final javafx.beans.property.SimpleStringProperty trainingWord =
            new javafx.beans.property.SimpleStringProperty("Training");
    private final javafx.beans.binding.StringBinding metricsPlaceholder =
            placeholder("the metrics follow", "the metrics");
    private final javafx.beans.binding.StringBinding plotPlaceholder = placeholder("the plot follows", "the clusters");
    private CancellationSource cancel = new CancellationSource();
    private long generation;

    /** Starts a load, stopping whatever ran. */
    public Job beginLoad() {
        return begin(true);
    }

    /** Starts a training (or re-projection), stopping whatever ran. */
    public Job beginTraining() {
        return beginTraining(false);
    }

    /**
     * As {@link #beginTraining()}; {@code restoring} when the run is expected to restore a saved session's results
     * rather than train, so that the metrics table says so while it waits.
     */
    public Job beginTraining(boolean restoring) {
        trainingWord.set(restoring ? "Restoring the session's results" : "Training");
        return begin(false);
    }

    private Job begin(boolean load) {
        boolean stopped = training.get();
        cancel.cancel();
        cancel = new CancellationSource();
        generation++;
        loading.set(load);
        training.set(!load);
        return new Job(generation, cancel, stopped);
    }

    /** Whether {@code job} is still the current one (no newer load or training started since). */
    public boolean isCurrent(Job job) {
        return job.generation() == generation;
    }

    /** {@code job} ended; returns whether it was current (else its outcome is to be dropped). */
    public boolean end(Job job) {
        if (!isCurrent(job)) {
            return false;
        }
        loading.set(false);
        training.set(false);
        return true;
    }

    /** Cancels the current job (Esc); its failure callback still runs and reports the cancel. */
    public void cancel() {
        cancel.cancel();
    }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty trainingProperty() { return training.getReadOnlyProperty(); }
    /** Whether a load or training runs. */
    public BooleanBinding busyBinding() { return busy; }

    /**
     * What an empty view says: "Loading...", while training that {@code coming} ("Training: the plot follows."), else
     * to train to see {@code what} ("Train to see the clusters.").
     */
    private javafx.beans.binding.StringBinding placeholder(String coming, String what) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> loading.get() ? "Loading..."
                : training.get() ? trainingWord.get() + ": " + coming + "."
                : "Train to see " + what + ".", loading, training, trainingWord);
    }

    /** What the metrics table says while it has no rows: loading, training, or that a training shows them. */
    javafx.beans.binding.StringBinding metricsPlaceholder() { return metricsPlaceholder; }

    /** What the cluster plot says while it has no figure: loading, training, or that a training draws it. */
    javafx.beans.binding.StringBinding plotPlaceholder() { return plotPlaceholder; }
}
