package org.genrescope.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.analysis.Pipeline;
import org.genrescope.figures.ComparisonFigures;
import org.genrescope.plot.Figure;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;

/**
 * The Compare tab's state (issue 12, "does the autoencoder help?"): runs {@link Comparison} in the background on the
 * workbench's pipeline (so loading, scaling and the current seed's autoencoder come from its stage cache) with the
 * workbench's settings and k, over {@link #seedsProperty()} seeds starting at the settings' seed; shows its progress,
 * can be cancelled (the previous comparison stays), and offers the figure and the contingency table the user picks.
 * The texts of its tables come from {@link CompareTexts}. No toolkit (ADR 0014).
 */
public final class CompareViewModel {
    /** The most seeds the spinner offers: each seed trains an autoencoder. */
    public static final int MAX_SEEDS = 10;
    /** What the figure chooser offers beside the headline metrics. */
    public static final String CEILING = ComparisonFigures.CEILING_FILE;

    private final BackgroundRunner runner;
    private final Pipeline pipeline;
    private final Supplier<AnalysisConfig> settings;
    private final BiConsumer<String, Throwable> fail;
    private final IntegerProperty seeds = new SimpleIntegerProperty(3);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    /** "" while the comparison shown was made with the window's settings, else a sentence saying it was not. */
    private final ReadOnlyStringWrapper stale = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Compare runs the four methods with this k and these settings over the seeds.");
    private final ReadOnlyObjectWrapper<Comparison.Result> result = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> figureMetric = new SimpleObjectProperty<>(
            ComparisonFigures.HEADLINE.keySet().iterator().next());
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ComparisonMethod> pairA = new SimpleObjectProperty<>(ComparisonMethod.AUTOENCODER_KMEANS);
    private final ObjectProperty<ComparisonMethod> pairB = new SimpleObjectProperty<>(ComparisonMethod.PCA_KMEANS);
    private CancellationSource cancel = new CancellationSource();
    /** Bumped by every run and reset, so that a replaced run's callbacks change nothing. */
    private long generation;

    /**
     * @param settings the workbench's settings as a config for the open data (k included); may throw
     *                 {@link org.genrescope.settings.InvalidSettingException}, or return null when no data is open
     * @param fail     shows a failure as one sentence
     */
    public CompareViewModel(BackgroundRunner runner, Pipeline pipeline, Supplier<AnalysisConfig> settings,
                            BiConsumer<String, Throwable> fail) {
        this.runner = runner;
        this.pipeline = pipeline;
        this.settings = settings;
        this.fail = fail;
        figureMetric.addListener(x -> updateFigure());
        result.addListener(x -> updateFigure());
        result.addListener(x -> settingsChanged());
    }

    /**
     * Takes the bar figure's metric from {@code store} and keeps every later choice there: a new user left it on
     * Silhouette and found Davies-Bouldin after a restart (session 17). A remembered metric the figure no longer
     * offers is ignored. Call once, on the UI thread.
     */
    public void rememberFigureMetric(SettingsStore store) {
        store.get(Preferences.COMPARE_FIGURE_METRIC).filter(ComparisonFigures.HEADLINE::containsKey)
                .ifPresent(figureMetric::set);
        figureMetric.addListener((o, was, now) -> {
            if (now != null) {
                store.put(Preferences.COMPARE_FIGURE_METRIC, now);
            }
        });
    }

    /** The seeds a comparison uses: the settings' seed and the next {@code count - 1}. */
    public static List<Long> seeds(long first, int count) {
        return LongStream.range(0, count).map(i -> first + i).boxed().toList();
    }

