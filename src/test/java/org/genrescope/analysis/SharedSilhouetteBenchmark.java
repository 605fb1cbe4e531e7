package org.genrescope.analysis;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.KMeans;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * The silhouettes of one sweep group (k 2..20 of one seed, 10 restarts, on the sweep benchmark's fixed code: the
 * seed recipe's 12,584 tracks, PCA to 5) one labeling at a time against all together
 * ({@link InternalMetrics#silhouettes}), in the code and in the 8 scaled features; warm, median of the repetitions.
 * Writes the points and labelings as CSV to OUT_DIR so scikit-learn can be timed on the same numbers
 * ({@code /usr/bin/python3 src/tools/silhouette_peer.py OUT_DIR}). Prints the CPU seconds of each figure too (the
 * machine may be shared).
 *
 * <p>usage: SharedSilhouetteBenchmark FMA_METADATA_FOLDER OUT_DIR [REPETITIONS (3)]
 */
public final class SharedSilhouetteBenchmark {
    private SharedSilhouetteBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AnalysisConfig config = Sweep.baseConfig(Recipe.SEED.config(input).with("representation", Representation.PCA)
                .with("latent", 5).with("restarts", 10)).with("seed", 1L).with("k", 2);
        AnalysisResult result = new Pipeline(threads, IsolatedAutoencoderTrainer.shared())
                .run(config, ProgressListener.NONE, CancellationToken.NEVER);
        FeatureMatrix z = result.representation();
        FeatureMatrix scaled = result.scaled();
        List<int[]> labelings = new ArrayList<>();
        for (int k = 2; k <= 20; k++) {
            labelings.add(KMeans.fit(z.values(), z.rows(), z.columns(), config.with("k", k).kmeansOptions(threads),
                    ProgressListener.NONE, CancellationToken.NEVER).labels());
        }
        write(out, z, scaled, labelings);
        System.out.printf(Locale.ROOT, "%,d points, code %d-d, features %d-d, %d labelings (k 2..20), %d threads%n",
                z.rows(), z.columns(), scaled.columns(), labelings.size(), threads);
        for (FeatureMatrix space : List.of(z, scaled)) {
            double[] x = space.values();
            int n = space.rows();
            int d = space.columns();
            double[] alone = new double[labelings.size()];
            time(repetitions, d + "-d, one labeling at a time", () -> {
                for (int l = 0; l < labelings.size(); l++) {
                    alone[l] = InternalMetrics.silhouette(x, n, d, labelings.get(l), threads);
                }
            });
            double[][] together = new double[1][];
            time(repetitions, d + "-d, all together", () -> together[0] = InternalMetrics.silhouettes(x, n, d,
                    labelings, threads, ProgressListener.NONE, CancellationToken.NEVER));
            double worst = 0;
            for (int l = 0; l < alone.length; l++) {
                worst = Math.max(worst, Math.abs(alone[l] - together[0][l]) / Math.abs(alone[l]));
            }
            System.out.printf(Locale.ROOT, "  largest relative difference between the two: %.1e%n", worst);
        }
    }

    private static void time(int repetitions, String what, Runnable work) {
        work.run(); // warm-up
        double[] seconds = new double[repetitions];
        double[] cpu = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            work.run();
            seconds[r] = (System.nanoTime() - start) / 1e9;
            cpu[r] = (processCpuNanos() - cpuBefore) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        System.out.printf(Locale.ROOT, "%-36s median %.3f s wall (%s), %.3f CPU s; load %s%n", what,
                sorted[repetitions / 2], Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 1000) / 1000.0)
                        .toArray()), sortedCpu[repetitions / 2], loadAverage());
    }

    private static void write(Path out, FeatureMatrix z, FeatureMatrix scaled, List<int[]> labelings)
            throws IOException {
        Files.createDirectories(out);
        writeMatrix(out.resolve("code.csv"), z);
        writeMatrix(out.resolve("features.csv"), scaled);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("labelings.csv")))) {
            for (int i = 0; i < z.rows(); i++) {
                StringBuilder line = new StringBuilder();
                for (int l = 0; l < labelings.size(); l++) {
                    line.append(l == 0 ? "" : ",").append(labelings.get(l)[i]);
                }
                w.println(line);
            }
        }
    }

    private static void writeMatrix(Path file, FeatureMatrix m) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            double[] v = m.values();
            for (int i = 0; i < m.rows(); i++) {
                StringBuilder line = new StringBuilder();
                for (int j = 0; j < m.columns(); j++) {
                    // Double.toString round-trips, so Python reads the very same doubles
                    line.append(j == 0 ? "" : ",").append(v[i * m.columns() + j]);
                }
                w.println(line);
            }
        }
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
