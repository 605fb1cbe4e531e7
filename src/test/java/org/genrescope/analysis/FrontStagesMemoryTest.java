package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.LoadMemoryEstimate;
import org.genrescope.data.MissingValuePolicy;
import org.genrescope.data.sample.SampleGenerator;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory estimate made before a load is true to what the load, the genre grouping and the scaling then hold:
 * a JVM whose heap is exactly the estimate runs them on all 518 statistics of a generated features.csv. At 20,000
 * tracks the matrix (83 MB) is most of the estimate, so a pipeline holding one copy more than counted (the loaded
 * table beside the grouped one and both matrices, as before issue 13's full-shape work) runs out of heap here.
 */
class FrontStagesMemoryTest {
    private static final int TRACKS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aHeapOfTheEstimateHoldsTheLoadTheGroupingAndTheScaling() throws Exception {
        SampleGenerator.generate(TRACKS, 5, dir, true, false);
        List<String> features = featureNames(dir.resolve("features.csv"));
        assertEquals(518, features.size());
        LoadMemoryEstimate estimate = LoadMemoryEstimate.of(dir, new ImportOptions(features, null, null, true,
                MissingValuePolicy.DROP));
        long heapMb = (estimate.bytes() + (1 << 20) - 1) >> 20;
        assertTrue(8L * TRACKS * 518 * 2 > estimate.bytes() / 2, "the matrix's copies are most of the estimate");

        Path output = dir.resolve("child.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+UseG1GC", "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the child finished");
        String said = Files.readString(output);
        assertEquals(0, child.exitValue(), "under -Xmx" + heapMb + "m: " + said);
        assertTrue(said.contains("prepared " + TRACKS), said);
    }

    /** features.csv's column names as the loader joins its three header rows. */
    static List<String> featureNames(Path featuresCsv) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(featuresCsv, StandardCharsets.UTF_8)) {
            String[][] levels = {in.readLine().split(",", -1), in.readLine().split(",", -1),
                in.readLine().split(",", -1)};
            List<String> names = new ArrayList<>();
            for (int column = 1; column < levels[0].length; column++) {
                names.add(levels[0][column] + "." + levels[1][column] + "." + levels[2][column]);
            }
            return names;
        }
    }

    /** Runs the seed recipe's front stages (load, genre grouping with clubbing, seed scaling) in a JVM of its own. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            AutoencoderTraining none = (x, n, d, config, progress, epochs, cancel) -> {
                throw new AssertionError("nothing is trained here");
            };
            AnalysisConfig config = Recipe.SEED.config(folder).with("features",
                    featureNames(folder.resolve("features.csv"))).with("representation", Representation.FEATURES);
            Pipeline.Prepared prepared = new Pipeline(1, none, Runnable::run).prepare(config, ProgressListener.NONE,
                    CancellationToken.NEVER);
            System.out.println("prepared " + prepared.cleaning().rowsRead() + " tracks read, " + prepared.scaled().rows()
                    + " x " + prepared.scaled().columns() + " after grouping, heap " + (Runtime.getRuntime().maxMemory()
                    >> 20) + " MB");
        }
    }
}
