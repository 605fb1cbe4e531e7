package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.BundledSample;
import org.genrescope.analysis.Pipeline;
import org.genrescope.data.ImportOptions;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's one state: which data is open, the trained result and the one shown, what runs in the background.
 * It coordinates the smaller view models (status and progress, loss chart, notes, k sweep, exports, opening) and
 * is the only writer of their state. Every load and training gets a generation number; the callbacks of an older
 * one change nothing, so a late result never puts old data back. Never touches a toolkit (ADR 0014).
 */
public final class WorkbenchViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchViewModel.class);
    /** The note shown when the synthetic sample is open. */
    public static final String SAMPLE_NOTE = "This is synthetic sample data: 2,000 made-up tracks in the layout of the "
            + "Free Music Archive's metadata, not real music. To explore the real data, download fma_metadata.zip "
            + "from github.com/mdeff/fma (section Data), unzip it and choose File > Open FMA folder.";

    private final BackgroundRunner runner;
    private final SettingsStore store;
    private final SettingsViewModel settings;
    private final Pipeline pipeline;
    private final ProgressViewModel progress;
    private final LossViewModel losses;
    private final NotesViewModel notes = new NotesViewModel();
    private final KSweepViewModel sweep;
    private final ExportViewModel exports;
    private final OpenDataViewModel opening;
    private final ShownResult shown = new ShownResult();

    private final ReadOnlyObjectWrapper<DataSet> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dataTitle = new ReadOnlyStringWrapper("No data open");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AnalysisResult> trained = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper collapsed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper();
    private final BooleanBinding busy = loading.or(training);
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(new int[0]);
    private final StringBinding metricsPlaceholder = Bindings.createStringBinding(() -> loading.get() ? "Loading..."
            : training.get() ? "Training: the metrics follow." : "Train to see the metrics.", loading, training);

    private CancellationSource workCancel = new CancellationSource();
    /** Bumped by every load and training (ADR 0014): a callback whose number is older is dropped. */
    private long generation;

    public WorkbenchViewModel(BackgroundRunner runner, SettingsStore store, SettingsViewModel settings,
                              Pipeline pipeline, int threads) {
        this.runner = runner;
        this.store = store;
        this.settings = settings;
        this.pipeline = pipeline;
        this.progress = new ProgressViewModel(runner);
        this.losses = new LossViewModel(runner);
        this.sweep = new KSweepViewModel(runner, settings, threads, this::show, this::fail);
        this.exports = new ExportViewModel(runner, store, progress, this::fail);
        this.opening = new OpenDataViewModel(runner, store, this::openFmaFolder, this::openCsv, this::fail);
        settings.revisionProperty().addListener(x -> settingsChanged());
    }

    /** First start opens the bundled sample with a note; later starts reopen the last data with its settings. */
    public void startUp() {
        settings.restore(store);
        Path last = store.get(Preferences.LAST_DATA).orElse(null);
        boolean lastWasSample = store.get(Preferences.LAST_DATA_SYNTHETIC).orElse(false);
        if (last != null && !lastWasSample && Files.exists(last)) {
            load(last, false, Columns.of(settings));
        } else {
            openSample();
        }
    }

    /** Opens the bundled synthetic sample. */
    public void openSample() {
        try {
            load(BundledSample.folder(), true, Columns.DEFAULT);
        } catch (java.io.IOException e) {
            fail("open the sample data", e);
        }
    }

    /** Opens an FMA metadata folder with the default columns. */
    public void openFmaFolder(Path folder) {
        load(folder, false, Columns.DEFAULT);
    }

    /** Opens a flat CSV with the columns chosen in the mapping dialog. */
    public void openCsv(Path file, CsvMapping mapping) {
        load(file, false, new Columns(mapping.features(), mapping.idColumn(), mapping.labelColumn()));
    }

    /** The columns a data set is read with; they become the settings' only once it has opened. */
    private record Columns(List<String> features, String idColumn, String labelColumn) {
        static final Columns DEFAULT = new Columns(List.of(), "", "");

        static Columns of(SettingsViewModel s) {
            return new Columns(List.copyOf(s.features()), s.idColumnProperty().get(), s.labelColumnProperty().get());
        }

        AnalysisConfig applyTo(AnalysisConfig config) {
            return config.with("features", features).with("id_column", idColumn).with("label", labelColumn);
        }

        void applyTo(SettingsViewModel s) {
            s.chooseFeatures(features);
            s.idColumnProperty().set(idColumn == null ? "" : idColumn);
            s.labelColumnProperty().set(labelColumn == null ? "" : labelColumn);
        }
    }

    private long begin() {
        workCancel.cancel();
        workCancel = new CancellationSource();
        return ++generation;
    }

    private void load(Path path, boolean synthetic, Columns columns) {
        AnalysisConfig config;
        try {
            config = columns.applyTo(settings.config(path));
        } catch (InvalidSettingException e) {
            fail("open " + path, e);
            return;
        }
        boolean stoppedTraining = training.get();
        long own = begin();
        CancellationSource cancel = workCancel;
        training.set(false);
        loading.set(true);
        error.set(null);
        losses.show(trainedAutoencoder());
        String stopped = stoppedTraining ? "; the training in progress was stopped" : "";
        // (said again while the new data trains, so that it is not lost in the next status)
        progress.started("Loading " + path.getFileName() + "..." + stopped);
        ProgressListener listener = progress.relay(() -> own == generation);
        runner.run(() -> pipeline.prepare(config, listener, cancel), prepared -> {
            if (own != generation) {
                return;
            }
            loading.set(false);
            opened(DataSet.of(prepared, synthetic), columns, stopped);
            train();
            if (training.get() && !stopped.isEmpty()) {
                progress.started("Training the new data" + stopped + "...");
            }
        }, failure -> {
            if (own != generation) {
                return;
            }
            loading.set(false);
            if (failure instanceof CancelledException) {
                progress.say("Loading cancelled; the previous data is kept" + stopped + ".");
            } else {
                fail("open " + path, failure);
                progress.say("Could not open " + path.getFileName() + "; the previous data is kept" + stopped + ".");
            }
        });
    }

    private void opened(DataSet loaded, Columns columns, String stopped) {
        sweep.reset();
        trained.set(null); // first, so that the column settings below mark nothing out of date
        shown.clear();
        collapsed.set(false);
        data.set(loaded);
        columns.applyTo(settings);
        selection.set(new int[0]);
        notes.clear();
        losses.show(null);
        dataTitle.set(String.format(Locale.ROOT, "%s%s: %,d tracks, %d genres", loaded.path().getFileName(),
                loaded.synthetic() ? " (synthetic sample)" : "", loaded.rows(), loaded.genreNames().size()));
        notice.set(loaded.synthetic() ? SAMPLE_NOTE : "");
        settings.availableGenres().setAll(loaded.grouping().countsBefore().keySet().stream().sorted().toList());
        List<String> features = new ArrayList<>(ImportOptions.AUDIO_FEATURES);
        for (String name : loaded.tracks().featureNames()) {
            if (!features.contains(DataSet.shortName(name)) && !features.contains(name)) {
                features.add(name);
            }
        }
        settings.availableFeatures().setAll(features);
        if (!loaded.synthetic()) {
            opening.remember(loaded.path());
        }
        store.put(Preferences.LAST_DATA, loaded.path().toAbsolutePath());
        store.put(Preferences.LAST_DATA_SYNTHETIC, loaded.synthetic());
        progress.say(String.format(Locale.ROOT, "Opened %s: %,d tracks%s", loaded.path().getFileName(), loaded.rows(),
                stopped));
    }

    /** Runs the whole analysis with the current settings in the background (Ctrl+Enter); nothing while busy. */
    public void train() {
        DataSet current = data.get();
        if (current == null || busy.get()) {
            return;
        }
        try {
            run(settings.config(current.path()), "Training...");
        } catch (InvalidSettingException e) {
            fail("train", e);
        }
    }

    private void run(AnalysisConfig config, String what) {
        DataSet current = data.get();
        AnalysisResult before = trained.get();
        long own = begin();
        CancellationSource cancel = workCancel;
        training.set(true);
        error.set(null);
        boolean retrains = before == null || config.stagesChangedFrom(before.config()).contains("represent");
        var epochs = retrains ? losses.startTraining(() -> own == generation)
                : org.genrescope.model.embedding.EpochListener.NONE;
        progress.started(what);
        ProgressListener listener = progress.relay(() -> own == generation);
        runner.run(() -> pipeline.run(config, listener, epochs, cancel), r -> {
            if (own == generation) {
                training.set(false);
                trained(r, current.synthetic());
            }
        }, failure -> {
            if (own != generation) {
                return;
            }
            training.set(false);
            losses.show(trainedAutoencoder()); // the shown result's curve, not the stopped run's part of one
            if (failure instanceof CancelledException) {
                progress.say("Training cancelled; the previous result is kept.");
            } else {
                fail("train", failure);
                progress.say("Training failed; the previous result is kept.");
            }
            outOfDate.set(!changedSinceTraining().isEmpty()); // no re-projection again: it was just stopped
        });
    }

    private void trained(AnalysisResult r, boolean synthetic) {
        AnalysisResult before = trained.get();
        DataSet d = data.get();
        if (d == null || !r.reusedStages().contains("scale") || !d.path().equals(r.config().input())) {
            data.set(DataSet.of(r, synthetic));
        }
        boolean reprojected = before != null && !collapsed.get()
                && r.config().stagesChangedFrom(before.config().with("k", r.config().k())).equals(List.of("project"));
        collapsed.set(r.autoencoder() != null && r.autoencoder().collapsed());
        shown.trained(r, before, reprojected);
        trained.set(r);
        notes.forgetDismissed();
        losses.show(r.autoencoder());
        show(r, false);
        if (reprojected) {
            sweep.reprojected(r);
        } else {
            sweep.start(r);
        }
        settingsChanged();
    }

    private org.genrescope.model.embedding.TrainedAutoencoder trainedAutoencoder() {
        return trained.get() == null ? null : trained.get().autoencoder();
    }

    /** Cancels the loading or training in progress (Esc); what was shown stays. */
    public void cancel() {
        workCancel.cancel();
        exports.cancel();
    }

    private void show(AnalysisResult r, boolean isPreview) {
        shown.show(r, isPreview, trained.get());
        sweep.shown(r, isPreview);
        notes.show(r.warnings());
        if (!busy.get()) {
            progress.say(statusOf(r, isPreview));
        }
    }

    private String statusOf(AnalysisResult r, boolean isPreview) {
        long ms = r.timingsMs().values().stream().mapToLong(Long::longValue).sum();
        int n = notes.count();
        return String.format(Locale.ROOT, "%s: %,d tracks in %d clusters%s%s", r == trained.get() ? "Trained"
                        : "k = " + r.config().k(), r.rows(), r.clustering().clusterCount(),
                isPreview ? " (preview)" : r == trained.get() ? String.format(Locale.ROOT, " (%.1f s)", ms / 1000.0) : "",
                n == 0 ? "" : "; " + n + (n == 1 ? " note" : " notes") + " above the results");
    }

    /**
     * After any settings change: a change only the projection uses re-projects the trained clusters at once; one
     * that an earlier stage uses marks the results out of date until Train; k alone changes neither.
     */
    private void settingsChanged() {
        List<String> changed = changedSinceTraining();
        if (changed.equals(List.of("project")) && !busy.get() && !collapsed.get()) {
            outOfDate.set(false);
            AnalysisResult r = trained.get();
            AnalysisConfig now = settings.config(r.config().input()).with("k", r.config().k());
            run(now, "Projecting with " + now.projection().id() + "...");
        } else {
            outOfDate.set(!changed.isEmpty());
        }
    }

    /** The stages the settings changed since the training, k aside; a bad setting counts as a change of all. */
    private List<String> changedSinceTraining() {
        AnalysisResult r = trained.get();
        if (r == null) {
            return List.of();
        }
        try {
            return settings.config(r.config().input()).with("k", r.config().k()).stagesChangedFrom(r.config());
        } catch (InvalidSettingException e) {
            return List.of("load");
        }
    }

    /** Selects tracks (row indexes of the data) for the Data tab; empty shows all. */
    public void select(int[] rows) {
        selection.set(rows.clone());
    }

    public void dismissError() {
        error.set(null);
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** Shows a failure as one sentence and logs it with its stack trace. */
    public void fail(String doing, Throwable t) {
        if (t instanceof InvalidSettingException || t instanceof org.genrescope.data.DataLoadException) {
            LOG.warn("could not {}: {}", doing, t.getMessage());
        } else {
            LOG.error("could not {}", doing, t);
        }
        error.set(UserError.of(doing, t));
    }

    /** Writes settings, recent files and the last data to the store. */
    public void saveState() {
        settings.save(store);
        store.flush();
    }

    public SettingsStore store() { return store; }
    public SettingsViewModel settings() { return settings; }
    public ProgressViewModel progress() { return progress; }
    public LossViewModel losses() { return losses; }
    public NotesViewModel notes() { return notes; }
    public KSweepViewModel sweep() { return sweep; }
    public ExportViewModel exports() { return exports; }
    public OpenDataViewModel opening() { return opening; }
    public ReadOnlyObjectProperty<DataSet> dataProperty() { return data.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dataTitleProperty() { return dataTitle.getReadOnlyProperty(); }
    /** A plain note about the open data (such as: it is synthetic); empty for none. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<UserError> errorProperty() { return error.getReadOnlyProperty(); }
    /** The result of the last training (or re-projection). */
    public ReadOnlyObjectProperty<AnalysisResult> trainedProperty() { return trained.getReadOnlyProperty(); }
    /** The result on screen: the trained one, or a reclustering of it with the k slider's k. */
    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() { return shown.resultProperty(); }
    /** What the metrics' change column compares with (see {@link ShownResult}); null for nothing. */
    public ReadOnlyObjectProperty<AnalysisResult> previousResultProperty() { return shown.comparedWithProperty(); }
    /** What the change column compares with, in words. */
    public ReadOnlyStringProperty comparisonProperty() { return shown.comparisonProperty(); }
    /** Whether the shown result is a one-restart preview that the full result will replace. */
    public ReadOnlyBooleanProperty previewProperty() { return shown.previewProperty(); }
    /** Whether settings changed since training in a way only Train can apply. */
    public ReadOnlyBooleanProperty outOfDateProperty() { return outOfDate.getReadOnlyProperty(); }
    /** Whether the trained autoencoder collapsed, so its clusters are not a result. */
    public ReadOnlyBooleanProperty collapsedProperty() { return collapsed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty trainingProperty() { return training.getReadOnlyProperty(); }
    public BooleanBinding busyBinding() { return busy; }
    public ReadOnlyStringProperty statusProperty() { return progress.statusProperty(); }
    /** What the metrics table says while it has no rows. */
    public StringBinding metricsPlaceholderBinding() { return metricsPlaceholder; }
    public ReadOnlyObjectProperty<int[]> selectionProperty() { return selection.getReadOnlyProperty(); }
}