    /** Runs the comparison in the background; nothing when one runs or no data is open. */
    public void compare() {
        if (running.get()) {
            return;
        }
        AnalysisConfig config;
        try {
            config = settings.get();
        } catch (RuntimeException e) {
            fail.accept("compare", e);
            return;
        }
        if (config == null) {
            status.set("Open data to compare.");
            return;
        }
        List<Long> chosen = seeds(config.seed(), Math.max(1, Math.min(MAX_SEEDS, seeds.get())));
        long own = ++generation;
        cancel = new CancellationSource();
        CancellationSource token = cancel;
        running.set(true);
        progress.set(-1);
        status.set(String.format(Locale.ROOT, "Comparing with k\u00a0=\u00a0%d over seeds %s...", config.k(),
                CompareTexts.seedText(chosen)));
        long started = System.nanoTime();
        runner.run(() -> Comparison.run(pipeline, config, chosen, relay(own), token), r -> {
            if (own != generation) {
                return;
            }
            running.set(false);
            progress.set(0);
            result.set(r);
            status.set(String.format(Locale.ROOT, "Compared %,d tracks with k\u00a0=\u00a0%d over seeds %s in %.0f s.",
                    r.tracks(), r.base().k(), CompareTexts.seedText(r.seeds()), (System.nanoTime() - started) / 1e9));
        }, failure -> {
            if (own != generation) {
                return;
            }
            running.set(false);
            progress.set(0);
            String kept = result.get() == null ? "" : "; the previous comparison is kept";
            if (failure instanceof CancelledException) {
                status.set("Comparison cancelled" + kept + ".");
            } else {
                status.set("Comparison failed" + kept + ".");
                fail.accept("compare", failure);
            }
        });
    }

    /**
     * A comparison read back from a session, and when that session was saved.
     *
     * @param result  the comparison as it was computed ({@code session.ComparisonSessionJson} derives its summaries
     *                again with the comparison's own code)
     * @param savedAt when the session holding it was written
     */
    public record Restored(Comparison.Result result, java.time.Instant savedAt) {
        public Restored {
            java.util.Objects.requireNonNull(result, "result");
            java.util.Objects.requireNonNull(savedAt, "savedAt");
        }
    }

    private static final java.time.format.DateTimeFormatter SAVED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /**
     * Shows a comparison restored from a session (a restart, File > Open session), saying so in the status: it was not
     * computed again, and Compare computes it again. The Seeds spinner takes its number of seeds. A running comparison
     * is stopped: the restored one belongs to the result just restored.
     */
    public void restore(Restored restored) {
        cancel.cancel();
        generation++;
        running.set(false);
        progress.set(0);
        Comparison.Result r = restored.result();
        // the spinner beside it says the seeds it was computed over, not the default (a new user read "Seeds 3" beside
        // a comparison of 2 as a mismatch, session 15); Compare runs again from the settings' seed, as it always does
        seeds.set(Math.max(1, Math.min(MAX_SEEDS, r.seeds().size())));
        result.set(r);
        status.set(restoredText(r, restored.savedAt()));
    }

    /** The status of a restored comparison: "Restored from the session saved ..., not computed again: ...". */
    static String restoredText(Comparison.Result r, java.time.Instant savedAt) {
        // "k = 16" never broken over two lines (a no-break space each side of "=")
        return String.format(Locale.ROOT, "Restored from the session saved %s, not computed again: %,d tracks "
                + "compared with k\u00a0=\u00a0%d over seeds %s. Compare runs it again.", SAVED.format(savedAt),
                r.tracks(), r.base().k(), CompareTexts.seedText(r.seeds()));
    }

    /** What {@link #staleProperty()} says when the settings changed since the comparison shown was made. */
    static final String STALE = "Settings changed since this comparison: it shows the old settings until you press "
            + "Compare.";

    /**
     * The settings (or k) changed, or a comparison arrived: says whether the comparison shown was made with other
     * settings than the window's now (any the comparison uses: all but the projection's), as the result's banner
     * does for the trained result (new user, session 30: a latent-5 comparison stood unmarked beside latent size 3).
     * A setting that does not parse counts as changed.
     */
    public void settingsChanged() {
        Comparison.Result shown = result.get();
        if (shown == null) {
            stale.set("");
            return;
        }
        stale.set(otherSettings(settings, shown.base()) ? STALE : "");
    }

