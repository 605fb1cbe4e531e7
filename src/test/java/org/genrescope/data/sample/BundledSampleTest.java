package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample-data/fma_sample must be exactly what the generator makes today. */
class BundledSampleTest {
    @Test
    void committedSampleIsReproducedByteForByte(@TempDir Path regenerated) throws IOException {
        // surefire runs with the project root as working directory
        Path committed = Path.of("").toAbsolutePath().resolve(SampleOptions.BUNDLED_FOLDER);
        assertTrue(Files.isDirectory(committed), committed + " is missing: run genrescope generate-sample --tracks 2000 --seed 1986 --out sample-data/fma_sample");
        SampleSummary summary = SampleGenerator.generate(SampleOptions.BUNDLED, regenerated,
                org.genrescope.task.ProgressListener.NONE, org.genrescope.task.CancellationToken.NEVER);
        assertEquals(2000, summary.tracks());
        for (String file : List.of(SampleGenerator.TRACKS_FILE, SampleGenerator.ECHONEST_FILE,
                SampleGenerator.GENRES_FILE, org.genrescope.data.DataCredit.SYNTHETIC_MARKER)) {
            assertArrayEquals(Files.readAllBytes(regenerated.resolve(file)), Files.readAllBytes(committed.resolve(file)),
                    file + " differs from the generator's output: regenerate it with generate-sample (on purpose) and commit");
        }
        assertFalse(Files.exists(committed.resolve(SampleGenerator.FEATURES_FILE)), "the bundled sample is compact");
        try (Stream<Path> files = Files.list(committed)) {
            assertEquals(4, files.filter(file -> !file.getFileName().toString().startsWith(".")).count(),
                    "only the three generated files and the marker saying they are synthetic");
        }
    }
}
