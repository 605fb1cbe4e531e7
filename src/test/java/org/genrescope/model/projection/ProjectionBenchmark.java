package org.genrescope.model.projection;

import java.util.Arrays;

import org.genrescope.model.clustering.TestData;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Times t-SNE (1,000 iterations) and UMAP on the seed recipe's 12,584 x 8 scaled features. Not a test: run it by
 * hand with the test classpath and {@code -Dgenrescope.shared=../shared}. Arguments: repeats (default 3),
 * threads (default 2), and "tsne" or "umap" to run one only ("smile-umap": Smile's UMAP, which the app's own
 * {@link UmapEmbedding} replaced, for comparison). t-SNE with the app's options for the size
 * ({@link TsneOptions#forSize}: openTSNE's defaults), UMAP with the app's defaults, as {@code Projector} runs them.
 */
public final class ProjectionBenchmark {

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String only = args.length > 2 ? args[2] : "";
        TestData.Points data = TestData.seedRecipeFeatures();
        System.out.printf("data: %d x %d, threads %d, load %s%n", data.n(), data.d(), threads, loadAverage());
        if (!only.equals("umap") && !only.equals("smile-umap")) {
            double[] seconds = new double[repeats];
            Projection2D tsne = null;
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                tsne = Tsne.fit(data.x(), data.n(), data.d(), TsneOptions.forSize(data.n(), 1986, threads),
                        ProgressListener.NONE, CancellationToken.NEVER);
                seconds[r] = (System.nanoTime() - start) / 1e9;
                System.out.printf("tsne run %d: %.2f s, KL %.4f, layout hash %08x, load %s%n", r + 1, seconds[r],
                        tsne.klDivergence(), Arrays.hashCode(tsne.xy()),
                        loadAverage());
            }
            System.out.printf("tsne median %.2f s; trustworthiness(k=10, 2,000-point subsample) %.4f%n",
                    median(seconds), subsampleTrustworthiness(data, tsne));
        }
        if (!only.equals("tsne")) {
            double[] seconds = new double[repeats];
            Projection2D umap = null;
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                umap = only.equals("smile-umap")
                        ? SmileUmap.fit(data.x(), data.n(), data.d(), UmapOptions.defaults(1986),
                                ProgressListener.NONE, CancellationToken.NEVER)
                        : UmapEmbedding.fit(data.x(), data.n(), data.d(), UmapOptions.defaults(1986), threads,
                                ProgressListener.NONE, CancellationToken.NEVER);
                seconds[r] = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s run %d: %.2f s, %d points approximated, load %s%n",
                        only.equals("smile-umap") ? "Smile's umap" : "umap", r + 1, seconds[r],
                        umap.approximatedCount(), loadAverage());
            }
            System.out.printf("umap median %.2f s; trustworthiness(k=10, 2,000-point subsample) %.4f%n",
                    median(seconds), subsampleTrustworthiness(data, umap));
        }
    }

    /** Trustworthiness on every n/2000-th point (a fixed, evenly spread subsample). */
    private static double subsampleTrustworthiness(TestData.Points data, Projection2D projection) {
        int m = Math.min(2000, data.n());
        double[] high = new double[m * data.d()];
        double[] low = new double[m * 2];
        for (int s = 0; s < m; s++) {
            int i = (int) ((long) s * data.n() / m);
            System.arraycopy(data.x(), i * data.d(), high, s * data.d(), data.d());
            low[2 * s] = projection.x(i);
            low[2 * s + 1] = projection.y(i);
        }
        return Trustworthiness.of(high, m, data.d(), low, 10);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
