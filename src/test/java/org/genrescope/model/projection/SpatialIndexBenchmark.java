package org.genrescope.model.projection;

import java.util.Arrays;
import java.util.Locale;

import org.genrescope.model.clustering.ClusteringLabels;
import org.genrescope.model.clustering.Dbscan;
import org.genrescope.model.clustering.TestData;
import org.genrescope.model.spatial.BenchmarkTiming;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Fingerprints and warm median timings of everything that queries the shared KD-tree, on the seed recipe's
 * 12,584 x 8 scaled features: DBSCAN labels (eps 0.05, 0.1, 0.2, minPoints 10), t-SNE input affinities (k = 91) and a
 * 200-iteration t-SNE layout. Run by hand before and after a change to the tree: the hashes must not move. Not a
 * test: run it with the test classpath and {@code -Dgenrescope.shared=../shared}. Argument: repeats (default 7).
 */
public final class SpatialIndexBenchmark {

    private SpatialIndexBenchmark() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        TestData.Points data = TestData.seedRecipeFeatures();
        double[] x = data.x();
        int n = data.n();
        int d = data.d();
        System.out.printf(Locale.ROOT, "data: %d x %d, load %s%n", n, d, BenchmarkTiming.loadAverage());

        for (double eps : new double[] {0.05, 0.1, 0.2}) {
            ClusteringLabels[] labels = new ClusteringLabels[1];
            double dbscanMs = BenchmarkTiming.medianMillis(repeats, () -> labels[0] = Dbscan.fit(x, n, d, eps, 10,
                    ProgressListener.NONE, CancellationToken.NEVER));
            System.out.printf(Locale.ROOT, "DBSCAN eps %.2f minPoints 10: median %.1f ms, %d clusters, %d noise, "
                    + "labels hash %08x%n", eps, dbscanMs, labels[0].clusterCount(), labels[0].noiseCount(),
                    Arrays.hashCode(labels[0].labels()));
        }

        TsneOptions options = TsneOptions.defaults(1986, 2).withIterations(200);
        int k = options.neighboursFor(n);
        try (ParallelLoop loop = new ParallelLoop(2)) {
            InputAffinities[] p = new InputAffinities[1];
            double affinitiesMs = BenchmarkTiming.medianMillis(repeats, () -> p[0] = InputAffinities.compute(x, n, d,
                    options.perplexity(), k, loop, CancellationToken.NEVER));
            System.out.printf(Locale.ROOT, "t-SNE affinities k=%d, 2 threads: median %.1f ms, hash %08x/%08x%n", k,
                    affinitiesMs, Arrays.hashCode(p[0].columns), Arrays.hashCode(p[0].values));
        }
        Projection2D layout = Tsne.fit(x, n, d, options, ProgressListener.NONE, CancellationToken.NEVER);
        System.out.printf(Locale.ROOT, "t-SNE %d iterations: layout hash %08x, KL %.6f, load %s%n",
                options.iterations(), Arrays.hashCode(layout.xy()), layout.klDivergence(), BenchmarkTiming.loadAverage());
    }
}
