package org.genrescope.analysis;

import java.util.List;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.model.metrics.Silhouette;

/**
 * Internal metrics of a clustering in one space. DBSCAN noise is left out (the scores say how many
 * points were scored); above the exact-silhouette limit a seeded sample is scored and a warning says so.
 * Metrics the clustering leaves undefined say why; a degenerate Calinski-Harabasz adds a warning.
 */
final class ClusterScoring {
    private final int threads;
    private final long seed;
    private final int silhouetteMaxPoints;

    ClusterScoring(int threads, long seed, int silhouetteMaxPoints) {
        this.threads = threads;
        this.seed = seed;
        this.silhouetteMaxPoints = silhouetteMaxPoints;
    }

    InternalScores internal(FeatureMatrix space, Clustering clustering, List<String> warnings, String spaceName) {
        return internal(space, clustering, warnings, spaceName, null);
    }

    /**
     * As {@link #internal(FeatureMatrix, Clustering, List, String)}, with the silhouette {@code known} when it was
     * computed already (with other clusterings of the same space, {@link SweepSilhouettes}); null computes it.
     */
    InternalScores internal(FeatureMatrix space, Clustering clustering, List<String> warnings, String spaceName,
                            Silhouette known) {
        int d = space.columns();
        int[] labels = clustering.labels();
        double[] x = space.sharedValues(); // the metrics only read it: no copy (441 MB at FMA's full shape)
        int n = labels.length;
        if (clustering.noiseCount() > 0) {
            int kept = n - clustering.noiseCount();
            double[] xs = new double[kept * d];
            int[] ls = new int[kept];
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (labels[i] >= 0) {
                    System.arraycopy(x, i * d, xs, r * d, d);
                    ls[r++] = labels[i];
                }
            }
            x = xs;
            labels = ls;
            n = kept;
        }
        String undefined = n == 0 ? "every point is noise" : InternalMetrics.labelCountProblem(n, labels);
        if (undefined != null) {
            if (clustering.noiseCount() > 0 && n > 0) {
                undefined += " after leaving out " + clustering.noiseCount() + " noise points";
            }
            warnings.add("internal metrics in the " + spaceName + " are undefined: " + undefined);
            return InternalScores.undefined(n, undefined);
        }
        MetricValue db = InternalMetrics.daviesBouldinValue(x, n, d, labels);
        MetricValue ch = InternalMetrics.calinskiHarabaszValue(x, n, d, labels);
        if (!ch.isDefined()) {
            warnings.add("Calinski-Harabasz in the " + spaceName + " is undefined: " + ch.undefinedReason());
        }
        ch.warningIfAny().ifPresent(w -> warnings.add("Calinski-Harabasz in the " + spaceName + ": " + w));
        Silhouette s = known != null ? known : InternalMetrics.sampledSilhouette(x, n, d, labels, threads,
                silhouetteMaxPoints, seed, org.genrescope.task.ProgressListener.NONE,
                org.genrescope.task.CancellationToken.NEVER);
        if (s.sampled() && spaceName.startsWith("clustered")) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "silhouette computed on a sample of %,d of %,d points, seed %d", s.pointsScored(), n, seed));
        }
        MetricValue silhouette = Double.isFinite(s.value()) ? MetricValue.of(s.value())
                : MetricValue.undefined("the sample holds fewer than 2 clusters");
        return new InternalScores(db, ch, silhouette, s.pointsScored(), s.sampled(), n);
    }
}
