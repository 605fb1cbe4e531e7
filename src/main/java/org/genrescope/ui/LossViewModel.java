package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genrescope.model.embedding.EpochListener;
import org.genrescope.model.embedding.TrainedAutoencoder;

/**
 * The loss chart's curves: the epochs of the training that runs, else those of the autoencoder behind the result
 * shown (so a training that reused the autoencoder keeps its curve, and a cancelled one does not leave its partial
 * curve behind).
 */
public final class LossViewModel {
    private final BackgroundRunner runner;
    private final ObservableList<Double> training = FXCollections.observableArrayList();
    private final ObservableList<Double> validation = FXCollections.observableArrayList();
    private final ObservableList<Double> trainingView = FXCollections.unmodifiableObservableList(training);
    private final ObservableList<Double> validationView = FXCollections.unmodifiableObservableList(validation);

    public LossViewModel(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** Shows the curves {@code model} was trained with; none for null (no autoencoder). */
    public void show(TrainedAutoencoder model) {
        List<Double> t = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        if (model != null) {
            for (double x : model.lossPerEpoch()) {
                t.add(x);
            }
            for (double x : model.validationLossPerEpoch()) {
                if (!Double.isNaN(x)) {
                    v.add(x);
                }
            }
        }
        training.setAll(t);
        validation.setAll(v);
    }

    /**
     * A listener for a new training's epochs, which clears the chart; epochs reach it in batches on the UI thread
     * while {@code active} is true.
     */
    public EpochListener startTraining(BooleanSupplier active) {
        training.clear();
        validation.clear();
        return new Buffer(active);
    }

    /** Training losses, one per epoch (read-only). */
    public ObservableList<Double> trainingLoss() { return trainingView; }
    /** Validation losses, one per epoch that had one (read-only). */
    public ObservableList<Double> validationLoss() { return validationView; }

    /** Collects epoch losses on the training thread and hands them to the UI thread in batches. */
    private final class Buffer implements EpochListener {
        private final BooleanSupplier active;
        private final List<double[]> pending = new ArrayList<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        Buffer(BooleanSupplier active) {
            this.active = active;
        }

        @Override
        public void epochEnded(int epoch, double trainingLoss, double validationLoss) {
            synchronized (pending) {
                pending.add(new double[] {trainingLoss, validationLoss});
            }
            if (scheduled.compareAndSet(false, true)) {
                runner.onUiThread(this::flush);
            }
        }

        private void flush() {
            scheduled.set(false);
            List<double[]> batch;
            synchronized (pending) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            if (!active.getAsBoolean()) {
                return;
            }
            List<Double> t = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            for (double[] p : batch) {
                t.add(p[0]);
                if (!Double.isNaN(p[1])) {
                    v.add(p[1]);
                }
            }
            training.addAll(t);
            validation.addAll(v);
        }
    }
}
