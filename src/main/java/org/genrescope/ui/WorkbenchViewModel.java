package org.genrescope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.Pipeline;
import org.genrescope.session.SessionKeeper;
import org.genrescope.session.SessionView;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;

/**
 * The workbench's one state: which data is open, the trained result and the one shown, what runs in the background.
 * It coordinates the smaller view models (status and progress, loss chart, notes, k sweep, exports, opening) and
 * is the only writer of their state. Every load and training gets a generation number; the callbacks of an older
 * one change nothing, so a late result never puts old data back. Never touches a toolkit (ADR 0014).
 */
public final class WorkbenchViewModel {
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
    private final SessionsViewModel sessions;
    private final ShownResult shown = new ShownResult();
    private final ResultNumbering numbering;
    private final StabilityViewModel stability;
    /** The last session on disk (ADR 0016) and the start that reads it. */
    private final SessionKeeper keeper;
    private final StartUp start;

    private final ReadOnlyObjectWrapper<DataSet> data = new ReadOnlyObjectWrapper<>();
    private final EstimateViewModel estimate;
    private final ReadOnlyStringWrapper dataTitle = new ReadOnlyStringWrapper("No data open");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AnalysisResult> trained = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper collapse = new ReadOnlyStringWrapper("");
    private final BooleanBinding collapsed = collapse.isNotEmpty();
    private final WorkViewModel work = new WorkViewModel();
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(new int[0]);
    private final javafx.beans.property.BooleanProperty colourByGenre = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty lassoSelect = new javafx.beans.property.SimpleBooleanProperty();
    /** The Compare tab's result, kept in the session with the trained one; null when none is shown. */
    private Comparison.Result keptComparison;
    private final ReadOnlyObjectWrapper<CompareViewModel.Restored> restoredComparison = new ReadOnlyObjectWrapper<>();

    /**
     * How long a newly trained result counts as the user's moment ({@link UserActivity}): its plot's first frame, its
     * tables and its hidden tabs (from {@link TabUpdates#RESULT_FIRST_GAP_MS} on, spaced) arrive within it.
     */
    static final long RESULT_ARRIVAL_MS = 1500;

    public WorkbenchViewModel(BackgroundRunner runner, SettingsStore store, SettingsViewModel settings,
                              Pipeline pipeline, int threads) {
        this(runner, store, settings, pipeline, threads, SessionKeeper.none(pipeline));
    }

    /** A workbench that keeps its last session with {@code keeper}, which offers it to {@code pipeline}. */
    public WorkbenchViewModel(BackgroundRunner runner, SettingsStore store, SettingsViewModel settings,
                              Pipeline pipeline, int threads, SessionKeeper keeper) {
        this.keeper = keeper;
        this.start = new StartUp(keeper);
        this.runner = runner;
        this.store = store;
        this.settings = settings;
        this.pipeline = pipeline;
        this.progress = new ProgressViewModel(runner);
        this.losses = new LossViewModel(runner);
        this.numbering = new ResultNumbering(runner, shown.resultProperty()::get, this::display, this::fail);
        this.sweep = new KSweepViewModel(runner, settings, threads, numbering::show, this::fail); // sets its k shown
        this.stability = new StabilityViewModel(runner, settings, pipeline, threads, data.getReadOnlyProperty());
        this.exports = new ExportViewModel(runner, store, progress, this::fail);
        this.opening = new OpenDataViewModel(runner, store, settings, pipeline, work, progress, this::opened, this::fail);
        this.sessions = new SessionsViewModel(runner, store, keeper, settings, opening, progress,
                () -> shown.asShown(trained.get()), sweep, () -> view(trained.get()), () -> keptComparison, this::fail);
        settings.revisionProperty().addListener(x -> settingsChanged());
        // the title and the status bar's data name while the first data loads ("No data open" read as an error),
        // named as the status line names it ("Loading tracks.csv...")
        work.loadingProperty().addListener((o, was, loading) -> {
            if (data.get() == null) {
                dataTitle.set(loading ? "Opening " + opening.loadingName() + "..." : "No data open");
            }
        });
        sweep.whenComplete(() -> keep(trained.get()));
        // from the window's first frame: the start reads the last session before the data begins to load (seconds)
        announce(StartUp.announce(store, null), false);
        estimate = new EstimateViewModel(settings, dataProperty(), trainedProperty(), trainingProperty(), store,
                progress::newestSecondsPerUnit, threads);
    }

