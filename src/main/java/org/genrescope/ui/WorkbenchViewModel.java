package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.BundledSample;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.analysis.KRangeSweep;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Reclustering;
import org.genrescope.data.ImportOptions;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's state: which data is open, the trained result and the one shown (the k slider's),
 * what runs in the background, errors and notes. Commands are methods; everything else is a property.
 * Long work goes through the injected {@link BackgroundRunner}; this class never touches a toolkit.
 */
public final class WorkbenchViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchViewModel.class);
    static final int RECENT_LIMIT = 8;
    /** How {@link Reclustering}'s preview warning starts; the result's title says it instead. */
    private static final String PREVIEW_MARK = "preview:";
    /** The note shown when the synthetic sample is open. */
    public static final String SAMPLE_NOTE = "This is synthetic sample data: 2,000 made-up tracks in the layout of the "
            + "Free Music Archive's metadata, not real music. To explore the real data, download fma_metadata.zip "
            + "from github.com/mdeff/fma (section Data), unzip it and choose File > Open FMA folder.";

    private final BackgroundRunner runner;
    private final SettingsStore store;
    private final SettingsViewModel settings;
    private final Pipeline pipeline;
    private final int threads;

    private final ObjectProperty<DataSet> data = new SimpleObjectProperty<>();
    private final StringProperty dataTitle = new SimpleStringProperty("No data open");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>();

    private final ObjectProperty<AnalysisResult> trained = new SimpleObjectProperty<>();
    private final ObjectProperty<AnalysisResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<AnalysisResult> previousResult = new SimpleObjectProperty<>();
    private final BooleanProperty preview = new SimpleBooleanProperty();
    private final BooleanProperty outOfDate = new SimpleBooleanProperty();
    private final BooleanProperty collapsed = new SimpleBooleanProperty();
    private final IntegerProperty sweepReady = new SimpleIntegerProperty();
    private final IntegerProperty sweepTotal = new SimpleIntegerProperty();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private List<String> dismissedNotes = List.of();

    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty training = new SimpleBooleanProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final BooleanBinding busy = loading.or(training);
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObservableList<Double> trainingLoss = FXCollections.observableArrayList();
    private final ObservableList<Double> validationLoss = FXCollections.observableArrayList();

    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ObjectProperty<int[]> selection = new SimpleObjectProperty<>(new int[0]);

    /** Full reclusterings of the trained result, by k; filled by the sweep. */
    private final Map<Integer, AnalysisResult> fullByK = new HashMap<>();
    private CancellationSource workCancel = new CancellationSource();
    private CancellationSource sweepCancel = new CancellationSource();
    private boolean previewRunning;
    private int pendingPreviewK = -1;
    private boolean openedSynthetic;

    public WorkbenchViewModel(BackgroundRunner runner, SettingsStore store, SettingsViewModel settings,
                              Pipeline pipeline, int threads) {
        this.runner = runner;
        this.store = store;
        this.settings = settings;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        settings.revisionProperty().addListener(x -> updateOutOfDate());
        trained.addListener(x -> updateOutOfDate());
        settings.kProperty().addListener((obs, old, k) -> kChanged(k.intValue()));
        settings.kRangeProperty().addListener((obs, old, range) -> kRangeChanged());
        store.get(Preferences.RECENT).ifPresent(recent::addAll);
    }

    // ---------------------------------------------------------------- opening

    /** First start opens the bundled sample with a note; later starts reopen the last data with its settings. */
    public void startUp() {
        settings.restore(store);
        Path last = store.get(Preferences.LAST_DATA).orElse(null);
        boolean lastWasSample = store.get(Preferences.LAST_DATA_SYNTHETIC).orElse(false);
        if (last != null && !lastWasSample && Files.exists(last)) {
            load(last, false);
        } else {
            openSample();
        }
    }

    /** Opens the bundled synthetic sample. */
    public void openSample() {
        try {
            resetColumns(ImportOptions.defaults());
            load(BundledSample.folder(), true);
        } catch (java.io.IOException e) {
            fail("open the sample data", e);
        }
    }

    /** Opens an FMA metadata folder with the default columns. */
    public void openFmaFolder(Path folder) {
        resetColumns(ImportOptions.defaults());
        load(folder, false);
    }

    /** Opens a flat CSV with the columns chosen in the mapping dialog. */
    public void openCsv(Path file, CsvMapping mapping) {
        settings.features().setAll(mapping.features());
        settings.idColumnProperty().set(mapping.idColumn());
        settings.labelColumnProperty().set(mapping.labelColumn());
        load(file, false);
    }

    private void resetColumns(ImportOptions options) {
        settings.features().setAll(options.features());
        settings.idColumnProperty().set("");
        settings.labelColumnProperty().set("");
    }

    private void load(Path path, boolean synthetic) {
        AnalysisConfig config;
        try {
            config = settings.config(path);
        } catch (InvalidSettingException e) {
            fail("open " + path, e);
            return;
        }
        workCancel.cancel();
        CancellationSource cancel = new CancellationSource();
        workCancel = cancel;
        loading.set(true);
        error.set(null);
        status.set("Loading " + path.getFileName() + "...");
        progress.set(-1);
        ProgressListener listener = progressToUi();
        runner.run(() -> DataSet.load(config, synthetic, listener, cancel), loaded -> {
            loading.set(false);
            if (cancel.isCancelled()) {
                return;
            }
            opened(loaded);
            train();
        }, failure -> {
            loading.set(false);
            progress.set(0);
            if (failure instanceof CancelledException) {
                status.set("Loading cancelled; the previous data is kept.");
            } else {
                fail("open " + path, failure);
                status.set("Could not open " + path.getFileName() + "; the previous data is kept.");
            }
        });
    }

    private void opened(DataSet loaded) {
        sweepCancel.cancel();
        openedSynthetic = loaded.synthetic();
        data.set(loaded);
        trained.set(null);
        result.set(null);
        previousResult.set(null);
        preview.set(false);
        collapsed.set(false);
        fullByK.clear();
        sweepReady.set(0);
        selection.set(new int[0]);
        warnings.clear();
        dismissedNotes = List.of();
        notes.set("");
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
            remember(loaded.path());
        }
        store.put(Preferences.LAST_DATA, loaded.path().toAbsolutePath());
        store.put(Preferences.LAST_DATA_SYNTHETIC, loaded.synthetic());
        status.set(String.format(Locale.ROOT, "Opened %s: %,d tracks", loaded.path().getFileName(), loaded.rows()));
        progress.set(0);
    }

    private void remember(Path path) {
        String text = path.toAbsolutePath().toString();
        recent.remove(text);
        recent.add(0, text);
        while (recent.size() > RECENT_LIMIT) {
            recent.remove(recent.size() - 1);
        }
        store.put(Preferences.RECENT, List.copyOf(recent));
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            store.put(Preferences.LAST_FOLDER, parent);
        }
    }

    // ---------------------------------------------------------------- training

    /** Runs the whole analysis with the current settings in the background (Ctrl+Enter). */
    public void train() {
        DataSet current = data.get();
        if (current == null || training.get()) {
            return;
        }
        AnalysisConfig config;
        try {
            config = settings.config(current.path());
        } catch (InvalidSettingException e) {
            fail("train", e);
            return;
        }
        workCancel.cancel();
        CancellationSource cancel = new CancellationSource();
        workCancel = cancel;
        training.set(true);
        error.set(null);
        trainingLoss.clear();
        validationLoss.clear();
        status.set("Training...");
        progress.set(-1);
        ProgressListener listener = progressToUi();
        EpochBuffer epochs = new EpochBuffer();
        boolean synthetic = current.synthetic();
        runner.run(() -> pipeline.run(config, listener, epochs, cancel), r -> {
            training.set(false);
            progress.set(0);
            trained(r, synthetic);
        }, failure -> {
            training.set(false);
            progress.set(0);
            if (failure instanceof CancelledException) {
                status.set("Training cancelled; the previous result is kept.");
            } else {
                fail("train", failure);
                status.set("Training failed; the previous result is kept.");
            }
        });
    }

    private void trained(AnalysisResult r, boolean synthetic) {
        sweepCancel.cancel();
        fullByK.clear();
        sweepReady.set(0);
        sweepTotal.set(0);
        DataSet before = data.get();
        if (before == null || !before.path().equals(r.config().input()) || before.rows() != r.rows()
                || !r.reusedStages().contains("scale")) {
            data.set(DataSet.of(r, synthetic));
        }
        boolean isCollapsed = r.autoencoder() != null && r.autoencoder().collapsed();
        collapsed.set(isCollapsed);
        trained.set(r);
        dismissedNotes = List.of(); // a new training's notes are news, even if worded as before
        if (r.config().algorithm() == ClusteringAlgorithm.KMEANS) {
            fullByK.put(r.config().k(), r);
        }
        show(r, false);
        int notesCount = noteLines().size();
        status.set(String.format(Locale.ROOT, "Trained: %,d tracks in %d clusters (%s)%s", r.rows(),
                r.clustering().clusterCount(), timings(r), notesCount == 0 ? ""
                        : "; " + notesCount + (notesCount == 1 ? " note" : " notes") + " above the results"));
        if (!isCollapsed && r.config().algorithm() == ClusteringAlgorithm.KMEANS && r.projection() != null) {
            startSweep(r);
        }
    }

    private static String timings(AnalysisResult r) {
        long total = r.timingsMs().values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "%.1f s", total / 1000.0);
    }

    /** Cancels the loading or training in progress (Esc); what was shown stays. */
    public void cancel() {
        workCancel.cancel();
    }

    // ---------------------------------------------------------------- the k slider

    private void startSweep(AnalysisResult base) {
        sweepCancel.cancel();
        CancellationSource cancel = new CancellationSource();
        sweepCancel = cancel;
        int kMin = settings.kRangeMinProperty().get();
        int kMax = Math.min(settings.kRangeMaxProperty().get(), base.rows());
        if (kMax < kMin) {
            sweepTotal.set(0);
            sweepReady.set(0);
            return;
        }
        sweepTotal.set(kMax - kMin + 1);
        updateSweepReady();
        List<Integer> done = List.copyOf(fullByK.keySet());
        if (sweepReady.get() >= sweepTotal.get()) {
            return;
        }
        int first = Math.max(kMin, Math.min(kMax, settings.kProperty().get()));
        int sweepThreads = Math.max(1, threads - 1); // leave a core for previews and the window
        runner.run(() -> {
            KRangeSweep.run(base, kMin, kMax, first, done, sweepThreads,
                    (k, r) -> runner.onUiThread(() -> sweepFinished(base, k, r)), ProgressListener.NONE, cancel);
            return null;
        }, finished -> { }, failure -> {
            if (!(failure instanceof CancelledException)) {
                LOG.error("the k sweep failed", failure);
            }
        });
    }

    /** A new k range sweeps the ks it adds (those already computed are kept). */
    private void kRangeChanged() {
        AnalysisResult base = trained.get();
        if (base != null && !collapsed.get() && base.config().algorithm() == ClusteringAlgorithm.KMEANS
                && base.projection() != null) {
            startSweep(base);
        }
    }

    private void updateSweepReady() {
        int kMin = settings.kRangeMinProperty().get();
        int kMax = settings.kRangeMaxProperty().get();
        sweepReady.set((int) fullByK.keySet().stream().filter(k -> k >= kMin && k <= kMax).count());
    }

    private void sweepFinished(AnalysisResult base, int k, AnalysisResult full) {
        if (base != trained.get()) {
            return;
        }
        fullByK.put(k, full);
        updateSweepReady();
        if (settings.kProperty().get() == k && (preview.get() || result.get() == null
                || result.get().config().k() != k)) {
            show(full, false);
        }
    }

    private void kChanged(int k) {
        AnalysisResult base = trained.get();
        if (base == null || collapsed.get() || base.config().algorithm() != ClusteringAlgorithm.KMEANS) {
            return;
        }
        AnalysisResult full = fullByK.get(k);
        if (full != null) {
            show(full, false);
        } else {
            pendingPreviewK = k;
            if (!previewRunning) {
                runPreview(base);
            }
        }
    }

    private void runPreview(AnalysisResult base) {
        int k = pendingPreviewK;
        pendingPreviewK = -1;
        previewRunning = true;
        CancellationSource cancel = sweepCancel;
        runner.run(() -> Reclustering.withK(base, k, Reclustering.Quality.PREVIEW, 1, ProgressListener.NONE, cancel),
                r -> {
                    previewRunning = false;
                    if (base == trained.get() && settings.kProperty().get() == k && !fullByK.containsKey(k)) {
                        show(r, true);
                    }
                    if (pendingPreviewK >= 0 && base == trained.get()) {
                        runPreview(base);
                    }
                }, failure -> {
                    previewRunning = false;
                    if (!(failure instanceof CancelledException)) {
                        fail("re-cluster with k = " + k, failure);
                    } else if (pendingPreviewK >= 0 && base == trained.get()) {
                        runPreview(base); // a new k range cancelled this one; the slider has moved on
                    }
                });
    }

    private void show(AnalysisResult r, boolean isPreview) {
        AnalysisResult current = result.get();
        boolean refinesSameK = current != null && preview.get() && !isPreview
                && current.config().k() == r.config().k();
        if (current != null && current != r && !refinesSameK) {
            previousResult.set(current);
        }
        result.set(r);
        preview.set(isPreview);
        warnings.setAll(r.warnings());
        updateNotes();
    }

    /** The notes banner lists the shown result's warnings, except the preview mark the result's title shows. */
    private void updateNotes() {
        List<String> lasting = noteLines();
        if (lasting.isEmpty() || lasting.equals(dismissedNotes)) {
            notes.set("");
            return;
        }
        StringBuilder text = new StringBuilder(lasting.size() == 1 ? "Note on this result: "
                : "Notes on this result:");
        for (String w : lasting) {
            text.append(lasting.size() == 1 ? "" : "\n\u2022 ").append(w);
        }
        notes.set(text.toString());
    }

    private List<String> noteLines() {
        return warnings.stream().filter(w -> !w.startsWith(PREVIEW_MARK)).toList();
    }

    /** Hides the notes until the shown result has different ones. */
    public void dismissNotes() {
        dismissedNotes = noteLines();
        notes.set("");
    }

    /** Whether the full result for {@code k} is ready (the sweep computed it). */
    public boolean isFullResultReady(int k) {
        return fullByK.containsKey(k);
    }

    private void updateOutOfDate() {
        AnalysisResult r = trained.get();
        outOfDate.set(r != null && !settings.matchesApartFromK(r.config()));
    }

    // ---------------------------------------------------------------- selection, errors, persistence

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
        UserError e = UserError.of(doing, t);
        if (t instanceof InvalidSettingException || t instanceof org.genrescope.data.DataLoadException) {
            LOG.warn("could not {}: {}", doing, t.getMessage());
        } else {
            LOG.error("could not {}", doing, t);
        }
        error.set(e);
    }

    /** Writes settings, recent files and the last data to the store. */
    public void saveState() {
        settings.save(store);
        store.flush();
    }

    public SettingsStore store() {
        return store;
    }

    /** Where to start a file chooser: the folder of the last opened data, else the working folder. */
    public Path lastFolder() {
        return store.get(Preferences.LAST_FOLDER).filter(Files::isDirectory).orElse(Path.of(".").toAbsolutePath());
    }

    /** The figure size and DPI last chosen for an export (single figure or all), else the default. */
    public Exports.Size exportSize() {
        try {
            return new Exports.Size(store.get(Preferences.EXPORT_WIDTH).orElseThrow(),
                    store.get(Preferences.EXPORT_HEIGHT).orElseThrow(), store.get(Preferences.EXPORT_DPI).orElseThrow());
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) { // damaged or absent
            return Exports.Size.DEFAULT;
        }
    }

    /** Remembers an export's size and DPI for the next export dialog. */
    public void rememberExportSize(Exports.Size size) {
        store.put(Preferences.EXPORT_WIDTH, size.width());
        store.put(Preferences.EXPORT_HEIGHT, size.height());
        store.put(Preferences.EXPORT_DPI, size.dpi());
    }

    public void rememberFolder(Path folder) {
        store.put(Preferences.LAST_FOLDER, folder.toAbsolutePath());
    }

    // ---------------------------------------------------------------- progress to the UI thread, coalesced

    private ProgressListener progressToUi() {
        AtomicReference<String> latestText = new AtomicReference<>();
        AtomicReference<Double> latestFraction = new AtomicReference<>(-1.0);
        AtomicBoolean scheduled = new AtomicBoolean();
        return (stage, done, total, message) -> {
            latestText.set(message == null || message.isEmpty() ? stage : stage + ": " + message);
            latestFraction.set(total > 0 ? Math.min(1, (double) done / total) : -1.0);
            if (scheduled.compareAndSet(false, true)) {
                runner.onUiThread(() -> {
                    scheduled.set(false);
                    if (busy.get()) {
                        status.set(latestText.get());
                        progress.set(latestFraction.get());
                    }
                });
            }
        };
    }

    /** Collects epoch losses on the training thread and hands them to the UI thread in batches. */
    private final class EpochBuffer implements org.genrescope.model.embedding.EpochListener {
        private final List<double[]> pending = new ArrayList<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        @Override
        public void epochEnded(int epoch, double trainingLossValue, double validationLossValue) {
            synchronized (pending) {
                pending.add(new double[] {trainingLossValue, validationLossValue});
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
            List<Double> t = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            for (double[] p : batch) {
                t.add(p[0]);
                if (!Double.isNaN(p[1])) {
                    v.add(p[1]);
                }
            }
            trainingLoss.addAll(t);
            validationLoss.addAll(v);
        }
    }

    // ---------------------------------------------------------------- properties

    public SettingsViewModel settings() { return settings; }
    public BackgroundRunner runner() { return runner; }
    public ReadOnlyObjectProperty<DataSet> dataProperty() { return data; }
    public ReadOnlyStringProperty dataTitleProperty() { return dataTitle; }
    /** A plain note about the open data (such as: it is synthetic); empty for none. */
    public ReadOnlyStringProperty noticeProperty() { return notice; }
    public ReadOnlyObjectProperty<UserError> errorProperty() { return error; }
    /** The result of the last training. */
    public ReadOnlyObjectProperty<AnalysisResult> trainedProperty() { return trained; }
    /** The result on screen: the trained one, or a reclustering of it with the k slider's k. */
    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() { return result; }
    /** The result shown before the current one, for the metrics' change column. */
    public ReadOnlyObjectProperty<AnalysisResult> previousResultProperty() { return previousResult; }
    /** Whether the shown result is a one-restart preview that the full result will replace. */
    public ReadOnlyBooleanProperty previewProperty() { return preview; }
    /** Whether settings changed since training in a way only Train can apply. */
    public ReadOnlyBooleanProperty outOfDateProperty() { return outOfDate; }
    /** Whether the trained autoencoder collapsed, so its clusters are not a result. */
    public ReadOnlyBooleanProperty collapsedProperty() { return collapsed; }
    /** How many ks of the k range have their full result (the sweep's progress). */
    public ReadOnlyIntegerProperty sweepReadyProperty() { return sweepReady; }
    /** How many ks the sweep computes: the k range, stopped at the number of tracks. */
    public ReadOnlyIntegerProperty sweepTotalProperty() { return sweepTotal; }
    /** The shown result's warnings, as the pipeline wrote them (the preview's included). */
    public ObservableList<String> warnings() { return warnings; }
    /**
     * The shown result's warnings as one text for the notes banner (one per line), without the preview mark;
     * empty when there are none or they were dismissed.
     */
    public ReadOnlyStringProperty notesProperty() { return notes; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public ReadOnlyBooleanProperty trainingProperty() { return training; }
    public BooleanProperty exportingProperty() { return exporting; }
    public BooleanBinding busyBinding() { return busy; }
    public StringProperty statusProperty() { return status; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ObservableList<Double> trainingLoss() { return trainingLoss; }
    public ObservableList<Double> validationLoss() { return validationLoss; }
    public ObservableList<String> recent() { return recent; }
    public ReadOnlyObjectProperty<int[]> selectionProperty() { return selection; }
    public boolean openedSynthetic() { return openedSynthetic; }

    static BooleanBinding not(ReadOnlyBooleanProperty p) {
        return Bindings.not(p);
    }
}
