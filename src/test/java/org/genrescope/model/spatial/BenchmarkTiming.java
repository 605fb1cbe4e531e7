package org.genrescope.model.spatial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the KD-tree benchmark mains share: a warm median and the load they ran under (the cores are shared). */
public final class BenchmarkTiming {

    private BenchmarkTiming() {
    }

    /** Median milliseconds of {@code repeats} timed runs after three warm-up runs. */
    public static double medianMillis(int repeats, Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[repeats / 2];
    }

    /** The contents of /proc/loadavg, or "unknown". */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
