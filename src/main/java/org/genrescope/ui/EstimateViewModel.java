package org.genrescope.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Representation;
import org.genrescope.settings.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The side panel's word on how long Train will take, before it is pressed, and afterwards how long it took against
 * that word. The estimate ({@link TrainingEstimate}) follows the data, the settings and the trained result (only
 * the stages Train would compute again count); the paces come from the runs this machine made, kept in the
 * preferences ({@link Preferences#pace}), and every training's result measures the paces of the stages it computed.
 * The comparison is also logged. Call on the UI thread.
 */
public final class EstimateViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EstimateViewModel.class);
    private static final List<String> STAGES = List.of("represent", "cluster", "project");
    private static final List<String> DATA_STAGES = List.of("load", "group", "scale");

    private final SettingsViewModel settings;
    private final ObservableValue<DataSet> data;
    private final ObservableValue<AnalysisResult> trained;
    private final SettingsStore store;
    private final java.util.function.Supplier<Map<String, Double>> secondsPerStep;
    /** The threads the window's pipeline clusters with (its k sweep uses one fewer). */
    private final int threads;
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastRun = new ReadOnlyStringWrapper("");
    /** The estimate for the settings and data as they are now; null when there is none (no data, a bad setting). */
    private TrainingEstimate.Estimate current;
    /** The estimate when the running training started; null when none runs or there was none. */
    private TrainingEstimate.Estimate atStart;

    /**
     * @param trained  the last training's result (a new value is a finished training)
     * @param training whether a training runs (its start keeps the estimate to compare the result with)
     * @param store    where the paces are remembered
     * @param secondsPerStep after a training, the seconds its epochs and restarts took each, by stage
     *                       ({@link ProgressViewModel#newestSecondsPerUnit})
     * @param threads  the threads the window's pipeline clusters with (the k sweep after Train uses one fewer)
     */
    public EstimateViewModel(SettingsViewModel settings, ObservableValue<DataSet> data,
                             ObservableValue<AnalysisResult> trained, ObservableValue<Boolean> training,
                             SettingsStore store, java.util.function.Supplier<Map<String, Double>> secondsPerStep,
                             int threads) {
        this.settings = settings;
        this.threads = threads;
        this.secondsPerStep = secondsPerStep;
        this.data = data;
        this.trained = trained;
        this.store = store;
        InvalidationListener update = x -> update();
        settings.revisionProperty().addListener(update);
        settings.featuresInUse().addListener(update);
        data.addListener(update);
        // the last training's time is of its data: after another data set is opened it read as that one's (new user,
        // session 22)
        data.addListener((o, was, now) -> {
            if (now == null || was == null || !java.util.Objects.equals(was.path(), now.path())) {
                lastRun.set("");
            }
        });
        training.addListener((o, was, now) -> {
            if (now) {
                atStart = current;
            }
        });
        trained.addListener((o, was, now) -> {
            if (now != null && now != was) {
                measure(now);
            }
            update();
        });
        update();
    }

    private void update() {
        DataSet d = data.getValue();
        current = null;
        if (d == null) {
            estimate.set("");
            return;
        }
        AnalysisConfig config;
        try {
            config = settings.config(d.path());
        } catch (InvalidSettingException e) {
            estimate.set(""); // Train is disabled, and the settings pane names the bad setting
            return;
        }
        List<String> stages = stagesToRun(config, trained.getValue());
        List<TrainingWork.Part> parts = TrainingWork.of(config, d.rows(), settings.featuresInUse().size(),
                config.autoencoder().epochs(), stages);
        Map<String, Integer> otherSize = new HashMap<>();
        Map<String, TrainingEstimate.Pace> paces = pacesFor(parts, d.rows(), otherSize);
        current = TrainingEstimate.of(parts, paces);
        estimate.set(TrainingEstimate.words(current, stages.stream().anyMatch(DATA_STAGES::contains), otherSize,
                d.rows()) + sweepWords(config, d, stages));
    }

    /**
     * The remembered paces of {@code parts} that were measured on a similar number of tracks to {@code rows}
     * ({@link TrainingEstimate#similarSize}); the others that were measured go into {@code otherSize} with their
     * number of tracks.
     */
    private Map<String, TrainingEstimate.Pace> pacesFor(List<TrainingWork.Part> parts, int rows,
                                                        Map<String, Integer> otherSize) {
        Map<String, TrainingEstimate.Pace> paces = new HashMap<>();
        for (TrainingWork.Part p : parts) {
            java.util.Optional<Double> perUnit = store.get(Preferences.pace(p.pace()));
            if (perUnit.isEmpty()) {
                continue;
            }
            double measuredOn = store.get(Preferences.paceRows(p.pace())).orElse(0.0);
            if (TrainingEstimate.similarSize(measuredOn, rows)) {
                paces.put(p.pace(), new TrainingEstimate.Pace(perUnit.get(),
                        store.get(Preferences.paceOfRest(p.pace())).orElse(0.0)));
                continue;
            }
            // the last run was of another size: the last one of a similar size, kept by its size class
            TrainingEstimate.Pace similar = similarPace(p.pace(), rows);
            if (similar != null) {
                paces.put(p.pace(), similar);
            } else {
                otherSize.put(p.pace(), (int) measuredOn);
            }
        }
        return paces;
    }

    /** The pace of {@code name} the last run of a similar size to {@code rows} measured, by size class; null if none. */
    private TrainingEstimate.Pace similarPace(String name, int rows) {
        int size = Preferences.sizeClass(rows);
        for (int c : new int[] {size, size - 1, size + 1}) {
            java.util.Optional<Double> perUnit = store.get(Preferences.pace(name, c));
            double measuredOn = store.get(Preferences.paceRows(name, c)).orElse(0.0);
            if (perUnit.isPresent() && measuredOn > 0 && TrainingEstimate.similarSize(measuredOn, rows)) {
                return new TrainingEstimate.Pace(perUnit.get(), store.get(Preferences.paceOfRest(name, c)).orElse(0.0));
            }
        }
        return null;
    }

    /**
     * The k sweep the window runs after this Train, when it sweeps again (new codes or other clustering settings; a
     * change of k alone goes on with the range swept, a projection change re-draws it), at K-Means' measured pace:
     * a new user at a million tracks read "Train takes about 10 min" and did not know that the k range took longer
     * still in the background (session 16).
     */
    private String sweepWords(AnalysisConfig config, DataSet d, List<String> stages) {
        AnalysisResult before = trained.getValue();
        boolean sweepsAgain = stages.contains("represent") || stages.contains("cluster") && (before == null
                || config.stagesChangedFrom(before.config().with("k", config.k())).contains("cluster"));
        if (!sweepsAgain || config.projection() == org.genrescope.analysis.ProjectionMethod.NONE) {
            return ""; // nothing swept again, or nothing to sweep: the sweep needs the plot's projection
        }
        int kMin = settings.kRangeMinProperty().get();
        int kMax = settings.kRangeMaxProperty().get();
        TrainingWork.Part sweep = TrainingWork.sweep(config, d.rows(), settings.featuresInUse().size(), kMin, kMax,
                threads);
        if (sweep == null) {
            return "";
        }
        Map<String, TrainingEstimate.Pace> paces = pacesFor(List.of(sweep), d.rows(), new HashMap<>());
        return TrainingEstimate.sweepWords(TrainingEstimate.of(List.of(sweep), paces), kMin, Math.min(kMax, d.rows()));
    }

    /**
     * The stages a Train of {@code config} computes after {@code before} (the trained result; null for none): the
     * autoencoder's (or the representation's), the clustering and the projection when nothing is trained on this data
     * (opening it read and scaled it), else the ones whose settings changed and those after them.
     */
    static List<String> stagesToRun(AnalysisConfig config, AnalysisResult before) {
        if (before == null || !before.config().input().toAbsolutePath().normalize()
                .equals(config.input().toAbsolutePath().normalize())) {
            return STAGES;
        }
        return config.stagesChangedFrom(before.config());
    }

    /** Keeps the paces {@code r} measured and says how it went against the estimate at its start. */
    private void measure(AnalysisResult r) {
        if (r.reusedStages().contains(Pipeline.RESTORED)) {
            atStart = null; // a saved session's stages: their timings are not this machine's pace now
            return;
        }
        List<String> ran = STAGES.stream().filter(s -> !r.reusedStages().contains(s)).toList();
        if (ran.isEmpty()) {
            atStart = null; // shown again from this run's cache: nothing was computed
            return;
        }
        AnalysisConfig c = r.config();
        int epochs = c.representation() == Representation.AUTOENCODER && r.autoencoder() != null
                ? r.autoencoder().weights().lossPerEpoch().length // early stopping may end before the setting
                : c.autoencoder().epochs();
        List<TrainingWork.Part> parts = TrainingWork.of(c, r.rows(), r.scaled().columns(), epochs, ran);
        Map<String, TrainingEstimate.Pace> measured = TrainingEstimate.paces(parts, r.timingsMs(),
                secondsPerStep.get());
        measured.forEach((name, pace) -> {
            store.put(Preferences.pace(name), pace.perUnit());
            store.put(Preferences.paceOfRest(name), pace.perRow());
            store.put(Preferences.paceRows(name), (double) r.rows());
            int size = Preferences.sizeClass(r.rows());
            store.put(Preferences.pace(name, size), pace.perUnit());
            store.put(Preferences.paceOfRest(name, size), pace.perRow());
            store.put(Preferences.paceRows(name, size), (double) r.rows());
        });
        double seconds = r.timingsMs().values().stream().mapToLong(Long::longValue).sum() / 1000.0;
        lastRun.set(TrainingEstimate.comparison(seconds, atStart));
        LOG.info("training of {} rows took {} s (stages {}); estimated before it: {}", r.rows(), seconds,
                r.timingsMs(), atStart == null || atStart.unknown() ? "none" : atStart.seconds() + " s"
                        + (atStart.complete() ? "" : " without " + atStart.unmeasured()));
        atStart = null;
    }

    /** The estimate before Train, one sentence; empty without data or with a bad setting. */
    public ReadOnlyStringProperty estimateProperty() { return estimate.getReadOnlyProperty(); }

    /**
     * How long the last training took against its estimate, one sentence; empty before the first, and from the
     * opening of other data until its first training.
     */
    public ReadOnlyStringProperty lastRunProperty() { return lastRun.getReadOnlyProperty(); }
}
