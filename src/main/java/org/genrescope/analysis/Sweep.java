package org.genrescope.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.genrescope.data.DataLoadException;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.clustering.KMeans;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Runs every cell of a {@link SweepGrid}: for each latent size and seed the representation is built once (one
 * autoencoder training; a PCA, which no seed changes, once per latent size) through the pipeline, whose caches keep
 * the loaded, grouped and scaled data for all of them; then each k clusters that representation with the configured
 * restarts and is scored in full ({@link Reclustering}, the same result as a pipeline run with that k). The exact
 * silhouettes of all the cells of one latent size are computed together ({@link SweepSilhouettes}): each pairwise
 * distance once per space for all of them, in the scaled features always and in the code when the seeds share it.
 * Cells already finished (read back from an earlier, interrupted sweep) are not run again, and a latent size and
 * seed whose every k is finished is not trained again.
 */
public final class Sweep {
    /** Orders cells as sweep.csv lists them: latent, then k, then seed. */
    public static final Comparator<SweepCell> GRID_ORDER = Comparator.comparingInt(SweepCell::latent)
            .thenComparingInt(SweepCell::k).thenComparingLong(SweepCell::seed);

    private final Pipeline pipeline;
    private final int threads;

    /** A sweep that runs through {@code pipeline} and clusters on {@code threads} threads (at least 1). */
    public Sweep(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pipeline = java.util.Objects.requireNonNull(pipeline, "pipeline");
        this.threads = threads;
    }

    /**
     * The config every cell starts from: {@code settings} without a projection (a sweep draws none). Refuses
     * settings a sweep cannot vary.
     *
     * @throws InvalidSettingException when the algorithm is not K-Means (k means nothing to DBSCAN) or the
     *                                 representation has no latent size (the scaled features)
     */
    public static AnalysisConfig baseConfig(AnalysisConfig settings) {
        if (settings.algorithm() != ClusteringAlgorithm.KMEANS) {
            throw new InvalidSettingException("--algorithm", "a sweep varies k, so it needs kmeans, got "
                    + settings.algorithm().id());
        }
        if (settings.representation() == Representation.FEATURES) {
            throw new InvalidSettingException("--representation", "a sweep varies the latent size, so it needs "
                    + "autoencoder or pca, got features");
        }
        return settings.with("projection", ProjectionMethod.NONE);
    }

    /**
     * Runs the cells of {@code grid} not in {@code finished}, handing each to {@code onCell} as it finishes (on the
     * calling thread). The cells of one latent size are handed on together once their silhouettes are done, except
     * each latent size and seed's first cell when the pipeline builds its representation (that one at once).
     *
     * @param base     settings from {@link #baseConfig}; its latent, k and seed are replaced cell by cell
     * @param finished cells kept from an earlier sweep of the same settings (others are ignored)
     * @param progress hears stage "sweep" with the share of the sweep's work done ({@link SweepProgress}), and the
     *                 pipeline's own stages while it builds a representation
     * @return every cell of the grid, in {@link #GRID_ORDER}
     * @throws DataLoadException  when the input cannot be read (file, line, column)
     * @throws InvalidSettingException naming the option when a latent size or k does not fit the data
     * @throws org.genrescope.task.CancelledException when cancelled; cells handed to {@code onCell} stay valid
     */
    public List<SweepCell> run(AnalysisConfig base, SweepGrid grid, Map<SweepCell.Position, SweepCell> finished,
                               Consumer<SweepCell> onCell, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        List<SweepCell> cells = new ArrayList<>();
        SweepProgress tracker = new SweepProgress(grid.cells(), progress);
        for (int latent : grid.latents()) {
            Map<Long, List<Integer>> todo = new LinkedHashMap<>();
            for (long seed : grid.seeds()) {
                for (int k : grid.ks()) {
                    SweepCell kept = finished.get(new SweepCell.Position(latent, k, seed));
                    if (kept != null) {
                        cells.add(kept);
                        tracker.kept();
                    } else {
                        todo.computeIfAbsent(seed, s -> new ArrayList<>()).add(k);
                    }
                }
            }
            if (!todo.isEmpty()) {
                cells.addAll(latentSize(base.with("latent", latent), todo, onCell, tracker, progress, cancel));
            }
        }
        cells.sort(GRID_ORDER);
        return List.copyOf(cells);
    }

    /** A cell still to be clustered: k on {@code trained}'s representation, with its seed. */
    private record Todo(AnalysisResult trained, int k) {
        String name() {
            return "latent " + trained.config().latent() + ", k " + k + ", seed " + trained.config().seed();
        }
    }

    /** A clustered cell whose scores are still to come. */
    private record Clustered(Todo todo, Clustering clustering) { }