    /**
     * Says what the start opens, in the status bar and the title, until the load says more; the bar is busy only once
     * the start runs ({@code running}). Why still before: an indeterminate bar is an animation, a new frame every
     * pulse, so the window's first frames were never seen drawn ({@code FirstFrame} waited its 3 s limit twice, the
     * load began 6 s late) and the FX thread waited 130 ms for the content's first paint with the bar's next frame to
     * hand over (docs/benchmarks.md, "The first frames kept still (session 17)").
     */
    private void announce(StartUp.Announcement a, boolean running) {
        if (running) {
            progress.started(a.status());
        } else {
            progress.say(a.status());
        }
        if (data.get() == null) {
            dataTitle.set("Opening " + a.name() + "...");
        }
    }

    /**
     * Says from now (the window's first frame) that the start will open {@code requested} (the command line's PATH),
     * which the constructor could not know; nothing for null.
     */
    void foresee(Path requested) {
        if (requested != null) {
            announce(StartUp.announce(store, requested), false);
        }
    }

    /** First start opens the bundled sample with a note; later starts reopen the last data with its settings. */
    public void startUp() { startUp(null, null); }

    /** As {@link #startUp()}, but opens {@code requested} (the command line's PATH; null: none) with {@code open}. */
    public void startUp(Path requested, Consumer<Path> open) {
        // the constructor could only foresee the last data
        announce(StartUp.announce(store, requested), true);
        start.run(runner, store, settings, opening, requested, open);
    }

    /** {@code loaded} opened (the opening model's callback): nothing of the old data's results stays; it trains. */
    private void opened(DataSet loaded, DataColumns columns, String stopped) {
        DataSet previous = data.get();
        sweep.reset();
        trained.set(null); // first, so that the column settings below mark nothing out of date
        numbering.forget();
        shown.clear();
        collapse.set("");
        data.set(loaded);
        columns.applyTo(settings);
        selection.set(new int[0]);
        notes.clear();
        losses.show(null);
        dataTitle.set(titleOf(loaded));
        String opening = start.opened(loaded.synthetic() ? loaded.sampleNote() : "");
        // kept in the notice until dismissed: the status bar's word of it was gone within a second, under the new
        // data's progress (new user, session 14)
        // the same file opened again (Open Recent while it trained) is not "the previous data" (new user, session 21)
        boolean again = previous != null && previous.path() != null && previous.path().equals(loaded.path());
        String stoppedSentence = stopped.isEmpty() ? "" : again
                ? "The training in progress was stopped to open " + loaded.name() + " again."
                : "The training in progress on the previous data was stopped to open " + loaded.name() + ".";
        notice.set(opening.isEmpty() ? stoppedSentence
                : stoppedSentence.isEmpty() ? opening : opening + " " + stoppedSentence);
        progress.say(String.format(Locale.ROOT, "Opened %s: %,d tracks%s", loaded.name(), loaded.rows(), stopped));
        train();
        if (work.trainingProperty().get() && !stopped.isEmpty()) {
            progress.started("Training the new data" + stopped + "..."); // said again, so that it is not lost
        }
    }

    /** Runs the whole analysis with the current settings in the background (Ctrl+Enter); nothing while busy. */
    public void train() {
        DataSet current = data.get();
        if (current == null || work.busyBinding().get()) {
            return;
        }
        try {
            AnalysisConfig config = settings.config(current.path());
            boolean restoring = keeper.mayRestore(config);
            keeper.offerFor(config); // the k slider's k from the session's k sweep, when it was left on another k
            run(config, restoring ? "Restoring the session's results (trained again if the data changed)"
                    + keeper.whyClustering(config) + "..." : "Training" + keeper.whyTraining(config) + "...", restoring);
        } catch (InvalidSettingException e) {
            fail("train", e);
        }
    }

