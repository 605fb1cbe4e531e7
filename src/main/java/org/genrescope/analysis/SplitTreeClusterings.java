package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.List;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.ClusterMatching;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.clustering.KMeans;
import org.genrescope.model.clustering.KMeansOptions;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * One seed's clusterings of its representation for every k of a range, the input of a {@link SplitTree}: K-Means with
 * the run's own restarts and seed, so the clustering at the run's own k is the run's. Each k's clusters are renumbered
 * to agree with the k before it ({@link ClusterMatching}), so that a cluster that does not split keeps its number down
 * the tree.
 */
public final class SplitTreeClusterings {
    private SplitTreeClusterings() { }

    /**
     * The labels of {@code run}'s representation at each k of kMin..kMax, index 0 at kMin; the run's own clustering at
     * its k when it used K-Means.
     *
     * @param threads at least 1
     * @throws IllegalArgumentException when kMin &lt; 2, kMax &lt; kMin or kMax exceeds the tracks
     * @throws org.genrescope.task.CancelledException when {@code cancel} is cancelled
     */
    public static List<int[]> of(AnalysisResult run, int kMin, int kMax, int threads, CancellationToken cancel) {
        if (kMin < 2 || kMax < kMin || kMax > run.rows()) {
            throw new IllegalArgumentException("the split tree's k range must lie within 2.." + run.rows() + ", got "
                    + kMin + ".." + kMax);
        }
        FeatureMatrix z = run.representation();
        AnalysisConfig config = run.config();
        KMeansOptions own = config.kmeansOptions(threads);
        List<int[]> out = new ArrayList<>();
        Clustering previous = null;
        for (int k = kMin; k <= kMax; k++) {
            cancel.throwIfCancelled();
            Clustering c = config.algorithm() == ClusteringAlgorithm.KMEANS && k == config.k() ? run.clustering()
                    : Clustering.from(KMeans.fit(z.sharedValues(), z.rows(), z.columns(), new KMeansOptions(k, own.restarts(),
                    own.maxIterations(), own.tolerance(), own.seed(), threads), ProgressListener.NONE, cancel));
            Clustering numbered = previous == null ? c : ClusterMatching.match(previous, c);
            out.add(numbered.labels());
            previous = numbered;
        }
        return out;
    }
}
