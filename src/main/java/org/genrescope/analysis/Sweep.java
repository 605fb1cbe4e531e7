package org.genrescope.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
 * autoencoder training, or one PCA) through the pipeline, whose caches keep the loaded, grouped and scaled data
 * for all of them; then each k clusters that representation with the configured restarts and is scored in full
 * ({@link Reclustering}, the same result as a pipeline run with that k); the exact silhouettes of the k of one
 * latent size and seed are computed together ({@link SweepSilhouettes}), which shares the distance work between
 * them. Cells already finished (read back from an earlier, interrupted sweep) are not run again, and a latent size
 * and seed whose every k is finished is not trained again.
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
     * Runs the cells of {@code grid} not in {@code finished}, handing each to {@code onCell} as it finishes.
     *
     * @param base     settings from {@link #baseConfig}; its latent, k and seed are replaced cell by cell
     * @param finished cells kept from an earlier sweep of the same settings (others are ignored)
     * @return every cell of the grid, in {@link #GRID_ORDER}
     * @throws DataLoadException  when the input cannot be read (file, line, column)
     * @throws InvalidSettingException naming the option when a latent size or k does not fit the data
     * @throws org.genrescope.task.CancelledException when cancelled; cells handed to {@code onCell} stay valid
     */
    public List<SweepCell> run(AnalysisConfig base, SweepGrid grid, Map<SweepCell.Position, SweepCell> finished,
                               Consumer<SweepCell> onCell, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        List<SweepCell> cells = new ArrayList<>();
        int total = grid.cells();
        int done = 0;
        for (int latent : grid.latents()) {
            for (long seed : grid.seeds()) {
                List<Integer> todo = new ArrayList<>();
                for (int k : grid.ks()) {
                    SweepCell kept = finished.get(new SweepCell.Position(latent, k, seed));
                    if (kept != null) {
                        cells.add(kept);
                        done++;
                    } else {
                        todo.add(k);
                    }
                }
                if (todo.isEmpty()) {
                    continue;
                }
                cancel.throwIfCancelled();
                progress.progress("sweep", done, total, "latent " + latent + ", seed " + seed + ": building the "
                        + "representation (" + done + " of " + total + " cells done)");
                AnalysisConfig config = base.with("latent", latent).with("seed", seed).with("k", todo.get(0));
                AnalysisResult trained = pipeline.run(config, progress, cancel);
                SweepCell first = SweepCell.of(latent, todo.get(0), seed, trained);
                cells.add(first);
                onCell.accept(first);
                done++;
                progress.progress("sweep", done, total, "latent " + latent + ", k " + todo.get(0) + ", seed " + seed
                        + " done (" + done + " of " + total + " cells)");
                for (SweepCell cell : otherKs(trained, todo.subList(1, todo.size()), done, total, progress, cancel)) {
                    cells.add(cell);
                    onCell.accept(cell);
                    done++;
                    progress.progress("sweep", done, total, "latent " + latent + ", k " + cell.k() + ", seed " + seed
                            + " done (" + done + " of " + total + " cells)");
                }
            }
        }
        cells.sort(GRID_ORDER);
        return List.copyOf(cells);
    }

    /**
     * The cells of {@code trained}'s representation and seed for each of {@code ks}: K-Means for each k (the
     * configured restarts, as {@link Reclustering#withK} clusters), then the exact silhouettes of all of them
     * together in both spaces ({@link SweepSilhouettes}: the distances once, not once per k), then each cell's
     * other metrics. The cells are handed on together, so a cancellation loses at most this group's.
     */
    private List<SweepCell> otherKs(AnalysisResult trained, List<Integer> ks, int done, int total,
                                    ProgressListener progress, CancellationToken cancel) {
        AnalysisConfig config = trained.config();
        String where = "latent " + config.latent() + ", seed " + config.seed() + ": ";
        FeatureMatrix z = trained.representation();
        List<Clustering> clusterings = new ArrayList<>();
        for (int k : ks) {
            cancel.throwIfCancelled();
            progress.progress("sweep", done, total, where + "K-Means for k " + k + " (" + done + " of " + total
                    + " cells done)");
            if (k > z.rows()) {
                throw new InvalidSettingException("--k", "cannot make " + k + " clusters of " + z.rows() + " tracks");
            }
            clusterings.add(Clustering.from(KMeans.fit(z.values(), z.rows(), z.columns(),
                    config.with("k", k).kmeansOptions(threads), ProgressListener.NONE, cancel)));
        }
        List<SweepSilhouettes.Pair> silhouettes = SweepSilhouettes.of(z, trained.scaled(), clusterings, threads,
                (stage, part, parts, message) -> progress.progress("sweep", done, total, where + "silhouettes of "
                        + ks.size() + " cells, " + message + " (" + done + " of " + total + " cells done)"), cancel);
        List<SweepCell> cells = new ArrayList<>();
        for (int i = 0; i < ks.size(); i++) {
            cancel.throwIfCancelled();
            int k = ks.get(i);
            AnalysisResult result = Reclustering.withKnownClustering(trained, k, clusterings.get(i),
                    silhouettes.get(i), threads, cancel);
            cells.add(SweepCell.of(config.latent(), k, config.seed(), result));
        }
        return cells;
    }
}