    private void run(AnalysisConfig config, String what, boolean restoring) {
        DataSet current = data.get();
        AnalysisResult before = trained.get();
        WorkViewModel.Job job = work.beginTraining(restoring);
        error.set(null);
        boolean retrains = before == null || config.stagesChangedFrom(before.config()).contains("represent");
        var epochs = retrains ? losses.startTraining(() -> work.isCurrent(job))
                : org.genrescope.model.embedding.EpochListener.NONE;
        progress.started(what);
        ProgressListener listener = progress.relay(() -> work.isCurrent(job));
        // the explanations, the plot's points and the renumbering to the numbers on screen on this worker too: at a
        // million tracks they took seconds (the explanations, the renumbering) of the FX thread or beside it
        AnalysisResult onScreen = shown.resultProperty().get();
        // the forming layouts in the numbers (the colours) the result will be shown with
        var forming = new FormingNumbering(onScreen, config,
                progress.forming().relay(() -> work.isCurrent(job) && work.trainingProperty().get()));
        runner.run(() -> NumberedResult.prepare(onScreen, ResultDetails.warm(pipeline.run(config, listener, epochs,
                forming, job.cancel()))), r -> {
            if (work.end(job)) {
                trained(r, current.synthetic());
            }
        }, failure -> {
            if (!work.end(job)) {
                return;
            }
            // the shown result's curve, not the stopped run's part of one
            losses.show(trained.get() == null ? null : trained.get().autoencoder());
            // Say what stays only when something does: the first training on new data has nothing before it, unless
            // this window computed one earlier (data opened again): then the next Train shows it without training.
            String kept = shown.resultProperty().get() != null ? "the previous result is kept"
                    : pipeline.holdsResultFor(config) ? "this data's result from earlier in this run is kept: "
                    + "Train shows it again without training"
                    : shown.shownEarlierOn(current.path()) ? "nothing is shown for this data yet: its result from "
                    + "earlier in this run had other settings"
                    : "no result on this data yet";
            if (failure instanceof CancelledException) {
                progress.say("Training cancelled; " + kept + ".");
            } else {
                fail("train", failure);
                progress.say("Training failed; " + kept + ".");
            }
            outOfDate.set(!changedSinceTraining().isEmpty()); // no re-projection again: it was just stopped
        });
    }

    /** The window's title and the status bar's data: "tracks.csv: 30 tracks, 3 genres", the tracks kept. */
    private static String titleOf(DataSet d) {
        int genres = d.genreNames().size();
        return String.format(Locale.ROOT, "%s: %,d tracks, %d genre%s", d.name(), d.rows(), genres,
                genres == 1 ? "" : "s");
    }

    private void trained(NumberedResult ready, boolean synthetic) {
        AnalysisResult r = ready.source();
        AnalysisResult before = trained.get();
        DataSet d = data.get();
        if (d == null || !r.reusedStages().contains("scale") || !d.path().equals(r.config().input())) {
            DataSet cleaned = DataSet.of(r, synthetic);
            data.set(cleaned);
            // cleaning and grouping as this training's settings had them: the title, the status bar and the sample's
            // note kept the counts of the opening's settings (2,000 tracks, 15 genres beside a Data tab of 1,919;
            // new user, session 28)
            dataTitle.set(titleOf(cleaned));
            if (d != null && d.synthetic() && cleaned.synthetic() && notice.get().contains(d.sampleNote())) {
                notice.set(notice.get().replace(d.sampleNote(), cleaned.sampleNote()));
            }
        }
        boolean reprojected = before != null && !collapsed.get()
                && r.config().stagesChangedFrom(before.config().with("k", r.config().k())).equals(List.of("project"));
        collapse.set(ResultTexts.collapse(r));
        shown.trained(r, before, reprojected);
        trained.set(r);
        notes.forgetDismissed();
        losses.show(r.autoencoder());
        sweep.shown(r, false);
        numbering.show(ready, false);
        if (reprojected) {
            sweep.reprojected(r);
        } else if (sameCodes(r, before)) {
            sweep.retrained(r); // "Shown again" or only k changed: the k range goes on, it does not start again
        } else {
            // the result's first frame, tables and hidden tabs come in the next second (TabUpdates): the sweep waits
            runner.activity().busyFor(RESULT_ARRIVAL_MS);
            sweep.start(r, keeper.keptSweep(r));
        }
        // before the save below replaces the session it was restored from
        if (keeper.openedByUser() != null) {
            restoreView(keeper.openedByUser(), r);
        } else if (r.reusedStages().contains(Pipeline.RESTORED)) {
            restoreView(keeper.last(), r);
        }
        keep(r);
        progress.say(keeper.explain(r) + progress.statusProperty().get()); // first: restored, or why computed again
        settingsChanged();
    }

