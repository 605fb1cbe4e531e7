package org.genrescope.data;

import java.nio.file.Path;
import java.util.Locale;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Measures warm load times of the real FMA folder and music_data.csv in one JVM; not a test. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.genrescope.data.DataLoadBenchmark [shared]}.
 */
public final class DataLoadBenchmark {

    private DataLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path folder = shared.resolve("fma/fma_metadata");
        Path flat = shared.resolve("fma/music_data.csv");
        for (Path input : new Path[] {folder, flat}) {
            double best = Double.MAX_VALUE;
            TrackTable table = null;
            for (int run = 0; run < 15; run++) {
                long start = System.nanoTime();
                table = DataLoader.load(input, ImportOptions.defaults(), ProgressListener.NONE, CancellationToken.NEVER);
                double ms = (System.nanoTime() - start) / 1e6;
                if (run == 0) {
                    System.out.printf(Locale.ROOT, "%s: first load %.0f ms%n", input.getFileName(), ms);
                }
                best = Math.min(best, ms);
            }
            System.out.printf(Locale.ROOT, "%s: warm best of 14 %.0f ms, %d rows, report %s%n", input.getFileName(),
                    best, table.rows(), table.report());
        }
    }
}
