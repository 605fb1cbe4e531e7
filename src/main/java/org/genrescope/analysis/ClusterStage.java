package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.FittedScaler;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.clustering.Dbscan;
import org.genrescope.model.clustering.KMeans;
import org.genrescope.model.clustering.KMeansResult;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.ExternalMetrics;
import org.genrescope.model.metrics.ExternalScores;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/** Clusters the representation and scores the clustering in both spaces and against the genres. */
final class ClusterStage {
    private final int threads;
    private final int silhouetteMaxPoints;

    /** Why agreement metrics over one genre are no evidence either way (they compare with a constant). */
    static final String SINGLE_GENRE_NOTE = "every labelled track has the same genre, so agreement with genres "
            + "(ARI, NMI, AMI, homogeneity, completeness, V-measure, Fowlkes-Mallows, purity) says nothing about the clusters";

    /** Silhouettes computed already: null computes them. */
    private final SweepSilhouettes.Pair knownSilhouettes;

    ClusterStage(int threads, int silhouetteMaxPoints) {
        this(threads, silhouetteMaxPoints, null);
    }

    /** A stage that takes the silhouettes of its clustering from {@code known} (null: computes them). */
    ClusterStage(int threads, int silhouetteMaxPoints, SweepSilhouettes.Pair known) {
        this.threads = threads;
        this.silhouetteMaxPoints = silhouetteMaxPoints;
        this.knownSilhouettes = known;
    }

    /** A clustering with every score that depends on it. */
    record Clustered(Clustering clustering, InternalScores inClusteringSpace, InternalScores inFeatureSpace,
                     ExternalScores vsGenre, ContingencyTable contingency, double[] centroids, List<String> warnings) { }

    /** {@code genreCodes} is null when the data has no genres. */
    Clustered run(AnalysisConfig config, FeatureMatrix z, FeatureMatrix scaled, CodeDecoder decoder,
                  FittedScaler scaler, int[] genreCodes, ProgressListener progress, CancellationToken cancel) {
        return run(config, null, z, scaled, decoder, scaler, genreCodes, progress, cancel);
    }

    /**
     * As {@link #run(AnalysisConfig, FeatureMatrix, FeatureMatrix, CodeDecoder, FittedScaler, int[], ProgressListener,
     * CancellationToken)}, but scores {@code known} (a K-Means clustering of the same z with config's k, restarts and
     * seed, kept by a saved session) instead of clustering again; null clusters as usual.
     */
    Clustered run(AnalysisConfig config, Clustering known, FeatureMatrix z, FeatureMatrix scaled, CodeDecoder decoder,
                  FittedScaler scaler, int[] genreCodes, ProgressListener progress, CancellationToken cancel) {
        List<String> warnings = new ArrayList<>();
        Clustering clustering;
        if (known == null) {
            clustering = cluster(config, z, progress, cancel, warnings);
        } else {
            // the note K-Means would have given, from the same labels
            new KMeansResult(known.labels(), known.centroidsOrNull(), known.clusterCount(), known.inertiaOrNaN(), 0, 0)
                    .fewerClustersWarning().ifPresent(warnings::add);
            clustering = known;
        }
        progress.progress("metrics", 0, 2, "internal metrics");
        ClusterScoring scoring = new ClusterScoring(threads, config.seed(), silhouetteMaxPoints);
        InternalScores inClusteringSpace = scoring.internal(z, clustering, warnings, "clustered space",
                knownSilhouettes == null ? null : knownSilhouettes.clustered());
        cancel.throwIfCancelled();
        InternalScores inFeatureSpace = z == scaled ? inClusteringSpace
                : scoring.internal(scaled, clustering, warnings, "feature space",
                knownSilhouettes == null ? null : knownSilhouettes.features());
        cancel.throwIfCancelled();
        progress.progress("metrics", 1, 2, "agreement with genres");
        ExternalScores vsGenre = null;
        ContingencyTable contingency = null;
        if (genreCodes != null) {
            contingency = ContingencyTable.of(genreCodes, clustering.labels());
            vsGenre = ExternalMetrics.scores(contingency);
            if (contingency.truthClasses().length == 1) {
                warnings.add(SINGLE_GENRE_NOTE);
            }
        } else {
            warnings.add("the data has no genre labels, so clusters are not compared with genres");
        }
        progress.progress("metrics", 2, 2, "metrics done");
        double[] centroids = ClusterProfiles.modelCentresInFeatureUnits(clustering, z, decoder, scaler);
        return new Clustered(clustering, inClusteringSpace, inFeatureSpace, vsGenre, contingency, centroids, warnings);
    }

    private Clustering cluster(AnalysisConfig config, FeatureMatrix z, ProgressListener progress,
                               CancellationToken cancel, List<String> warnings) {
        int n = z.rows();
        return switch (config.algorithm()) {
            case KMEANS -> {
                if (config.k() > n) {
                    throw new InvalidSettingException("--k", "cannot make " + config.k() + " clusters of " + n + " tracks");
                }
                // K-Means and DBSCAN only read z: no copy (with --representation features z is the scaled matrix,
                // 422 MB at FMA's full shape)
                KMeansResult fitted = KMeans.fit(z.sharedValues(), n, z.columns(), config.kmeansOptions(threads),
                        progress, cancel);
                fitted.fewerClustersWarning().ifPresent(warnings::add);
                yield Clustering.from(fitted);
            }
            case DBSCAN -> Clustering.from(Dbscan.fit(z.sharedValues(), n, z.columns(), config.eps(), config.minPoints(),
                    progress, cancel));
        };
    }
}