    /**
     * The cells of one latent size ({@code config}'s): each seed's representation (a pipeline run, which finishes
     * that seed's first k; or, when no seed changes the representation, the one already built), then the K-Means of
     * every other cell, several cells at once, then the silhouettes of all of them together, then their other scores.
     */
    private List<SweepCell> latentSize(AnalysisConfig config, Map<Long, List<Integer>> todo, Consumer<SweepCell> onCell,
                                       SweepProgress tracker, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        List<SweepCell> cells = new ArrayList<>();
        List<Todo> toCluster = new ArrayList<>();
        AnalysisResult built = null;
        for (Map.Entry<Long, List<Integer>> e : todo.entrySet()) {
            cancel.throwIfCancelled();
            AnalysisConfig seeded = config.with("seed", e.getKey()).with("k", e.getValue().get(0));
            List<Integer> ks = e.getValue();
            AnalysisResult trained;
            if (built != null && !seeded.stagesChangedFrom(built.config()).contains(StageKeys.REPRESENT)) {
                trained = withSeed(built, e.getKey());
            } else {
                tracker.now("latent " + config.latent() + ", seed " + e.getKey() + ": building the representation");
                trained = pipeline.run(seeded, progress, cancel);
                built = trained;
                SweepCell first = SweepCell.of(config.latent(), ks.get(0), e.getKey(), trained);
                cells.add(first);
                onCell.accept(first);
                tracker.ranWhole("latent " + config.latent() + ", k " + ks.get(0) + ", seed " + e.getKey() + " done");
                ks = ks.subList(1, ks.size());
            }
            for (int k : ks) {
                if (k > trained.rows()) {
                    throw new InvalidSettingException("--k", "cannot make " + k + " clusters of " + trained.rows()
                            + " tracks");
                }
                toCluster.add(new Todo(trained, k));
            }
        }
        if (toCluster.isEmpty()) {
            return cells;
        }
        List<Clustered> clustered = cluster(toCluster, tracker, cancel);
        List<SweepSilhouettes.Labeled> labeled = new ArrayList<>();
        for (Clustered c : clustered) {
            labeled.add(new SweepSilhouettes.Labeled(c.todo().trained().representation(), c.todo().trained().scaled(),
                    c.clustering()));
        }
        String where = "latent " + config.latent() + ": silhouettes of " + clustered.size() + " cells, ";
        tracker.silhouettesStart();
        List<SweepSilhouettes.Pair> silhouettes = SweepSilhouettes.of(labeled, threads,
                (stage, done, total, message) -> tracker.silhouettes(clustered.size(), (double) done / total,
                        where + message), cancel);
        List<SweepWorkers.Task<SweepCell>> scoring = new ArrayList<>();
        for (int i = 0; i < clustered.size(); i++) {
            Clustered c = clustered.get(i);
            SweepSilhouettes.Pair pair = silhouettes.get(i);
            scoring.add(stop -> {
                AnalysisResult result = Reclustering.withKnownClustering(c.todo().trained(), c.todo().k(),
                        c.clustering(), pair, 1, stop);
                return SweepCell.of(result.config().latent(), c.todo().k(), c.todo().trained().config().seed(),
                        result);
            });
        }
        cells.addAll(SweepWorkers.run(scoring, threads, cancel, cell -> {
            onCell.accept(cell);
            tracker.scored("latent " + cell.latent() + ", k " + cell.k() + ", seed " + cell.seed() + " done");
        }));
        return cells;
    }

    /**
     * K-Means of each cell with the configured restarts, as {@link Reclustering#withK} clusters, several cells at
     * once (the largest k first, so the longest run last on no thread), each on as many threads as are left over.
     */
    private List<Clustered> cluster(List<Todo> todo, SweepProgress tracker, CancellationToken cancel) {
        List<Todo> longestFirst = new ArrayList<>(todo);
        longestFirst.sort(Comparator.comparingInt(Todo::k).reversed());
        int side = Math.min(threads, longestFirst.size());
        int each = Math.max(1, threads / side);
        List<SweepWorkers.Task<Clustered>> tasks = new ArrayList<>();
        for (Todo t : longestFirst) {
            tasks.add(stop -> {
                FeatureMatrix z = t.trained().representation();
                Clustering c = Clustering.from(KMeans.fit(z.sharedValues(), z.rows(), z.columns(),
                        t.trained().config().with("k", t.k()).kmeansOptions(each), ProgressListener.NONE, stop));
                tracker.clustered(t.name() + ": K-Means done");
                return new Clustered(t, c);
            });
        }
        List<Clustered> done = SweepWorkers.run(tasks, side, cancel, c -> { });
        Map<Todo, Clustered> byTodo = new java.util.IdentityHashMap<>();
        done.forEach(c -> byTodo.put(c.todo(), c));
        List<Clustered> inOrder = new ArrayList<>();
        todo.forEach(t -> inOrder.add(byTodo.get(t)));
        return inOrder;
    }

    /**
     * {@code built} as the start of another seed's cells, for a representation no seed changes: its config carries
     * the seed (the K-Means starts and any sampled silhouette use it); its clustering is replaced cell by cell.
     */
    private static AnalysisResult withSeed(AnalysisResult built, long seed) {
        AnalysisResult b = built;
        return new AnalysisResult(b.config().with("seed", seed), b.input(), b.cleaning(), b.grouping(), b.tracks(),
                b.genreNames(), b.genreCodes(), b.scaled(), b.scaler(), b.representation(), b.decoder(),
                b.clustering(), b.clusteringSpace(), b.featureSpace(), b.vsGenre(), b.contingency(), b.autoencoder(),
                b.modelCentroids(), b.projection(), b.timingsMs(), b.warnings(), b.reusedStages());
    }
}
