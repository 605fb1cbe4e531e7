package org.genrescope.model.metrics;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * AMI on a million points (issue 13, item 5: "under 5 s"): {@link MillionLabels} (16 classes, 20 clusters), the
 * contingency table and the AMI from it, warm, median of the repetitions, with the CPU seconds of this thread (the
 * machine may be shared). scikit-learn on the same labels: src/tools/ami_million_sklearn.py.
 *
 * <p>usage: MillionPointAmiBenchmark [REPETITIONS (3)]
 */
public final class MillionPointAmiBenchmark {
    private MillionPointAmiBenchmark() { }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        MillionLabels labels = new MillionLabels();
        double ami = ExternalMetrics.adjustedMutualInfo(ContingencyTable.of(labels.truth, labels.pred)); // warm-up
        double[] wall = new double[repetitions];
        double[] cpu = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ami = ExternalMetrics.adjustedMutualInfo(ContingencyTable.of(labels.truth, labels.pred));
            wall[r] = (System.nanoTime() - start) / 1e9;
            cpu[r] = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "AMI of %,d labels (16 x 20): %.17g; median %.3f s wall, %.3f CPU s "
                + "(fastest %.3f s); load %s%n", MillionLabels.N, ami, wall[repetitions / 2], cpu[repetitions / 2],
                wall[0], Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
