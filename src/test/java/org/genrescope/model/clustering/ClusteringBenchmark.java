package org.genrescope.model.clustering;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import org.genrescope.model.projection.FittedPca;
import org.genrescope.model.projection.Pca;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Warm median timings on the seed recipe's data (12,584 x 8, and x 5 through PCA as a stand-in for the
 * autoencoder's code). Not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> org.genrescope.model.clustering.ClusteringBenchmark}
 * with {@code -Dgenrescope.shared=../shared}.
 */
public final class ClusteringBenchmark {
    private static final int REPEATS = 7;

    private ClusteringBenchmark() {
    }

    public static void main(String[] args) {
        SmileQuiet.silence();
        TestData.Points eight = TestData.seedRecipeFeatures();
        FittedPca pca = Pca.fit(eight.x(), eight.n(), eight.d());
        double[] five = pca.transform(eight.x(), eight.n(), eight.d(), 5);
        int n = eight.n();
        System.out.printf(Locale.ROOT, "data: %d rows x %d features (and x 5 by PCA)%n", n, eight.d());

        for (int threads : new int[] {1, 2}) {
            for (int d : new int[] {5, 8}) {
                double[] x = d == 8 ? eight.x() : five;
                KMeansOptions options = new KMeansOptions(8, 100, 300, 1e-4, 1986, threads);
                KMeansResult[] last = new KMeansResult[1];
                double ms = medianMillis(() -> last[0] = KMeans.fit(x, n, d, options, ProgressListener.NONE,
                        CancellationToken.NEVER));
                System.out.printf(Locale.ROOT, "KMeans k=8, 100 restarts, %d x %d, %d thread(s): %.1f ms "
                        + "(inertia %.6f, best restart %d, %d iterations)%n", n, d, threads, ms, last[0].inertia(),
                        last[0].bestRestart(), last[0].iterations());
            }
        }
        for (int d : new int[] {5, 8}) {
            double[][] rows = rows(d == 8 ? eight.x() : five, n, d);
            smile.math.MathEx.setSeed(1986);
            double ms = medianMillis(() -> smile.clustering.KMeans.fit(rows, 8));
            System.out.printf(Locale.ROOT, "Smile KMeans.fit k=8, one run, %d x %d: %.1f ms%n", n, d, ms);
        }
        KMeansOptions single = new KMeansOptions(8, 1, 300, 1e-4, 1986, 1);
        System.out.printf(Locale.ROOT, "Our KMeans k=8, one restart, %d x 8: %.2f ms%n", n, medianMillis(() ->
                KMeans.fit(eight.x(), n, 8, single, ProgressListener.NONE, CancellationToken.NEVER)));

        for (double eps : new double[] {0.05, 0.1, 0.2}) {
            ClusteringLabels[] last = new ClusteringLabels[1];
            double ms = medianMillis(() -> last[0] = Dbscan.fit(eight.x(), n, 8, eps, 10, ProgressListener.NONE,
                    CancellationToken.NEVER));
            System.out.printf(Locale.ROOT, "DBSCAN eps=%.2f minPoints=10, %d x 8: %.1f ms (%d clusters, %d noise)%n",
                    eps, n, ms, last[0].clusterCount(), last[0].noiseCount());
        }
        double[][] rows8 = rows(eight.x(), n, 8);
        double smileDbscan = medianMillis(() -> smile.clustering.DBSCAN.fit(rows8, 9, 0.1));
        System.out.printf(Locale.ROOT, "Smile DBSCAN eps=0.10 minPts=9 (same semantics), %d x 8: %.1f ms%n", n,
                smileDbscan);

        double pcaMs = medianMillis(() -> Pca.fit(eight.x(), n, 8).transform(eight.x(), n, 8, 2));
        System.out.printf(Locale.ROOT, "PCA fit + transform to 2-D, %d x 8: %.2f ms%n", n, pcaMs);
        System.out.println("explained variance ratio: " + Arrays.toString(pca.explainedVarianceRatio()));
    }

    static double[][] rows(double[] x, int n, int d) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(x, i * d, (i + 1) * d);
        }
        return rows;
    }

    /** Median of {@value #REPEATS} timed calls after three warm-up calls. */
    static double medianMillis(Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] times = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[REPEATS / 2];
    }
}
