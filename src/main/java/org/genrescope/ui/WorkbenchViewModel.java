package org.genrescope.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.BundledSample;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Recipe;
import org.genrescope.data.DataLoadException;
import org.genrescope.analysis.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;

/** State of the minimal workbench window, as properties the view binds to. */
public final class WorkbenchViewModel {
    private final BackgroundRunner runner;
    private final StringProperty headline = new SimpleStringProperty(
            "Synthetic sample data (2,000 tracks in FMA's layout). Open the real FMA metadata with the 'cluster' "
                    + "command for now: java -jar genrescope.jar cluster --input fma_metadata --out results");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private CancellationSource cancel = new CancellationSource();

    public WorkbenchViewModel(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** Runs the study's recipe (on the scaled features) on the bundled sample in the background. */
    public void runSeedRecipe() {
        if (running.get()) {
            return;
        }
        running.set(true);
        cancel = new CancellationSource();
        CancellationSource token = cancel;
        status.set("Loading the sample data...");
        progress.set(-1);
        runner.run(() -> {
            Path sample = BundledSample.folder();
            return new Pipeline().run(Recipe.SEED.defaults().input(sample).build(),
                    (stage, done, total, message) -> runner.onUiThread(() -> {
                        status.set(stage + ": " + message);
                        progress.set(total > 0 ? (double) done / total : -1);
                    }), token);
        }, this::show, this::fail);
    }

    public void cancel() {
        cancel.cancel();
    }

    private void show(AnalysisResult r) {
        running.set(false);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "Done: %,d tracks in %d clusters", r.rows(), r.clustering().clusterCount()));
        summary.set(ResultText.of(r));
    }

    private void fail(Throwable t) {
        running.set(false);
        progress.set(0);
        if (t instanceof CancelledException) {
            status.set("Cancelled; the previous result is kept.");
        } else if (t instanceof DataLoadException || t instanceof InvalidSettingException) {
            status.set(t.getMessage());
        } else {
            status.set("Something went wrong: " + t);
            org.slf4j.LoggerFactory.getLogger(WorkbenchViewModel.class).error("analysis failed", t);
        }
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }
}
