package org.genrescope.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.genrescope.analysis.report.ReportJson;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.TrackTable;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Runs one configuration once per seed through one {@link Pipeline} and summarises the runs
 * ({@link StabilitySummary}). The pipeline's caches keep the load, genre grouping and scaling of the first run, and
 * every stage the seed does not drive (a PCA representation, say); only the seed's stages run again. No projection is
 * computed: no metric depends on it.
 */
public final class StabilityRun {
    /** report.json's counts beside the metrics, which are not metrics themselves. */
    private static final Set<String> NOT_METRICS = Set.of("silhouette_points", "silhouette_sampled",
            "silhouette_sample_seed", "points_scored");

    private final Pipeline pipeline;

    /** A study that runs through {@code pipeline} (one analysis at a time, as the pipeline allows). */
    public StabilityRun(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /**
     * What a study produced.
     *
     * @param config   the settings every run shared (the first seed's; the seed differs per run, the projection is
     *                 none)
     * @param input    which input, with its hash
     * @param tracks   the kept tracks, in the order of the labels
     * @param notes    the distinct warnings the runs gave, each once, in the order first given
     * @param summary  the runs and their summary
     */
    public record Outcome(AnalysisConfig config, InputInfo input, TrackTable tracks, List<String> notes,
                          StabilitySummary summary) {
        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Runs {@code config} once per seed, in the order given.
     *
     * @param seeds at least one, no seed twice
     * @throws DataLoadException naming the file, line and column that cannot be read
     * @throws org.genrescope.settings.InvalidSettingException when a setting cannot be used
     * @throws org.genrescope.task.CancelledException when {@code cancel} is cancelled
     * @throws IllegalArgumentException when {@code seeds} is empty or repeats a seed
     */
    public Outcome run(AnalysisConfig config, List<Long> seeds, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        return run(config, seeds, progress, cancel, result -> { });
    }

    /**
     * As {@link #run(AnalysisConfig, List, ProgressListener, CancellationToken)}, handing each seed's full result to
     * {@code each} (on the calling thread, in seed order) for what the summary does not keep, such as the split
     * tree's clusterings of its representation.
     */
    public Outcome run(AnalysisConfig config, List<Long> seeds, ProgressListener progress, CancellationToken cancel,
                       java.util.function.Consumer<AnalysisResult> each) throws DataLoadException, IOException {
        if (seeds.isEmpty() || new LinkedHashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("seeds must be at least one, none twice: " + seeds);
        }
        AnalysisConfig unprojected = config.with("projection", ProjectionMethod.NONE);
        List<StabilitySummary.Run> runs = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        AnalysisResult first = null;
        for (int i = 0; i < seeds.size(); i++) {
            long seed = seeds.get(i);
            progress.progress("stability", i, seeds.size(), "seed " + seed + " (run " + (i + 1) + " of "
                    + seeds.size() + ")");
            AnalysisResult result = pipeline.run(unprojected.with("seed", seed), progress, cancel);
            cancel.throwIfCancelled();
            if (first == null) {
                first = result;
            }
            result.warnings().forEach(w -> notes.add("seed " + seed + ": " + w));
            runs.add(new StabilitySummary.Run(seed, collapsed(result), metrics(result), result.clustering().labels()));
            each.accept(result);
        }
        progress.progress("stability", seeds.size(), seeds.size(), "summarising " + seeds.size() + " runs");
        return new Outcome(first.config(), first.input(), first.tracks(), new ArrayList<>(notes),
                StabilitySummary.of(runs));
    }

    /** Whether the run's autoencoder collapsed; a run without one never does. */
    static boolean collapsed(AnalysisResult result) {
        return result.autoencoder() != null && result.autoencoder().collapsed();
    }

    /**
     * The run's metrics by report.json's key, {@code space.name} (every number of its {@code metrics} block but the
     * point counts), null where undefined or meaningless ({@link MetricValue#meaningless()}); none of
     * {@code vs_genre} for data without genres.
     */
    public static Map<String, Double> metrics(AnalysisResult result) {
        Map<String, Double> out = new LinkedHashMap<>();
        Object block = ReportJson.toMap(result).get("metrics");
        if (block instanceof Map<?, ?> spaces) {
            spaces.forEach((space, values) -> {
                if (values instanceof Map<?, ?> byName) {
                    byName.forEach((name, value) -> {
                        String key = (String) name;
                        boolean metric = !NOT_METRICS.contains(key) && !key.endsWith("_undefined")
                                && !key.endsWith("_warning");
                        // a number of rounding noise is kept in report.json beside its warning, but means nothing
                        boolean noise = byName.get(key + "_warning") instanceof String w
                                && MetricValue.isRoundingNoise(w);
                        if (metric && (value == null || value instanceof Number)) {
                            out.put(space + "." + key, value == null || noise ? null : ((Number) value).doubleValue());
                        }
                    });
                }
            });
        }
        return out;
    }
}
