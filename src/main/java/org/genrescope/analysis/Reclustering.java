package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Clusters an existing result's representation again with another k, re-using everything before the
 * clustering (the loaded data, the scaling, the trained encoder) and the projection. This is what moves
 * with the workbench's k slider; it touches no pipeline cache, so it can run while the pipeline runs.
 */
public final class Reclustering {
    /** Silhouette points in a preview: enough for a stable first figure, few enough to stay instant. */
    public static final int PREVIEW_SILHOUETTE_POINTS = 2_000;

    /** How much work a reclustering does. */
    public enum Quality {
        /** One K-Means restart and a sampled silhouette: shown at once, marked as a preview. */
        PREVIEW,
        /** The configured restarts and the exact (or standard-sampled) silhouette. */
        FULL
    }

    private Reclustering() { }

    /**
     * @throws InvalidSettingException when k is below 2 or above the number of tracks
     */
    public static AnalysisResult withK(AnalysisResult base, int k, Quality quality, int threads,
                                       ProgressListener progress, CancellationToken cancel) {
        return withK(base, k, quality, null, threads, progress, cancel);
    }

    /**
     * The full result of {@code known}, a K-Means clustering of {@code base}'s representation with {@code k} that a
     * saved session kept: scored as {@link #withK} scores its own, without clustering again.
     *
     * @throws IllegalArgumentException when {@code known} does not label every track of {@code base}
     */
    public static AnalysisResult withKnownClustering(AnalysisResult base, int k, Clustering known, int threads,
                                                     CancellationToken cancel) {
        return withKnownClustering(base, k, known, null, threads, cancel);
    }

    /**
     * As {@link #withKnownClustering(AnalysisResult, int, Clustering, int, CancellationToken)}, with the
     * silhouettes computed already (together with other clusterings, {@link SweepSilhouettes}); null computes them.
     */
    static AnalysisResult withKnownClustering(AnalysisResult base, int k, Clustering known,
                                              SweepSilhouettes.Pair silhouettes, int threads,
                                              CancellationToken cancel) {
        if (known.size() != base.rows() || !known.hasCentroids() || known.clusterCount() != k) {
            throw new IllegalArgumentException("the kept clustering for k = " + k + " does not fit this result");
        }
        return withK(base, k, Quality.FULL, known, silhouettes, threads, ProgressListener.NONE, cancel);
    }

    private static AnalysisResult withK(AnalysisResult base, int k, Quality quality, Clustering known, int threads,
                                        ProgressListener progress, CancellationToken cancel) {
        return withK(base, k, quality, known, null, threads, progress, cancel);
    }

    private static AnalysisResult withK(AnalysisResult base, int k, Quality quality, Clustering known,
                                        SweepSilhouettes.Pair silhouettes, int threads, ProgressListener progress,
                                        CancellationToken cancel) {
        AnalysisConfig config = base.config().with("algorithm", ClusteringAlgorithm.KMEANS).with("k", k);
        if (quality == Quality.PREVIEW) {
            config = config.with("restarts", 1);
        }
        int silhouettePoints = quality == Quality.PREVIEW ? PREVIEW_SILHOUETTE_POINTS
                : InternalMetrics.DEFAULT_SILHOUETTE_MAX_POINTS;
        long start = System.nanoTime();
        ClusterStage.Clustered c = new ClusterStage(threads, silhouettePoints, silhouettes).run(config, known, base.representation(),
                base.scaled(), base.decoder(), base.scaler(), base.genreNames().isEmpty() ? null : base.genreCodes(),
                progress, cancel);
        Map<String, Long> timings = new LinkedHashMap<>();
        base.timingsMs().keySet().forEach(stage -> timings.put(stage, 0L));
        timings.put("cluster", (System.nanoTime() - start) / 1_000_000);
        List<String> warnings = new ArrayList<>(base.warnings().stream()
                .filter(w -> w.startsWith("the autoencoder") || w.startsWith("--drop-genres") || isProjectionNote(w))
                .toList());
        warnings.addAll(c.warnings());
        if (quality == Quality.PREVIEW) {
            warnings.add(0, "preview: one K-Means restart and a silhouette on a sample; the full result follows");
        }
        return new AnalysisResult(config, base.input(), base.cleaning(), base.grouping(), base.tracks(),
                base.genreNames(), base.genreCodes(), base.scaled(), base.scaler(), base.representation(),
                base.decoder(), c.clustering(), c.inClusteringSpace(), c.inFeatureSpace(), c.vsGenre(), c.contingency(),
                base.autoencoder(), c.centroids(), base.projection(), timings, warnings,
                List.of("load", "group", "scale", "represent", "project"));
    }

    /** Whether a result's warning is about its projection (so it follows the projection, not the clusters). */
    static boolean isProjectionNote(String warning) {
        return Projector.isNote(warning);
    }

    /**
     * {@code full}'s clusters drawn with {@code projected}'s projection (a re-projection of the same clusters): the
     * clusters' metrics and notes stay, the projection's notes are {@code projected}'s.
     *
     * @param full      a result whose clusters are kept (any k)
     * @param projected a result of the same representation with the projection to show
     */
    public static AnalysisResult withProjectionOf(AnalysisResult full, AnalysisResult projected) {
        List<String> warnings = new ArrayList<>(full.warnings().stream().filter(w -> !isProjectionNote(w)).toList());
        projected.warnings().stream().filter(Reclustering::isProjectionNote).forEach(warnings::add);
        return new AnalysisResult(projected.config().with("k", full.config().k()), full.input(), full.cleaning(),
                full.grouping(), full.tracks(), full.genreNames(), full.genreCodes(), full.scaled(), full.scaler(),
                full.representation(), full.decoder(), full.clustering(), full.clusteringSpace(), full.featureSpace(),
                full.vsGenre(), full.contingency(), full.autoencoder(), full.modelCentroids(), projected.projection(),
                full.timingsMs(), warnings, full.reusedStages());
    }
}
