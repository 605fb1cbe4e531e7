package org.genrescope.model.spatial;

import java.util.Arrays;
import java.util.Locale;

import org.genrescope.model.clustering.TestData;
import org.genrescope.model.projection.FittedPca;
import org.genrescope.model.projection.Pca;

/**
 * Warm median timings of the tree's build and both query kinds on the seed recipe's 12,584 x 8 scaled features,
 * for a few leaf sizes, in 8 dimensions and in 5 and 2 (PCA: the autoencoder's code is that small): how {@link KdTree#DEFAULT_LEAF_SIZE} was chosen. Single thread. Not a test: run it by hand
 * with the test classpath and {@code -Dgenrescope.shared=../shared}. Argument: repeats (default 7).
 */
public final class KdTreeBenchmark {

    private KdTreeBenchmark() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        TestData.Points data = TestData.seedRecipeFeatures();
        int n = data.n();
        System.out.printf(Locale.ROOT, "data: %d x %d, load %s%n", n, data.d(), BenchmarkTiming.loadAverage());
        FittedPca pca = Pca.fit(data.x(), n, data.d());
        for (int d : new int[] {data.d(), 5, 2}) {
            double[] x = d == data.d() ? data.x() : pca.transform(data.x(), n, data.d(), d);
            System.out.printf(Locale.ROOT, "%d features%s%n", d, d == data.d() ? "" : " (PCA of the 8)");
            for (int leafSize : new int[] {8, 12, 16, 24, 32, 48, 64}) {
                time(x, n, d, leafSize, repeats);
            }
        }
        System.out.printf(Locale.ROOT, "load %s%n", BenchmarkTiming.loadAverage());
    }

    private static void time(double[] x, int n, int d, int leafSize, int repeats) {
        {
            double buildMs = BenchmarkTiming.medianMillis(repeats, () -> new KdTree(x, n, d, leafSize));
            KdTree tree = new KdTree(x, n, d, leafSize);
            long[] checksum = new long[1];
            double countMs = BenchmarkTiming.medianMillis(repeats, () -> {
                long total = 0;
                for (int i = 0; i < n; i++) {
                    total += Math.min(10, tree.countWithin(i, 0.1, 10));
                }
                checksum[0] = total;
            });
            int k = 91; // t-SNE's 3 x perplexity 30 + 1
            int[] indices = new int[n * k];
            double[] distances = new double[n * k];
            double nearestMs = BenchmarkTiming.medianMillis(repeats, () -> {
                KdTree.Nearest search = tree.nearest(k);
                for (int position = 0; position < n; position++) {
                    int i = tree.pointAt(position);
                    search.find(i, indices, distances, i * k);
                }
            });
            System.out.printf(Locale.ROOT, "leaf %2d: build %.2f ms, countWithin(0.1, limit 10) x n %.1f ms, "
                    + "nearest(91) x n %.1f ms (checksums %d, %08x)%n", leafSize, buildMs, countMs, nearestMs,
                    checksum[0], Arrays.hashCode(indices));
        }
    }
}
