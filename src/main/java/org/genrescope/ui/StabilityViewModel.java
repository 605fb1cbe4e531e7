package org.genrescope.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.StabilityStudy;
import org.genrescope.analysis.Pipeline;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.TreeFigure;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;

/**
 * The Stability tab's state: the window's current settings run once per seed, N seeds from the settings' seed, in
 * the background ({@link StabilityStudy}, through the window's own pipeline, so its stage cache serves every stage
 * the seed does not drive), with progress and cancel; then each metric's spread, the pairwise ARI, the tracks that change cluster
 * most and the split tree across k. New data forgets the study. Never touches a toolkit (ADR 0014).
 */
public final class StabilityViewModel {
    /** The seeds a study runs by default: enough for a spread, few enough for minutes on the real data. */
    public static final int DEFAULT_SEEDS = 5;
    /** The split tree's default k range, clustree's usual depth. */
    public static final int DEFAULT_TREE_K_MIN = 2;
    public static final int DEFAULT_TREE_K_MAX = 8;

    private final BackgroundRunner runner;
    private final SettingsViewModel settings;
    private final Pipeline pipeline;
    private final int threads;
    private final ObservableValue<DataSet> data;
    private final IntegerProperty seeds = new SimpleIntegerProperty(DEFAULT_SEEDS);
    private final IntegerProperty treeKMin = new SimpleIntegerProperty(DEFAULT_TREE_K_MIN);
    private final IntegerProperty treeKMax = new SimpleIntegerProperty(DEFAULT_TREE_K_MAX);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(IDLE);
    private final ReadOnlyObjectWrapper<StabilityStudy.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** "" while the study shown was run with the window's settings, else a sentence saying it was not. */
    private final ReadOnlyStringWrapper stale = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<StabilityRows.Metric>> metrics = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<StabilityRows.Track>> tracks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<HeatmapFigure> ari = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TreeFigure> tree = new ReadOnlyObjectWrapper<>();
    private CancellationSource cancel = new CancellationSource();
    /** Counts studies, so that a late callback of a replaced one changes nothing. */
    private long generation;

    private static final String IDLE = "Run trains the current settings once per seed and shows how much the answer "
            + "depends on the seed.";

    /** @param threads at least 1, for the split tree's K-Means */
    public StabilityViewModel(BackgroundRunner runner, SettingsViewModel settings, Pipeline pipeline, int threads,
                              ObservableValue<DataSet> data) {
        this.runner = runner;
        this.settings = settings;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.data = data;
        data.addListener((o, old, now) -> forget());
        settings.revisionProperty().addListener(x -> settingsChanged());
        outcome.addListener(x -> settingsChanged());
    }

    /** What {@link #staleProperty()} says when the settings changed since the study shown was run. */
    static final String STALE = "Settings changed since this study: it shows the old settings until you press Run.";

    /**
     * Says whether the study shown was run with other settings than the window's now (new user, session 30: a study
     * of latent size 5 stood unmarked beside latent size 3), as Compare does ({@link CompareViewModel#otherSettings}).
     */
    private void settingsChanged() {
        StabilityStudy.Outcome shown = outcome.get();
        DataSet d = data.getValue();
        stale.set(shown != null && d != null && CompareViewModel.otherSettings(() -> settings.config(d.path()),
                shown.stability().config()) ? STALE : "");
    }

