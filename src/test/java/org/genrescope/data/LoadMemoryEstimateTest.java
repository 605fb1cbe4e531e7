package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.genrescope.data.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory check before a load, at small sizes with a heap budget passed in. */
class LoadMemoryEstimateTest {
    @TempDir
    Path dir;

    /** The class comment's count, written out: 96 MB, 600 bytes a row, 2 copies of the matrix and one block of rows. */
    private static long need(long rows, int features) {
        return (96L << 20) + rows * 600 + 2 * 8 * rows * features
                + 8 * Math.min(rows, TrackRows.blockRows(features)) * features;
    }

    @Test
    void aFileSmallerThanTheSampleIsCountedExactly() throws Exception {
        SampleGenerator.generate(3000, 5, dir, false, false); // about 1.5 MB: inside the 4 MB sample
        LoadMemoryEstimate estimate = LoadMemoryEstimate.of(dir, ImportOptions.defaults());
        assertEquals(3000, estimate.rows());
        assertEquals(8, estimate.features());
        assertEquals(need(3000, 8), estimate.bytes());
    }

    @Test
    void aLargerFileIsScaledFromItsFirstRowsDespiteLineBreaksInQuotes() throws Exception {
        SampleGenerator.generate(3000, 5, dir, false, true); // long bios with line breaks: about 20 MB
        assertTrue(Files.size(dir.resolve("tracks.csv")) > 4 * LoadMemoryEstimate.SAMPLE_BYTES);
        LoadMemoryEstimate estimate = LoadMemoryEstimate.of(dir, ImportOptions.defaults());
        assertTrue(Math.abs(estimate.rows() - 3000) < 300, "rows estimated " + estimate.rows());
    }

    @Test
    void aLoadThatDoesNotFitIsRefusedInOneSentenceWithTheXmxToGive() throws Exception {
        SampleGenerator.generate(3000, 5, dir, false, false);
        ImportOptions options = new ImportOptions(List.of("tempo", "energy"), null, null, true,
                MissingValuePolicy.DROP);
        long needed = need(3000, 2);
        assertDoesNotThrow(() -> LoadMemoryEstimate.check(dir, options, needed));
        DataLoadException e = assertThrows(DataLoadException.class,
                () -> LoadMemoryEstimate.check(dir, options, needed - 1));
        String message = e.getMessage();
        assertEquals(String.format(Locale.ROOT, "%s: loading needs about %d MB of memory (about 3,000 tracks x 2 "
                + "features, estimated from the file's size and first rows) but Java may use only %d MB here; start "
                + "it with more, for example java -Xmx1g -jar genrescope.jar, or GENRESCOPE_JAVA_OPTIONS=-Xmx1g for "
                + "the installed genrescope.", dir, needed >> 20, (needed - 1) >> 20), message);
        assertFalse(message.contains("\n"));
        assertTrue(e.notEnoughMemory(), "the command line exits with 3 for it");
    }

    @Test
    void theXmxAdvisedIsAQuarterAboveTheNeedInWholeGigabytes() {
        // 100,000 rows x 518 features: 96 MB + 57 MB + 790 MB + 16 MB = 960 MB; x 1.25 = 1.17 GB, so 2g
        LoadMemoryEstimate estimate = new LoadMemoryEstimate(100_000, 518, need(100_000, 518));
        assertTrue(estimate.refusal(1L << 30).contains("-Xmx2g"), estimate.refusal(1L << 30));
        assertTrue(estimate.refusal(1L << 30).contains("about 100,000 tracks x 518 features"));
    }

    @Test
    void aFlatCsvCountsItsHeaderFieldsWhenNoFeaturesAreNamed() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "id;genre;a;b;c\n1;Rock;1;2;3\n2;Pop;4;5;6\n");
        LoadMemoryEstimate estimate = LoadMemoryEstimate.of(csv, ImportOptions.defaults());
        assertEquals(2, estimate.rows());
        assertEquals(5, estimate.features());
    }

    @Test
    void aMissingInputIsLeftToTheReadersOwnSentence() {
        assertNull(LoadMemoryEstimate.of(dir.resolve("absent"), ImportOptions.defaults()));
        assertDoesNotThrow(() -> LoadMemoryEstimate.check(dir.resolve("absent"), ImportOptions.defaults(), 1));
    }
}
