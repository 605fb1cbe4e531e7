package org.genrescope.data;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Times one load of an FMA folder in a fresh JVM, for {@code src/tools/load_side_by_side.py}, which runs it beside
 * pandas' {@code read_csv} in the same run: {@code tracks} loads tracks.csv alone (its one numeric feature,
 * {@code track.duration}, so features.csv is opened for its header only); {@code both} loads tracks.csv and all
 * 518 statistics of features.csv, as clustering on them does. Prints one JSON line: wall and CPU seconds (the process's) of the
 * load itself (no JVM start), the tracks kept, the features, the heap used after a GC (MB), and what
 * {@link LoadMemoryEstimate} expected before reading (rows, MB).
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes:DEPS org.genrescope.data.LoadTiming FOLDER tracks|both}
 */
public final class LoadTiming {

    private LoadTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        boolean both = args[1].equals("both");
        List<String> features = both ? featuresCsvColumns(folder) : List.of("track.duration");
        ImportOptions options = new ImportOptions(features, null, null, true, MissingValuePolicy.DROP);
        LoadMemoryEstimate estimate = LoadMemoryEstimate.of(folder, options);
        // the whole process's CPU (GC and JIT threads too), as Python's process_time counts pandas'
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        TrackTable table = DataLoader.load(folder, options, ProgressListener.NONE, CancellationToken.NEVER);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "{\"what\": \"%s\", \"wall_s\": %.3f, \"cpu_s\": %.3f, \"tracks\": %d, "
                        + "\"features\": %d, \"heap_used_mb\": %d, \"max_heap_mb\": %d, \"estimated_rows\": %d, "
                        + "\"estimated_need_mb\": %d}%n", args[1], wall, cpu, table.rows(), table.featureNames().size(),
                usedMb, runtime.maxMemory() >> 20, estimate.rows(), estimate.bytes() >> 20);
    }

    private static List<String> featuresCsvColumns(Path folder) throws DataLoadException {
        try (FmaTable table = FmaTable.open(folder.resolve(FmaFolderReader.FEATURES_CSV), ProgressListener.NONE,
                CancellationToken.NEVER)) {
            return table.columns().subList(1, table.columns().size());
        }
    }
}