    /** Runs the study on the open data with the current settings; nothing when one runs or no data is open. */
    public void run() {
        DataSet d = data.getValue();
        if (running.get() || d == null) {
            return;
        }
        AnalysisConfig config;
        try {
            config = settings.config(d.path());
        } catch (InvalidSettingException e) {
            status.set(UserError.of("run the stability study", e).sentence());
            return;
        }
        int n = Math.max(2, seeds.get());
        // from the settings' seed, as Compare: the result on screen is the study's first run (its stages come from
        // the cache), and the two tabs look at the same runs (the README said so; the study ran 1..N)
        List<Long> seedList = CompareViewModel.seeds(config.seed(), n);
        int kMin = treeKMin.get();
        int kMax = treeKMax.get();
        long own = ++generation;
        CancellationSource token = new CancellationSource();
        cancel = token;
        running.set(true);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "Training seed %d, 1 of %d...", seedList.get(0), n));
        ProgressListener listener = (stage, done, total, message) -> {
            boolean seedStarts = "stability".equals(stage);
            if (seedStarts || "split tree".equals(stage)) { // not every epoch: the status says which seed runs
                runner.onUiThread(() -> {
                    if (own == generation && running.get()) {
                        if (seedStarts) {
                            progress.set(total > 0 ? (double) done / total : -1);
                        }
                        status.set(WindowWords.capitalised(message) + "...");
                    }
                });
            }
        };
        runner.run(() -> new StabilityStudy(pipeline, threads).run(config, seedList, kMin, kMax, listener, token),
                result -> finished(own, result), failure -> failed(own, failure));
    }

    /** Stops the running study; what was shown before it stays. */
    public void cancel() {
        cancel.cancel();
    }

    private void finished(long own, StabilityStudy.Outcome result) {
        if (own != generation) {
            return;
        }
        running.set(false);
        progress.set(1);
        outcome.set(result);
        var s = result.stability().summary();
        summary.set(StabilityRows.summary(s));
        metrics.set(StabilityRows.metrics(s));
        tracks.set(StabilityRows.tracks(s, result.stability().tracks()));
        String caption = data.getValue() == null ? "" : data.getValue().caption();
        ari.set(StabilityFigures.ari(s, caption));
        tree.set(result.tree() == null ? null
                : StabilityFigures.tree(result.tree(), result.treeSeeds(), result.stability().config(), caption));
        status.set(String.format(Locale.ROOT, "Done: %d seeds of %s.", s.runs().size(), describe(result)));
    }

    private void failed(long own, Throwable failure) {
        if (own != generation) {
            return;
        }
        running.set(false);
        progress.set(0);
        status.set(failure instanceof CancelledException ? "Cancelled; " + (outcome.get() == null
                ? "no study on this data yet." : "the previous study is kept.")
                : UserError.of("run the stability study", failure).sentence());
    }

    /** New data: the study in progress stops, the last one is gone. */
    private void forget() {
        cancel.cancel();
        generation++;
        running.set(false);
        progress.set(0);
        status.set(IDLE);
        outcome.set(null);
        summary.set("");
        metrics.set(List.of());
        tracks.set(List.of());
        ari.set(null);
        tree.set(null);
    }

    private static String describe(StabilityStudy.Outcome r) {
        AnalysisConfig c = r.stability().config();
        String latent = c.representation() == org.genrescope.analysis.Representation.FEATURES ? ""
                : String.format(Locale.ROOT, " (latent size %d)", c.latent());
        return String.format(Locale.ROOT, "k = %d, %s%s, %s", c.k(), c.representation().id(), latent,
                c.algorithm().id());
    }

    /** How many seeds (the settings' seed and the next N - 1) the next study runs; at least 2. */
    public IntegerProperty seedsProperty() { return seeds; }
    /** The split tree's smallest k, at least 2. */
    public IntegerProperty treeKMinProperty() { return treeKMin; }
    /** The split tree's largest k (cut to the tracks). */
    public IntegerProperty treeKMaxProperty() { return treeKMax; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0 to 1 over the seeds; -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** "" while the study shown matches the window's settings, else a sentence saying it does not. */
    public ReadOnlyStringProperty staleProperty() { return stale.getReadOnlyProperty(); }
    /** The last finished study on the open data; null for none. */
    public ReadOnlyObjectProperty<StabilityStudy.Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    /** The runs, the collapsed ones and what was left out, the mean ARI, in words; empty before a study. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<List<StabilityRows.Metric>> metricsProperty() { return metrics.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<List<StabilityRows.Track>> tracksProperty() { return tracks.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<HeatmapFigure> ariFigureProperty() { return ari.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TreeFigure> treeFigureProperty() { return tree.getReadOnlyProperty(); }
}
