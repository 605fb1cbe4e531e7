package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.BundledSample;
import org.genrescope.analysis.Pipeline;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.InputFormat;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;

/**
 * Opening data: loading it in the background (one way, the pipeline's cached prepare), recent files, the folder a chooser starts in, and what a dropped or chosen path is (an FMA
 * folder, one of its files, or a flat CSV whose header is read in the background before the column dialog shows).
 */
public final class OpenDataViewModel {
    static final int RECENT_LIMIT = 8;

    /** Hears that data opened: the data, the columns it was read with, and a note if a training was stopped. */
    interface Opened {
        void opened(DataSet data, DataColumns columns, String stoppedNote);
    }

    private final BackgroundRunner runner;
    private final SettingsStore store;
    private final SettingsViewModel settings;
    private final Pipeline pipeline;
    private final WorkViewModel work;
    private final ProgressViewModel progress;
    private final Opened opened;
    private final BiConsumer<String, Throwable> fail;
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    /** The name of the data being loaded, as {@link DataSet#name()} will give it ("" before the first load). */
    private String loadingName = "";
    // one read-only view, kept: a view made per call listens to the list weakly, so a listener added to it stopped
    // hearing of changes once the view was collected (Open Recent stayed as it was at start until a restart)
    private final ObservableList<String> recentView = FXCollections.unmodifiableObservableList(recent);

    public OpenDataViewModel(BackgroundRunner runner, SettingsStore store, SettingsViewModel settings, Pipeline pipeline,
                             WorkViewModel work, ProgressViewModel progress, Opened opened,
                             BiConsumer<String, Throwable> fail) {
        this.runner = runner;
        this.store = store;
        this.settings = settings;
        this.pipeline = pipeline;
        this.work = work;
        this.progress = progress;
        this.opened = opened;
        this.fail = fail;
        store.get(Preferences.RECENT).ifPresent(recent::addAll);
    }

    /**
     * First start opens the bundled sample; later starts reopen the last data with the settings, which the start
     * restored before ({@code StartUp.run}).
     */
    void startUp() {
        Optional<Path> last = lastDataToReopen(store);
        if (last.isPresent()) {
            load(last.get(), false, DataColumns.of(settings));
        } else {
            openSample();
        }
    }

    /**
     * The last data a start reopens: the one last opened when it was not the bundled sample and is still there;
     * empty when the start opens the sample instead. The one rule for {@link #startUp} and {@code StartUp.announce}.
     */
    static Optional<Path> lastDataToReopen(SettingsStore store) {
        Path last = store.get(Preferences.LAST_DATA).orElse(null);
        boolean lastWasSample = store.get(Preferences.LAST_DATA_SYNTHETIC).orElse(false);
        return last != null && !lastWasSample && Files.exists(last) ? Optional.of(last)
                : Optional.empty();
    }

    /** Opens the bundled synthetic sample. */
    public void openSample() {
        try {
            load(BundledSample.folder(), true, DataColumns.DEFAULT);
        } catch (java.io.IOException e) {
            fail.accept("open the sample data", e);
        }
    }

    /** Opens an FMA metadata folder with the default columns. */
    public void openFmaFolder(Path folder) {
        load(folder, false, DataColumns.DEFAULT);
    }

    /**
     * Opens a flat CSV with the columns and the dialect chosen in the mapping dialog, and remembers them for the
     * file: reopening it presets the dialog with them, even when this load fails (the user then sees what to fix).
     */
    public void openCsv(Path file, CsvMapping mapping) {
        store.put(Preferences.csvChoices(file), mapping);
        load(file, false, new DataColumns(mapping));
    }

    /** Opens {@code path} read with {@code columns} (a saved session's data, with the session's columns). */
    void openWith(Path path, boolean synthetic, DataColumns columns) {
        load(path, synthetic, columns);
    }

    /**
     * Loads in the background through the pipeline's cached {@code prepare}; the settings take the new columns only
     * when the data has opened, so a failed open leaves every setting (and what it shows) as it was.
     */
    private void load(Path path, boolean synthetic, DataColumns columns) {
        AnalysisConfig config;
        try {
            config = columns.applyTo(settings.config(path));
        } catch (InvalidSettingException e) {
            fail.accept("open " + path, e);
            return;
        }
        loadingName = synthetic ? DataSet.SAMPLE_NAME : String.valueOf(path.getFileName()); // before the load begins
        WorkViewModel.Job job = work.beginLoad();
        String stopped = job.stoppedTraining() ? "; the training in progress was stopped" : "";
        progress.started("Loading " + path.getFileName() + "..." + stopped);
        ProgressListener listener = progress.relay(() -> work.isCurrent(job));
        runner.run(() -> pipeline.prepare(config, listener, job.cancel()), prepared -> {
            if (work.end(job)) {
                DataSet data = DataSet.of(prepared, synthetic);
                offer(data);
                opened.opened(data, columns, stopped);
            }
        }, failure -> {
            if (!work.end(job)) {
                return;
            }
            if (failure instanceof CancelledException) {
                progress.say("Loading cancelled; the previous data is kept" + stopped + ".");
            } else {
                fail.accept("open " + path, failure);
                progress.say("Could not open " + path.getFileName() + "; the previous data is kept" + stopped + ".");
            }
        });
    }

    /**
     * Opens {@code path}: a folder, or one of FMA's own files (by its multi-row header), as an FMA folder; any other
     * table as a flat CSV, whose dialect and first rows are read in the background (with the choices last made for
     * this file, when any) and then offered to {@code chooseColumns} on the UI thread (empty: the user cancelled).
     */
    public void open(Path path, Function<CsvMappingViewModel, Optional<CsvMapping>> chooseColumns) {
        // Decided by content, as the command line decides (InputFormat.detect): a file named tracks.csv is FMA's only
        // when it has FMA's multi-row header; any other table is a flat CSV, whatever its name.
        CsvMapping remembered = store.get(Preferences.csvChoices(path)).orElse(null);
        List<String> missingValues = List.copyOf(settings.listProperty("missing_values"));
        runner.run(() -> InputFormat.detect(path) == InputFormat.FMA_FOLDER ? null
                        : CsvMappingViewModel.of(path, remembered, missingValues, runner),
                mapping -> {
                    if (mapping == null) {
                        openFmaFolder(Files.isDirectory(path) ? path : path.toAbsolutePath().getParent());
                    } else {
                        chooseColumns.apply(mapping).ifPresent(m -> openCsv(path, m));
                    }
                }, failure -> fail.accept("open " + path, failure));
    }

    /**
     * {@code loaded} has opened: its genres and feature columns are offered in the settings' choosers, it goes first
     * in the recent files (the sample does not), and the next start reopens it.
     */
    private void offer(DataSet loaded) {
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
    }

    /** Puts {@code path} first in the recent files and remembers its folder for the next chooser. */
    void remember(Path path) {
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

    /**
     * Where to start a file chooser: the folder of the last opened data, else the user's home (never the working
     * folder, which for a launched app is wherever it was started from, often the install folder).
     */
    public Path lastFolder() {
        return store.get(Preferences.LAST_FOLDER).filter(Files::isDirectory)
                .orElse(Path.of(System.getProperty("user.home")));
    }

    /** The recently opened files and folders, newest first (read-only). */
    public ObservableList<String> recent() { return recentView; }

    /** The name of the data being loaded (or last loaded), as the window will name it once open. UI thread. */
    public String loadingName() {
        return loadingName;
    }
}
