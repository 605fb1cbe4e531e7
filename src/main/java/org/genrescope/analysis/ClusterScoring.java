package org.genrescope.analysis;

import java.util.List;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.model.metrics.Silhouette;

/**
 * Internal metrics of a clustering in one space. DBSCAN noise is left out (the scores say how many
 * points were scored); above the exact-silhouette limit a seeded sample is scored and a warning says so.
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
        int d = space.columns();
        int[] labels = clustering.labels();
        double[] x = space.values();
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
        long clusters = java.util.Arrays.stream(labels).distinct().count();
        if (clusters < 2 || clusters >= n) {
            warnings.add("internal metrics in the " + spaceName + " need between 2 and n-1 clusters; found " + clusters);
            return InternalScores.notComputable(n);
        }
        double db = InternalMetrics.daviesBouldin(x, n, d, labels);
        double ch = InternalMetrics.calinskiHarabasz(x, n, d, labels);
        Silhouette s = InternalMetrics.sampledSilhouette(x, n, d, labels, threads, silhouetteMaxPoints, seed,
                org.genrescope.task.ProgressListener.NONE, org.genrescope.task.CancellationToken.NEVER);
        if (s.sampled() && spaceName.startsWith("clustered")) {
            warnings.add("silhouette computed on a seeded sample of " + s.pointsScored() + " of " + n + " points");
        }
        return new InternalScores(db, ch, s.value(), s.pointsScored(), s.sampled(), n);
    }
}