    /**
     * Whether {@code r} clustered the very codes {@code before} did (the stage cache gave the same object, so nothing
     * was trained again) with the same settings of every stage, k aside: then every k the sweep computed for
     * {@code before} holds for {@code r}.
     */
    private static boolean sameCodes(AnalysisResult r, AnalysisResult before) {
        return before != null && r.representation() == before.representation()
                && r.config().input().equals(before.config().input())
                && r.config().stagesChangedFrom(before.config().with("k", r.config().k())).isEmpty();
    }

    /** Cancels the loading or training in progress (Esc); what was shown stays. */
    public void cancel() {
        work.cancel();
        exports.cancel();
    }

    private void display(NumberedResult ready, boolean isPreview) {
        AnalysisResult r = ready.source();
        shown.show(ready, isPreview, trained.get());
        if (!isPreview) {
            // a preview's notes (its silhouette sampled, as the line above the plot says) would put the banner up for
            // a moment and take it down with the full result: the tabs jumped 36 px under a new user's mouse
            notes.show(r.warnings());
        }
        if (!work.busyBinding().get()) {
            progress.say(ResultTexts.status(r, r == trained.get(), isPreview, notes.count(), collapsed.get()));
        }
    }

    /**
     * After any settings change: a change only the projection uses re-projects the trained clusters at once; one
     * that an earlier stage uses marks the results out of date until Train; k alone changes neither.
     */
    private void settingsChanged() {
        List<String> changed = changedSinceTraining();
        if (changed.equals(List.of("project")) && !work.busyBinding().get() && !collapsed.get()) {
            outOfDate.set(false);
            AnalysisResult r = trained.get();
            AnalysisConfig now = settings.config(r.config().input()).with("k", r.config().k());
            run(now, "Projecting with " + now.projection().id() + "...", false);
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
    public void select(int[] rows) { selection.set(rows.clone()); }

    public void dismissError() { error.set(null); }
    public void dismissNotice() { notice.set(""); }

    /** Shows a failure as one sentence and logs it with its stack trace. */
    public void fail(String doing, Throwable t) {
        error.set(UserError.logged(doing, t));
    }

    /** Writes settings, recent files and the last data to the store, and the last session. */
    public void saveState() {
        settings.save(store);
        store.flush();
        keep(trained.get());
    }

    /** Keeps {@code r} as shown, with the k sweep, the view and the Compare tab's result, as the last session. */
    private void keep(AnalysisResult r) {
        keeper.save(shown.asShown(r), sweepAsShown(r), view(r), keptComparison);
    }

    /**
     * The k sweep's clusterings of {@code trained}'s codes, the one on screen (the k slider's k, not a preview) with
     * the numbers the window shows it with: a restart restores the slider's k from the sweep, with nothing on screen
     * to number it against, and showed its clusters renumbered and recoloured (new user, session 16: "cluster 3" of
     * the last session was cluster 4). A renumbering permutes the labels and the centres together, so the clustering
     * stays the one K-Means found.
     */
    private java.util.Map<Integer, org.genrescope.model.clustering.Clustering> sweepAsShown(AnalysisResult trained) {
        java.util.Map<Integer, org.genrescope.model.clustering.Clustering> kept = sweep.clusterings();
        AnalysisResult onScreen = shown.resultProperty().get();
        if (trained == null || onScreen == null || shown.previewProperty().get() || onScreen == shown.asShown(trained)
                || !kept.containsKey(onScreen.config().k()) || !sameCodes(onScreen, trained)) {
            return kept;
        }
        java.util.Map<Integer, org.genrescope.model.clustering.Clustering> asShown = new java.util.TreeMap<>(kept);
        asShown.put(onScreen.config().k(), onScreen.clustering());
        return asShown;
    }

    /**
     * The Compare tab's result changed (a comparison finished, or new data forgot it): from now on it is kept in the
     * session with the trained result, and a finished one is kept at once (a window killed instead of closed keeps
     * it). The one just restored from the session changes nothing.
     */
    public void keepComparison(Comparison.Result comparison) {
        if (comparison == keptComparison) {
            return;
        }
        keptComparison = comparison;
        if (comparison != null && trained.get() != null) {
            keep(trained.get());
        }
    }

    /** How the window shows {@code r}, for the session: colour by genre, and the selected rows as track ids. */
    private SessionView view(AnalysisResult r) {
        if (r == null) {
            return SessionView.NONE;
        }
        int[] rows = selection.get();
        List<String> ids = new java.util.ArrayList<>(rows.length);
        for (int row : rows) {
            if (row >= 0 && row < r.rows()) {
                ids.add(r.tracks().idText(row));
            }
        }
        return new SessionView(colourByGenre.get(), ids, lassoSelect.get());
    }

    /**
     * Puts back how {@code from} (the session {@code r} was restored from) was shown: colour by genre, the select mode,
     * the selected tracks, found by their ids (an id no longer among the tracks is left out), and the Compare tab's
     * result.
     */
    private void restoreView(org.genrescope.session.Session from, AnalysisResult r) {
        if (from == null || !from.inputSha256().equals(r.input().sha256())) {
            return;
        }
        SessionView v = from.view();
        colourByGenre.set(v.colourByGenre());
        lassoSelect.set(v.lassoSelect());
        if (from.comparison() != null) {
            keptComparison = from.comparison(); // kept as it is: restoring it saves nothing new
            restoredComparison.set(new CompareViewModel.Restored(from.comparison(), from.savedAt()));
        }
        if (v.selectedTrackIds().isEmpty()) {
            return;
        }
        java.util.Set<String> wanted = new java.util.HashSet<>(v.selectedTrackIds());
        selection.set(java.util.stream.IntStream.range(0, r.rows())
                .filter(i -> wanted.contains(r.tracks().idText(i))).toArray());
    }

    public SettingsStore store() { return store; }
    public SettingsViewModel settings() { return settings; }
    public ProgressViewModel progress() { return progress; }
    /** The window's moments of interaction, which the k sweep steps aside for. */
    public UserActivity activity() { return runner.activity(); }
    public LossViewModel losses() { return losses; }
    public NotesViewModel notes() { return notes; }
    public KSweepViewModel sweep() { return sweep; }
    public ExportViewModel exports() { return exports; }
    public Pipeline pipeline() { return pipeline; }
    /** The runner this workbench works off the UI thread with, for the views' own slow work. */
    public BackgroundRunner runner() { return runner; }
    public OpenDataViewModel opening() { return opening; }
    public StabilityViewModel stability() { return stability; }
    public SessionsViewModel sessions() { return sessions; }
    /** Train's time before it is pressed, and the last training's against its estimate. */
    public EstimateViewModel estimate() { return estimate; }
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
    public BooleanBinding collapsedProperty() { return collapsed; }
    /** Why the trained autoencoder collapsed and what to change, in the window's words; "" when it did not. */
    public ReadOnlyStringProperty collapseProperty() { return collapse.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return work.loadingProperty(); }
    public ReadOnlyBooleanProperty trainingProperty() { return work.trainingProperty(); }
    /** Whether a load or training runs. */
    public BooleanBinding busyBinding() { return work.busyBinding(); }
    public ReadOnlyStringProperty statusProperty() { return progress.statusProperty(); }
    /** What the metrics table says while it has no rows. */
    public StringBinding metricsPlaceholderBinding() { return work.metricsPlaceholder(); }

    /** What the cluster plot says while it has no figure (as {@link #metricsPlaceholderBinding} for the metrics). */
    public StringBinding plotPlaceholderBinding() { return work.plotPlaceholder(); }
    public ReadOnlyObjectProperty<int[]> selectionProperty() { return selection.getReadOnlyProperty(); }
    /** Whether the Clusters plot colours tracks by genre (else by cluster); kept in the session. */
    public javafx.beans.property.BooleanProperty colourByGenreProperty() { return colourByGenre; }
    /** Whether Shift+drag on the Clusters plot draws a lasso (else a box); kept in the session's view. */
    public javafx.beans.property.BooleanProperty lassoSelectProperty() { return lassoSelect; }
    /**
     * The Compare tab's result last restored from a session (with the result it belongs to, on data with its SHA-256);
     * null before any. The Compare tab shows it, saying it was restored.
     */
    public ReadOnlyObjectProperty<CompareViewModel.Restored> restoredComparisonProperty() {
        return restoredComparison.getReadOnlyProperty();
    }
}
