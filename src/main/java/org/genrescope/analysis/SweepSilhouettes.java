package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.List;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.model.metrics.Silhouette;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * The exact silhouettes of several clusterings of the same code, in the code and in the scaled features, computed
 * together ({@link InternalMetrics#silhouettes}: each distance once for all of them). The values are those
 * {@link ClusterScoring} computes one clustering at a time, up to summation order (about 1e-15 relative).
 *
 * <p>A clustering whose silhouette is not an exact one over all points gets null, and its cell computes it as
 * usual: with noise (left out first), with fewer than 2 or more than n - 1 clusters (undefined, said why), or above
 * {@link InternalMetrics#DEFAULT_SILHOUETTE_MAX_POINTS} points (a seeded sample, stated).
 */
final class SweepSilhouettes {

    /** One clustering's silhouettes: in the clustered space (the code) and in the scaled features. */
    record Pair(Silhouette clustered, Silhouette features) { }

    private SweepSilhouettes() { }

    /**
     * @param z           the code every clustering labels (n rows)
     * @param scaled      the scaled features of the same n tracks (may be {@code z} itself)
     * @param clusterings clusterings of z's rows
     * @param progress    hears ("silhouette", done, total, message) as the rows are scored
     * @return per clustering, in order, its pair or null (computed by its cell instead)
     */
    static List<Pair> of(FeatureMatrix z, FeatureMatrix scaled, List<Clustering> clusterings, int threads,
                         ProgressListener progress, CancellationToken cancel) {
        int n = z.rows();
        List<int[]> exact = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        for (int c = 0; c < clusterings.size(); c++) {
            Clustering clustering = clusterings.get(c);
            int[] labels = clustering.labels();
            if (clustering.noiseCount() == 0 && n <= InternalMetrics.DEFAULT_SILHOUETTE_MAX_POINTS
                    && InternalMetrics.labelCountProblem(n, labels) == null) {
                exact.add(labels);
                which.add(c);
            }
        }
        List<Pair> pairs = new ArrayList<>(java.util.Collections.nCopies(clusterings.size(), (Pair) null));
        if (exact.isEmpty()) {
            return pairs;
        }
        int spaces = z == scaled ? 1 : 2;
        double[] inCode = InternalMetrics.silhouettes(z.values(), n, z.columns(), exact, threads,
                (stage, done, total, message) -> progress.progress("silhouette", done, total * spaces,
                        "code: " + message), cancel);
        double[] inFeatures = z == scaled ? inCode : InternalMetrics.silhouettes(scaled.values(), n, scaled.columns(),
                exact, threads, (stage, done, total, message) -> progress.progress("silhouette", total + done,
                        2 * total, "scaled features: " + message), cancel);
        for (int e = 0; e < exact.size(); e++) {
            pairs.set(which.get(e), new Pair(new Silhouette(inCode[e], n, false),
                    new Silhouette(inFeatures[e], n, false)));
        }
        return pairs;
    }
}