    /**
     * Whether {@code made} (what a comparison or a stability study ran with) differs from the window's settings
     * {@code now} in anything but the projection, which neither uses; no settings, or settings that do not parse, count
     * as different.
     */
    static boolean otherSettings(Supplier<AnalysisConfig> now, AnalysisConfig made) {
        try {
            AnalysisConfig current = now.get();
            return current == null || current.stagesChangedFrom(made).stream().anyMatch(s -> !s.equals("project"));
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Stops the running comparison (Cancel); what was shown stays. */
    public void cancel() {
        cancel.cancel();
    }

    /** New data: stops any comparison and forgets the shown one, which was of other data. */
    public void reset() {
        cancel.cancel();
        generation++;
        running.set(false);
        progress.set(0);
        result.set(null);
        status.set("Compare runs the four methods with this k and these settings over the seeds.");
    }

    /**
     * Progress of the whole comparison: the comparison's own steps ("compare", one per method and seed) set the
     * fraction and the text; a step's inner stages (training, clustering ...) move the fraction within the step.
     */
    private ProgressListener relay(long own) {
        AtomicReference<double[]> step = new AtomicReference<>(new double[] {0, 1});
        AtomicReference<String> stepText = new AtomicReference<>("");
        AtomicReference<Object[]> latest = new AtomicReference<>();
        return (stage, done, total, message) -> {
            double fraction;
            String text;
            if ("compare".equals(stage)) {
                step.set(new double[] {done, Math.max(1, total)});
                stepText.set(done < total ? String.format(Locale.ROOT, "%s (run %d of %d)", message, done + 1, total)
                        : message);
                fraction = done / (double) Math.max(1, total);
                text = stepText.get();
            } else {
                double[] s = step.get();
                double inner = total > 0 ? Math.min(1, done / (double) total) : 0;
                fraction = (s[0] + inner) / s[1];
                text = stepText.get() + ": " + stage;
            }
            if (latest.getAndSet(new Object[] {fraction, text}) == null) {
                runner.onUiThread(() -> {
                    Object[] last = latest.getAndSet(null);
                    if (own == generation && running.get() && last != null) {
                        progress.set((double) last[0]);
                        status.set("Comparing: " + last[1]);
                    }
                });
            }
        };
    }

    private void updateFigure() {
        Comparison.Result r = result.get();
        String metric = figureMetric.get();
        figure.set(r == null || metric == null ? null : CEILING.equals(metric) ? ComparisonFigures.ceiling(r.ceiling())
                : ComparisonFigures.metric(r, metric));
    }

    /** The contingency table of the chosen pair (rows: {@link #pairAProperty()}'s clusters), or null. */
    public CompareTexts.Contingency contingency() {
        return CompareTexts.contingency(result.get(), pairA.get(), pairB.get());
    }

    /** How many seeds to run (1 to {@link #MAX_SEEDS}; 3 at first). */
    public IntegerProperty seedsProperty() { return seeds; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0..1 while running, -1 before the first step reports, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** "" while the comparison shown matches the window's settings, else why it does not ({@link #settingsChanged}). */
    public ReadOnlyStringProperty staleProperty() { return stale.getReadOnlyProperty(); }
    /** The shown comparison; null before the first. */
    public ReadOnlyObjectProperty<Comparison.Result> resultProperty() { return result.getReadOnlyProperty(); }
    /** A key of {@link ComparisonFigures#HEADLINE}, or {@link #CEILING}. */
    public ObjectProperty<String> figureMetricProperty() { return figureMetric; }
    /** The bar figure of the chosen metric; null when there is no comparison or no method has a value. */
    public ReadOnlyObjectProperty<Figure> figureProperty() { return figure.getReadOnlyProperty(); }
    public ObjectProperty<ComparisonMethod> pairAProperty() { return pairA; }
    public ObjectProperty<ComparisonMethod> pairBProperty() { return pairB; }
}
