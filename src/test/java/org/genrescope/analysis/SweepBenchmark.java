package org.genrescope.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * The sweep's speed target (issue 12): k 2..20 x 10 seeds of K-Means with 10 restarts on a fixed code of the seed
 * recipe's 12,584 tracks, every metric of every cell. The code is fixed by PCA to 5 components (the seed recipe's
 * latent size), which no seed changes, so the pipeline computes it once and the time is the clustering and scoring
 * of the 190 cells. The data is loaded before the clock starts; each repetition is a fresh sweep (no cell kept).
 * Prints each time, their median and the load average before and after (the machine may be shared).
 *
 * <p>usage: SweepBenchmark FMA_METADATA_FOLDER [REPETITIONS (3)]
 */
public final class SweepBenchmark {
    private SweepBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AnalysisConfig base = Sweep.baseConfig(Recipe.SEED.config(input).with("representation", Representation.PCA)
                .with("latent", 5).with("restarts", 10));
        List<Integer> ks = new ArrayList<>();
        for (int k = 2; k <= 20; k++) {
            ks.add(k);
        }
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 10; s++) {
            seeds.add(s);
        }
        SweepGrid grid = new SweepGrid(List.of(5), ks, seeds);
        Pipeline pipeline = new Pipeline(threads, IsolatedAutoencoderTrainer.shared());
        Pipeline.Prepared prepared = pipeline.prepare(base.with("seed", 1L), ProgressListener.NONE,
                CancellationToken.NEVER);
        System.out.printf(Locale.ROOT, "%d tracks x %d features, %d cells, %d threads%n", prepared.tracks().rows(),
                prepared.scaled().columns(), grid.cells(), threads);
        double[] seconds = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            String loadBefore = loadAverage();
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            List<SweepCell> cells = new Sweep(pipeline, threads).run(base, grid, Map.of(), c -> { },
                    ProgressListener.NONE, CancellationToken.NEVER);
            seconds[r] = (System.nanoTime() - start) / 1e9;
            // CPU seconds hardly depend on the machine's load, so they say what a quiet machine would take
            System.out.printf(Locale.ROOT, "run %d: %.1f s for %d cells (%.1f CPU s); load average before %s, after %s%n",
                    r + 1, seconds[r], cells.size(), (processCpuNanos() - cpuBefore) / 1e9, loadBefore, loadAverage());
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "median of %d: %.1f s%n", repetitions, sorted[repetitions / 2]);
    }

    /** CPU time of this JVM, all threads; -1 where the platform does not say. */
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
        } catch (Exception e) {
            return "unknown";
        }
    }
}
